package io.corridor.document.mapping;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.document.api.ConceptView;
import io.corridor.document.api.VocabularyInput;
import io.corridor.document.api.VocabularyView;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * SKOS in and out with Apache Jena (RIOT): a skos:ConceptScheme and its skos:Concepts as Turtle or JSON-LD. Reading
 * turns the graph into the same {@link VocabularyInput} a JSON client sends (the service then checks it: labels,
 * broader within the vocabulary, no cycle); a graph that is not readable is a 400 naming the line, one that holds
 * no scheme or blank-node concepts a 422. JSON-LD contexts must be inline: a remote context or {@code @import} is
 * refused before parsing, so that an upload never makes the server fetch anything.
 */
public final class Skos {

    public static final String TURTLE = "text/turtle";
    public static final String JSON_LD = "application/ld+json";
    /** Relative IRIs in an upload resolve against this, so that nothing depends on the server's files. */
    private static final String BASE = "urn:x-corridor-import:";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Skos() {
    }

    /** The media type's RDF language, or null for one Corridor does not read or write as SKOS. */
    public static Lang lang(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String base = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (base) {
            case TURTLE -> Lang.TURTLE;
            case JSON_LD -> Lang.JSONLD;
            default -> null;
        };
    }

    /** Reads a SKOS concept scheme; {@code team} is the owner the caller asked for (SKOS has no such notion). */
    public static VocabularyInput read(byte[] bytes, Lang lang, String team) {
        if (lang == Lang.JSONLD) {
            refuseRemoteContexts(bytes);
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.create().source(new ByteArrayInputStream(bytes)).lang(lang).base(BASE)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(model.getGraph());
        } catch (RiotException e) {
            throw ProblemException.invalid("body", "is not readable " + (lang == Lang.JSONLD ? "JSON-LD" : "Turtle") + ": "
                    + clip(e.getMessage()));
        } catch (RuntimeException e) {
            // the JSON-LD processor reports some faults (bad @context, bad keyword) with its own exceptions
            throw ProblemException.invalid("body", "is not readable as SKOS: " + clip(String.valueOf(e.getMessage())));
        }
        List<Resource> schemes = model.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme).toList();
        if (schemes.size() != 1) {
            throw ProblemException.unprocessable("a vocabulary is one skos:ConceptScheme",
                    List.of(Violation.field("body", "must describe exactly one skos:ConceptScheme (found " + schemes.size() + ")")));
        }
        Resource scheme = schemes.get(0);
        if (!scheme.isURIResource()) {
            throw ProblemException.unprocessable("the concept scheme has no IRI",
                    List.of(Violation.field("body", "the skos:ConceptScheme must have an IRI, not a blank node")));
        }
        String title = first(scheme, DCTerms.title);
        if (title == null) {
            title = first(scheme, SKOS.prefLabel);
        }
        if (title == null) {
            title = first(scheme, org.apache.jena.vocabulary.RDFS.label);
        }
        if (title == null) {
            title = scheme.getURI(); // a scheme without a title is still named
        }
        List<ConceptView> concepts = new ArrayList<>();
        List<Resource> found = model.listResourcesWithProperty(RDF.type, SKOS.Concept).toList();
        found.sort(Comparator.comparing(r -> r.isURIResource() ? r.getURI() : ""));
        for (Resource c : found) {
            if (!c.isURIResource()) {
                throw ProblemException.unprocessable("a concept has no IRI",
                        List.of(Violation.field("body", "every skos:Concept must have an IRI (a blank node cannot be a tag)")));
            }
            Set<String> broader = new LinkedHashSet<>(iris(c, SKOS.broader));
            // narrower stated on the parent is the same link seen from the other side
            model.listSubjectsWithProperty(SKOS.narrower, c).forEach(parent -> {
                if (parent.isURIResource()) {
                    broader.add(parent.getURI());
                }
            });
            concepts.add(new ConceptView(c.getURI(), first(c, SKOS.notation),
                    labels(c, SKOS.prefLabel), new ConceptView.AltLabels(all(c, SKOS.altLabel, "fr"), all(c, SKOS.altLabel, "en")),
                    labels(c, SKOS.definition), List.copyOf(broader), null));
        }
        return new VocabularyInput(scheme.getURI(), title, team, concepts);
    }

    /** The vocabulary as SKOS in this language: the scheme, top concepts, concepts with both directions of broader. */
    public static String write(VocabularyView v, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("dct", DCTerms.NS);
        Resource scheme = m.createResource(v.iri(), SKOS.ConceptScheme);
        scheme.addProperty(DCTerms.title, v.title());
        for (ConceptView c : v.concepts()) {
            Resource r = m.createResource(c.iri(), SKOS.Concept);
            r.addProperty(SKOS.inScheme, scheme);
            if (c.notation() != null) {
                r.addProperty(SKOS.notation, c.notation());
            }
            addLabels(m, r, SKOS.prefLabel, c.prefLabel());
            addLabels(m, r, SKOS.definition, c.definition());
            if (c.altLabel() != null) {
                addAll(m, r, SKOS.altLabel, c.altLabel().fr(), "fr");
                addAll(m, r, SKOS.altLabel, c.altLabel().en(), "en");
            }
            if (c.broader() == null || c.broader().isEmpty()) {
                r.addProperty(SKOS.topConceptOf, scheme);
                scheme.addProperty(SKOS.hasTopConcept, r);
            } else {
                for (String b : c.broader()) {
                    Resource parent = m.createResource(b);
                    r.addProperty(SKOS.broader, parent);
                    parent.addProperty(SKOS.narrower, r);
                }
            }
        }
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, m, lang == Lang.JSONLD ? RDFFormat.JSONLD11 : RDFFormat.TURTLE_PRETTY);
        return out.toString();
    }

    private static void refuseRemoteContexts(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw ProblemException.invalid("body", "is not readable JSON-LD: " + clip(e.getMessage()));
        }
        if (remote(root)) {
            throw ProblemException.unprocessable("remote JSON-LD contexts are not fetched", List.of(Violation.field(
                    "body.@context", "must be inline: a context given by IRI or @import is never fetched by the server")));
        }
    }

    /** Whether some @context names a context by IRI (a string, in an array or not) or @import anywhere. */
    private static boolean remote(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (remote(item)) {
                    return true;
                }
            }
            return false;
        }
        if (!node.isObject()) {
            return false;
        }
        if (node.has("@import")) {
            return true;
        }
        JsonNode context = node.get("@context");
        if (context != null && (context.isTextual() || (context.isArray() && hasText(context)))) {
            return true;
        }
        for (JsonNode value : node) {
            if (remote(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isTextual()) {
                return true;
            }
        }
        return false;
    }

    private static ConceptView.Labels labels(Resource r, Property p) {
        String fr = lang(r, p, "fr");
        String en = lang(r, p, "en");
        if (fr == null && en == null) {
            // a label without a language tag counts as English, the SKOS files' usual default
            en = lang(r, p, "");
        }
        return fr == null && en == null ? null : new ConceptView.Labels(fr, en);
    }

    private static String lang(Resource r, Property p, String language) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().toLowerCase(Locale.ROOT).startsWith(language)
                    && (!language.isEmpty() || s.getLiteral().getLanguage().isEmpty())) {
                return s.getLiteral().getLexicalForm();
            }
        }
        return null;
    }

    private static List<String> all(Resource r, Property p, String language) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().toLowerCase(Locale.ROOT).startsWith(language)) {
                out.add(s.getLiteral().getLexicalForm());
            }
        }
        out.sort(null);
        return out;
    }

    private static String first(Resource r, Property p) {
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                return l.getLexicalForm();
            }
        }
        return null;
    }

    private static List<String> iris(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isURIResource()) {
                out.add(s.getObject().asResource().getURI());
            }
        }
        return out;
    }

    private static void addLabels(Model m, Resource r, Property p, ConceptView.Labels labels) {
        if (labels == null) {
            return;
        }
        if (labels.fr() != null) {
            r.addProperty(p, m.createLiteral(labels.fr(), "fr"));
        }
        if (labels.en() != null) {
            r.addProperty(p, m.createLiteral(labels.en(), "en"));
        }
    }

    private static void addAll(Model m, Resource r, Property p, List<String> values, String language) {
        if (values != null) {
            values.forEach(value -> r.addProperty(p, m.createLiteral(value, language)));
        }
    }

    private static String clip(String message) {
        if (message == null) {
            return "syntax error";
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
