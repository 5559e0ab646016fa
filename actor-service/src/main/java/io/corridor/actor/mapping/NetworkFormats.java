package io.corridor.actor.mapping;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.corridor.actor.api.Event;
import io.corridor.actor.api.Network;
import io.corridor.actor.api.NetworkEdge;
import io.corridor.actor.api.NetworkNode;
import io.corridor.actor.api.Participant;

/** Networks for Gephi (GEXF 1.3) and other graph tools (GraphML), written with StAX so text is escaped. */
public final class NetworkFormats {

    public static final String GEXF = "application/gexf+xml";
    public static final String GRAPHML = "application/graphml+xml";

    private NetworkFormats() {
    }

    /**
     * GEXF 1.3. Dynamic (the default): the graph carries timeformat="date" and each edge the spell of its relation's
     * validity (the widest days its partial dates may denote; an unknown end stays open), each node its own lifetime
     * or else the hull of its relations' spells, so that Gephi's timeline replays the network. Static: no spells, as
     * before; both keep the dates as attributes.
     */
    public static String gexf(Network network, boolean dynamic) {
        return write(w -> {
            w.writeStartElement("gexf");
            w.writeDefaultNamespace("http://gexf.net/1.3");
            w.writeAttribute("version", "1.3");
            w.writeStartElement("meta");
            w.writeStartElement("creator");
            w.writeCharacters("Corridor actor-service");
            w.writeEndElement();
            w.writeStartElement("description");
            w.writeCharacters("Network of actor " + network.centre() + " at depth " + network.depth()
                    + (network.at() == null ? "" : " in force at " + network.at()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("mode", dynamic ? "dynamic" : "static");
            if (dynamic) {
                w.writeAttribute("timeformat", "date");
                w.writeAttribute("timerepresentation", "interval");
            }
            attributes(w, "node", new String[][] { { "0", "kind" }, { "1", "family" }, { "2", "country" }, { "3", "depth" } },
                    new String[] { "string", "string", "string", "integer" });
            attributes(w, "edge", new String[][] { { "0", "predicate" }, { "1", "start" }, { "2", "end" }, { "3", "status" },
                    { "4", "post" } }, new String[] { "string", "string", "string", "string", "string" });
            Map<Long, Spell> nodeSpells = dynamic ? Spell.ofNodes(network) : Map.of();
            w.writeStartElement("nodes");
            for (NetworkNode n : network.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", String.valueOf(n.id()));
                w.writeAttribute("label", n.label());
                w.writeStartElement("attvalues");
                value(w, "0", n.kind().code());
                value(w, "1", n.family());
                value(w, "2", n.country());
                value(w, "3", String.valueOf(n.depth()));
                w.writeEndElement();
                spells(w, nodeSpells.get(n.id()));
                w.writeEndElement();
            }
            // Events are nodes too, linked to their participants present in the network, over the event's days.
            for (Event e : network.events()) {
                w.writeStartElement("node");
                w.writeAttribute("id", "event-" + e.id());
                w.writeAttribute("label", e.title());
                w.writeStartElement("attvalues");
                value(w, "0", e.kind().code());
                value(w, "1", "event");
                w.writeEndElement();
                if (dynamic) {
                    spells(w, Spell.of(e));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            for (NetworkEdge e : network.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", String.valueOf(e.id()));
                w.writeAttribute("source", String.valueOf(e.source()));
                w.writeAttribute("target", String.valueOf(e.target()));
                w.writeAttribute("label", e.predicate().code());
                w.writeAttribute("weight", String.valueOf(e.confidence()));
                w.writeStartElement("attvalues");
                value(w, "0", e.predicate().code());
                value(w, "1", e.start() == null ? null : e.start().text());
                value(w, "2", e.end() == null ? null : e.end().text());
                value(w, "3", e.status().code());
                value(w, "4", e.post() == null ? null : e.post().label());
                w.writeEndElement();
                if (dynamic) {
                    spells(w, Spell.of(e.start(), e.end()));
                }
                w.writeEndElement();
            }
            Set<Long> present = new HashSet<>();
            network.nodes().forEach(n -> present.add(n.id()));
            for (Event e : network.events()) {
                for (Participant p : e.participants()) {
                    if (!present.contains(p.actor().id())) {
                        continue;
                    }
                    w.writeStartElement("edge");
                    w.writeAttribute("id", "event-" + e.id() + "-" + p.actor().id());
                    w.writeAttribute("source", String.valueOf(p.actor().id()));
                    w.writeAttribute("target", "event-" + e.id());
                    w.writeAttribute("label", "takes_part_in");
                    w.writeStartElement("attvalues");
                    value(w, "0", "takes_part_in");
                    value(w, "1", e.start() == null ? null : e.start().text());
                    value(w, "2", e.end() == null ? null : e.end().text());
                    value(w, "3", e.status().code());
                    w.writeEndElement();
                    if (dynamic) {
                        spells(w, Spell.of(e));
                    }
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** One spell; nothing when it is open at both ends (always there). */
    private static void spells(XMLStreamWriter w, Spell spell) throws XMLStreamException {
        if (spell == null || spell.always()) {
            return;
        }
        w.writeStartElement("spells");
        w.writeEmptyElement("spell");
        if (spell.start() != null) {
            w.writeAttribute("start", spell.start().toString());
        }
        if (spell.end() != null) {
            w.writeAttribute("end", spell.end().toString());
        }
        w.writeEndElement();
    }

    public static String graphml(Network network) {
        return write(w -> {
            w.writeStartElement("graphml");
            w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            String[][] keys = { { "label", "node", "string" }, { "kind", "node", "string" }, { "family", "node", "string" },
                    { "country", "node", "string" }, { "depth", "node", "int" }, { "predicate", "edge", "string" },
                    { "start", "edge", "string" }, { "end", "edge", "string" }, { "confidence", "edge", "double" },
                    { "status", "edge", "string" }, { "post", "edge", "string" } };
            for (String[] k : keys) {
                w.writeEmptyElement("key");
                w.writeAttribute("id", k[0]);
                w.writeAttribute("for", k[1]);
                w.writeAttribute("attr.name", k[0]);
                w.writeAttribute("attr.type", k[2]);
            }
            w.writeStartElement("graph");
            w.writeAttribute("id", "actor-" + network.centre());
            w.writeAttribute("edgedefault", "directed");
            for (NetworkNode n : network.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", "n" + n.id());
                data(w, "label", n.label());
                data(w, "kind", n.kind().code());
                data(w, "family", n.family());
                data(w, "country", n.country());
                data(w, "depth", String.valueOf(n.depth()));
                w.writeEndElement();
            }
            for (NetworkEdge e : network.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + e.id());
                w.writeAttribute("source", "n" + e.source());
                w.writeAttribute("target", "n" + e.target());
                data(w, "predicate", e.predicate().code());
                data(w, "start", e.start() == null ? null : e.start().text());
                data(w, "end", e.end() == null ? null : e.end().text());
                data(w, "confidence", String.valueOf(e.confidence()));
                data(w, "status", e.status().code());
                data(w, "post", e.post() == null ? null : e.post().label());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the network", e);
        }
        return out.toString();
    }

    private static void attributes(XMLStreamWriter w, String forWhat, String[][] ids, String[] types) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", forWhat);
        for (int i = 0; i < ids.length; i++) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", ids[i][0]);
            w.writeAttribute("title", ids[i][1]);
            w.writeAttribute("type", types[i]);
        }
        w.writeEndElement();
    }

    private static void value(XMLStreamWriter w, String id, String value) throws XMLStreamException {
        if (value != null) {
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", id);
            w.writeAttribute("value", value);
        }
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value != null) {
            w.writeStartElement("data");
            w.writeAttribute("key", key);
            w.writeCharacters(value);
            w.writeEndElement();
        }
    }
}
