package io.corridor.document.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.Annotation;
import io.corridor.document.Motivation;
import io.corridor.document.anchoring.CodePoints;

/**
 * Between Corridor's annotations and an {@link InterchangeDocument}. Out: the passages anchored in
 * the version being exported (replies, orphans and annotations of other versions have no place in
 * its text) become spans with their motivation, tags and comments, in a canonical order (start,
 * then longest first, as a UIMA annotation index sorts); a linking annotation with two passage
 * targets becomes a relation between the spans at those passages (a bare span is added where no
 * annotation marks one). In: each span becomes an annotation to anchor like any import, each
 * relation a linking annotation from its governor's passage to its dependent's.
 */
public final class AnnotationInterchange {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AnnotationInterchange() {
    }

    public static InterchangeDocument export(String text, int version, List<Annotation> annotations, AnnotationWriter writer) {
        int length = text.codePointCount(0, text.length());
        List<InterchangeDocument.Span> spans = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        List<String> linkLabels = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.reply() || a.version == null || a.version != version || !Annotation.ANCHORED.equals(a.anchorState)
                    || a.startPos == null || a.endPos == null || a.endPos > length || a.startPos >= a.endPos) {
                continue;
            }
            JsonNode bodies = a.masked ? JSON.arrayNode() : writer.parse(a.body);
            List<String> tags = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            for (JsonNode body : bodies == null ? JSON.arrayNode() : bodies) {
                String value = body.path("value").asText(null);
                if (value == null) {
                    continue;
                }
                String purpose = body.path("purpose").asText("");
                if (purpose.equals(Motivation.TAGGING.value())) {
                    tags.add(value);
                } else if (purpose.isEmpty() || purpose.equals(Motivation.COMMENTING.value())) {
                    comments.add(value);
                }
            }
            if (Motivation.LINKING.value().equals(a.motivation)) {
                int[] ends = passages(writer.write(a).path("target"));
                if (ends != null) {
                    links.add(ends);
                    linkLabels.add(tags.isEmpty() ? null : String.join(InterchangeTypes.TAG_SEPARATOR, tags));
                    continue;
                }
            }
            spans.add(new InterchangeDocument.Span(a.startPos, a.endPos, a.motivation, tags,
                    comments.isEmpty() ? null : String.join("\n\n", comments)));
        }
        // the passages links join, where no annotation marks them yet
        for (int[] ends : links) {
            for (int e = 0; e < 2; e++) {
                if (find(spans, ends[2 * e], ends[2 * e + 1]) < 0 && ends[2 * e + 1] <= length) {
                    spans.add(new InterchangeDocument.Span(ends[2 * e], ends[2 * e + 1], null, List.of(), null));
                }
            }
        }
        List<InterchangeDocument.Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(InterchangeDocument.Span::start)
                .thenComparing(Comparator.comparingInt(InterchangeDocument.Span::end).reversed()));
        List<InterchangeDocument.Relation> relations = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            int[] ends = links.get(i);
            int governor = find(sorted, ends[0], ends[1]);
            int dependent = find(sorted, ends[2], ends[3]);
            if (governor >= 0 && dependent >= 0) {
                relations.add(new InterchangeDocument.Relation(governor, dependent, linkLabels.get(i)));
            }
        }
        // as both formats give them back: by where their dependent is (a relation is written at its dependent)
        relations.sort(Comparator.comparingInt((InterchangeDocument.Relation r) -> sorted.get(r.dependent()).start())
                .thenComparing(r -> -sorted.get(r.dependent()).end()));
        return new InterchangeDocument(text, sorted, relations);
    }

    /** The first two passage targets of a linking annotation (start, end of each), or null. */
    private static int[] passages(JsonNode target) {
        if (!target.isArray() || target.size() < 2) {
            return null;
        }
        int[] ends = new int[4];
        for (int t = 0; t < 2; t++) {
            JsonNode position = null;
            for (JsonNode selector : target.get(t).path("selector")) {
                if ("TextPositionSelector".equals(selector.path("type").asText())) {
                    position = selector;
                }
            }
            if (position == null || !position.path("start").canConvertToInt() || !position.path("end").canConvertToInt()) {
                return null;
            }
            ends[2 * t] = position.get("start").asInt();
            ends[2 * t + 1] = position.get("end").asInt();
        }
        return ends;
    }

    private static int find(List<InterchangeDocument.Span> spans, int start, int end) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).start() == start && spans.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }

    /** What an interchange file asks to store: its passages as imported annotations, its relations as links. */
    public record Import(AnnotationImport.Parsed parsed, List<ImportedLink> links) {
    }

    /** @param author the tool or format it came from, kept as the generator */
    public static Import toImport(InterchangeDocument document, String documentIri, String author) {
        int[] text = CodePoints.of(document.text());
        List<ImportedAnnotation> passages = new ArrayList<>();
        Map<Integer, ImportedAnnotation> byIndex = new HashMap<>();
        for (int i = 0; i < document.spans().size(); i++) {
            InterchangeDocument.Span s = document.spans().get(i);
            ObjectNode annotation = JSON.objectNode();
            Motivation motivation = s.motivation() == null ? null : Motivation.of(s.motivation());
            if (motivation != null && motivation != Motivation.LINKING && motivation != Motivation.REPLYING) {
                annotation.put("motivation", motivation.value());
            }
            ArrayNode bodies = annotation.putArray("body");
            if (s.comment() != null && !s.comment().isBlank()) {
                bodies.addObject().put("type", "TextualBody").put("value", s.comment()).put("format", "text/plain")
                        .put("purpose", Motivation.COMMENTING.value());
            }
            for (String tag : s.tags()) {
                bodies.addObject().put("type", "TextualBody").put("value", tag).put("purpose", Motivation.TAGGING.value());
            }
            if (!annotation.has("motivation")) {
                // what a client's default would be: a comment comments, tags tag, a bare passage is highlighted
                annotation.put("motivation", s.comment() != null ? Motivation.COMMENTING.value()
                        : !s.tags().isEmpty() ? Motivation.TAGGING.value() : Motivation.HIGHLIGHTING.value());
            }
            ImportedAnnotation item = quoted(i, annotation, text, s.start(), s.end(), documentIri, author);
            passages.add(item);
            byIndex.put(i, item);
        }
        List<ImportedLink> links = new ArrayList<>();
        for (int r = 0; r < document.relations().size(); r++) {
            InterchangeDocument.Relation relation = document.relations().get(r);
            links.add(new ImportedLink(passages.size() + r, relation.label(), byIndex.get(relation.governor()),
                    byIndex.get(relation.dependent()), author));
        }
        return new Import(new AnnotationImport.Parsed(passages, List.of()), links);
    }

    private static ImportedAnnotation quoted(int row, ObjectNode annotation, int[] text, int start, int end, String documentIri,
            String author) {
        String exact = CodePoints.string(text, start, end);
        String prefix = CodePoints.prefix(text, start);
        String suffix = CodePoints.suffix(text, end);
        ObjectNode target = annotation.putObject("target").put("source", documentIri);
        ArrayNode selector = target.putArray("selector");
        selector.addObject().put("type", "TextQuoteSelector").put("exact", exact).put("prefix", prefix).put("suffix", suffix);
        selector.addObject().put("type", "TextPositionSelector").put("start", start).put("end", end);
        return new ImportedAnnotation(row, annotation, exact, prefix, suffix, start, end, author);
    }
}
