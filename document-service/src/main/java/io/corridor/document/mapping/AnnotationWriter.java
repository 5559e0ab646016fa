package io.corridor.document.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationBody;
import io.corridor.document.Authorship;
import io.corridor.document.SpecificResource;
import io.corridor.document.TextualBody;

/**
 * Writes annotations as W3C Web Annotation JSON-LD, with Corridor's plain keys visibility, status and anchorState,
 * and their bodies and target as stored. Public IRIs come from {@link AnnotationIris}; {@link AnnotationReader}
 * reads the same form.
 */
@ApplicationScoped
public class AnnotationWriter {

    private final ObjectMapper json = new ObjectMapper();
    private final AnnotationIris iris;

    public AnnotationWriter(AnnotationIris iris) {
        this.iris = iris;
    }

    /** The public IRIs the written form carries. */
    public AnnotationIris iris() {
        return iris;
    }

    /** The bodies as stored: a JSON array of W3C bodies. */
    public String bodiesJson(List<AnnotationBody> bodies) {
        ArrayNode array = json.createArrayNode();
        for (AnnotationBody body : bodies) {
            ObjectNode o = array.addObject();
            switch (body) {
                case TextualBody t -> {
                    o.put("type", "TextualBody");
                    o.put("value", t.value());
                    if (t.format() != null) { // a body stored without one (written by the service itself) has none to give
                        o.put("format", t.format());
                    }
                    if (t.language() != null) {
                        o.put("language", t.language());
                    }
                }
                case SpecificResource s -> {
                    o.put("type", "SpecificResource");
                    o.put("source", s.source());
                }
            }
            if (body.purpose() != null) {
                o.put("purpose", body.purpose());
            }
        }
        return array.toString();
    }

    /** A passage as a stored target (source as a path), for the other passages of a relation. */
    public ObjectNode passageTarget(long documentId, int version, String exact, String prefix, String suffix, int start, int end) {
        Annotation p = new Annotation();
        p.documentId = documentId;
        p.version = version;
        p.exact = exact;
        p.prefix = prefix;
        p.suffix = suffix;
        p.startPos = start;
        p.endPos = end;
        return target(p, "");
    }

    /** The stored target: the source as a path, so that it does not depend on the public URL. */
    public String targetJson(Annotation a) {
        return target(a, "").toString();
    }

    /** The annotation as W3C JSON-LD, with Corridor's plain keys visibility, status and anchorState. */
    public ObjectNode write(Annotation a) {
        ObjectNode o = json.createObjectNode();
        o.put("@context", AnnotationIris.CONTEXT);
        o.put("id", iris.iri(a.id));
        o.put("type", "Annotation");
        o.put("motivation", a.motivation);
        ObjectNode creator = o.putObject("creator");
        creator.put("type", Authorship.SUGGESTER.equals(a.creator) ? "Software" : "Person");
        creator.put("name", a.creator);
        creator.put("nickname", a.creator);
        o.put("created", timestamp(a.createdAt));
        o.put("modified", timestamp(a.modifiedAt));
        if (a.generator != null) {
            ObjectNode generator = o.putObject("generator");
            generator.put("type", "Software");
            generator.put("name", a.generator);
        }
        JsonNode bodies = a.masked ? json.createArrayNode() : parse(a.body);
        if (bodies.isArray() && !bodies.isEmpty()) {
            o.set("body", bodies);
        }
        if (a.reply()) {
            o.put("target", iris.iri(a.replyTo));
        } else if (a.linkTargets != null) {
            // a relation: its own passage first, then the others, each a W3C target
            ArrayNode targets = o.putArray("target");
            targets.add(target(a, iris.publicUrl()));
            for (JsonNode other : parse(a.linkTargets)) {
                ObjectNode t = ((ObjectNode) other).deepCopy();
                t.put("source", iris.publicUrl() + other.path("source").asText());
                targets.add(t);
            }
        } else {
            o.set("target", target(a, iris.publicUrl()));
        }
        if (a.canonical != null) {
            o.put("canonical", a.canonical);
        }
        if (a.via != null) {
            o.set("via", parse(a.via));
        }
        o.put("visibility", a.visibility);
        o.put("status", a.status);
        if (!a.reply()) {
            o.put("anchorState", a.anchorState);
        }
        if (a.hidden()) {
            // Corridor extension (see WebAnnotationSchema.Moderation): the label for everyone, the why for those who see the bodies
            ObjectNode moderation = o.putObject("moderation");
            moderation.put("hidden", true);
            moderation.put("label", "hidden by moderator");
            if (!a.masked) {
                moderation.put("by", a.hiddenBy);
                moderation.put("at", timestamp(a.hiddenAt));
                if (a.hiddenReason != null) {
                    moderation.put("reason", a.hiddenReason);
                }
            }
        }
        return o;
    }

    public String json(Annotation a) {
        return write(a).toString();
    }

    private ObjectNode target(Annotation a, String base) {
        ObjectNode t = json.createObjectNode();
        t.put("type", "SpecificResource");
        t.put("source", base + "/api/v1/documents/" + a.documentId);
        t.put("version", a.version);
        ArrayNode selectors = t.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.exact);
        quote.put("prefix", a.prefix == null ? "" : a.prefix);
        quote.put("suffix", a.suffix == null ? "" : a.suffix);
        if (a.startPos != null) {
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", a.startPos);
            position.put("end", a.endPos);
        }
        return t;
    }

    public JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }

    public ObjectNode object() {
        return json.createObjectNode();
    }

    public static String timestamp(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
