package io.corridor.document.mapping;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.AnnotationSpan;
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

    // the compact form's own member names, encoded once as AnnotationWriter's (5,000 spans a page: names encoded
    // character by character were a fifth of the service's samples writing one, session 34)
    private static final SerializedString TAGS = new SerializedString("tags");
    private static final SerializedString ACTORS = new SerializedString("actors");
    private static final SerializedString REPLY_TO = new SerializedString("replyTo");
    private static final SerializedString TARGETS = new SerializedString("targets");

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

    /**
     * Page {@code n} in the compact form; its links keep the filters, the size and the form. Written straight to
     * the generator from plain rows: a page of 5,000 built as entities and a tree of 50,000 nodes, each
     * annotation's bodies parsed for its tags, cost the service 79 ms of CPU, a third of it garbage collection
     * (bench/results/profiles/reader-tti-5000.md, session 33).
     */
    public void page(JsonGenerator g, int n, List<AnnotationSpan> items) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", link(n));
        g.writeNumberField("total", total);
        g.writeNumberField("startIndex", (long) n * size);
        if (n < container.lastPage()) {
            g.writeStringField("next", link(n + 1));
        }
        if (n > 0) {
            g.writeStringField("prev", link(Math.min(n - 1, container.lastPage())));
        }
        g.writeArrayFieldStart("items");
        for (AnnotationSpan a : items) {
            span(g, a);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private String link(int n) {
        return container.pageIri(n, false) + "&form=" + FORM;
    }

    private void span(JsonGenerator g, AnnotationSpan a) throws IOException {
        g.writeStartObject();
        g.writeFieldName(AnnotationWriter.ID);
        g.writeString(a.id().toString());
        JsonNode elsewhere = linkTargetOnListedDocument(a);
        if (elsewhere != null) {
            position(g, elsewhere.path("start").asInt(), elsewhere.path("end").asInt());
        } else if (!a.reply() && a.start() != null) {
            position(g, a.start(), a.end());
        }
        if (a.linkTargets() != null && !a.reply()) {
            g.writeFieldName(TARGETS);
            g.writeTree(targets(a));
        }
        string(g, AnnotationWriter.MOTIVATION, a.motivation());
        string(g, AnnotationWriter.CREATOR, a.creator());
        string(g, AnnotationWriter.STATUS, a.status());
        string(g, AnnotationWriter.VISIBILITY, a.visibility());
        if (!a.reply()) {
            string(g, AnnotationWriter.ANCHOR_STATE, a.anchorState());
        }
        g.writeFieldName(TAGS);
        g.writeRawValue(a.tags() == null ? "[]" : a.tags());
        g.writeFieldName(ACTORS);
        g.writeStartArray();
        for (Long actor : a.actorIds()) {
            g.writeNumber(actor);
        }
        g.writeEndArray();
        if (a.reply()) {
            string(g, REPLY_TO, a.replyTo().toString());
        }
        if (a.hidden()) {
            g.writeFieldName(AnnotationWriter.HIDDEN);
            g.writeBoolean(true);
        }
        g.writeEndObject();
    }

    private static void position(JsonGenerator g, int start, int end) throws IOException {
        g.writeFieldName(AnnotationWriter.START);
        g.writeNumber(start);
        g.writeFieldName(AnnotationWriter.END);
        g.writeNumber(end);
    }

    private static void string(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    /**
     * A relation listed on the document of one of its other passages is painted there: the position selector of
     * that target (the W3C form's placeOn does the same in the client), or null.
     */
    private JsonNode linkTargetOnListedDocument(AnnotationSpan a) {
        Long listed = container.document();
        if (a.linkTargets() == null || listed == null || listed == a.documentId()) {
            return null;
        }
        for (JsonNode target : writer.parse(a.linkTargets())) {
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
    private ArrayNode targets(AnnotationSpan a) {
        ArrayNode out = writer.object().arrayNode();
        ObjectNode own = out.addObject().put("document", a.documentId());
        if (a.start() != null) {
            own.put("start", a.start()).put("end", a.end());
        }
        for (JsonNode target : writer.parse(a.linkTargets())) {
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
