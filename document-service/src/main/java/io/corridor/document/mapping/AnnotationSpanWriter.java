package io.corridor.document.mapping;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.Annotation;
import io.corridor.support.problem.ProblemException;

/**
 * The container's compact form (api.AnnotationSpans): what the reader's highlight layer needs for
 * thousands of annotations (uuid, span, motivation, creator, status, tags, actors, parent), about a
 * tenth of the bytes of the full JSON-LD, which the thread panel reads at each annotation's IRI.
 */
public final class AnnotationSpanWriter {

    /** The value of the {@code form} query parameter that asks for it. */
    public static final String FORM = "compact";
    /**
     * Its largest page: five times the W3C form's (about 0.2 MB per 1,000), so that the reader gets a document's
     * 5,000 annotations in one request, one query and no count (bench ReaderBrowser, docs/annotations.md).
     */
    public static final int MAX_SIZE = 5000;

    private final AnnotationWriter writer;
    private final AnnotationContainer container;
    private final int size;
    private final long total;

    /** The pages of {@code container}, of {@code size} items, {@code total} in all. */
    public AnnotationSpanWriter(AnnotationWriter writer, AnnotationContainer container, int size, long total) {
        this.writer = writer;
        this.container = container;
        this.size = size;
        this.total = total;
    }

    /** Whether {@code form} asks for the compact form: absent or empty is the W3C form, anything else is a 400 naming it. */
    public static boolean asked(String form) {
        if (form == null || form.isBlank()) {
            return false;
        }
        if (FORM.equals(form.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        throw ProblemException.invalid("form", "must be compact or absent");
    }

    /** Page {@code n} in the compact form; its links keep the filters, the size and the form. */
    public ObjectNode page(int n, List<Annotation> items) {
        ObjectNode o = writer.object();
        o.put("id", link(n));
        o.put("total", total);
        o.put("startIndex", (long) n * size);
        if (n < container.lastPage()) {
            o.put("next", link(n + 1));
        }
        if (n > 0) {
            o.put("prev", link(Math.min(n - 1, container.lastPage())));
        }
        ArrayNode array = o.putArray("items");
        for (Annotation a : items) {
            array.add(span(a));
        }
        return o;
    }

    private String link(int n) {
        return container.pageIri(n, false) + "&form=" + FORM;
    }

    private ObjectNode span(Annotation a) {
        ObjectNode o = writer.object();
        o.put("id", a.id.toString());
        JsonNode elsewhere = linkTargetOnListedDocument(a);
        if (elsewhere != null) {
            o.put("start", elsewhere.path("start").asInt());
            o.put("end", elsewhere.path("end").asInt());
        } else if (!a.reply() && a.startPos != null) {
            o.put("start", a.startPos);
            o.put("end", a.endPos);
        }
        if (a.linkTargets != null && !a.reply()) {
            o.set("targets", targets(a));
        }
        o.put("motivation", a.motivation);
        o.put("creator", a.creator);
        o.put("status", a.status);
        o.put("visibility", a.visibility);
        if (!a.reply()) {
            o.put("anchorState", a.anchorState);
        }
        ArrayNode tags = o.putArray("tags");
        ArrayNode actors = o.putArray("actors");
        if (!a.masked) {
            // the tags as written (the tags column is lower-cased for the filter)
            for (JsonNode body : writer.parse(a.body)) {
                if ("tagging".equals(body.path("purpose").asText()) && body.path("value").isTextual()) {
                    tags.add(body.path("value").asText());
                }
            }
            for (Long actor : a.actorIds) {
                actors.add(actor);
            }
        }
        if (a.reply()) {
            o.put("replyTo", a.replyTo.toString());
        }
        if (a.hidden()) {
            o.put("hidden", true);
        }
        return o;
    }

    /**
     * A relation listed on the document of one of its other passages is painted there: the position selector of
     * that target (the W3C form's placeOn does the same in the client), or null.
     */
    private JsonNode linkTargetOnListedDocument(Annotation a) {
        Long listed = container.document();
        if (a.linkTargets == null || listed == null || listed.equals(a.documentId)) {
            return null;
        }
        for (JsonNode target : writer.parse(a.linkTargets)) {
            if (target.path("source").asText().endsWith("/documents/" + listed)) {
                JsonNode position = positionOf(target);
                if (position != null) {
                    return position;
                }
            }
        }
        return null;
    }

    /**
     * Every passage of a relation in order, its own first (document, start, end): what the reader needs to draw
     * the link between them and to list the relation on each, without reading the relation whole.
     */
    private ArrayNode targets(Annotation a) {
        ArrayNode out = writer.object().arrayNode();
        ObjectNode own = out.addObject().put("document", a.documentId);
        if (a.startPos != null) {
            own.put("start", a.startPos).put("end", a.endPos);
        }
        for (JsonNode target : writer.parse(a.linkTargets)) {
            String source = target.path("source").asText();
            ObjectNode end = out.addObject().put("document", Long.parseLong(source.substring(source.lastIndexOf('/') + 1)));
            JsonNode position = positionOf(target);
            if (position != null) {
                end.put("start", position.path("start").asInt()).put("end", position.path("end").asInt());
            }
        }
        return out;
    }

    /** A stored target's TextPositionSelector, or null. */
    private JsonNode positionOf(JsonNode target) {
        JsonNode selectors = target.path("selector");
        for (JsonNode selector : selectors.isArray() ? selectors : writer.object().arrayNode().add(selectors)) {
            if ("TextPositionSelector".equals(selector.path("type").asText())) {
                return selector;
            }
        }
        return null;
    }
}
