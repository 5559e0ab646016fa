package io.corridor.document.mapping;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.api.ImportRejection;

/**
 * Reads annotations made elsewhere: W3C Web Annotation JSON-LD (an annotation, an
 * AnnotationCollection with its first page embedded, an AnnotationPage, or an array of
 * annotations) and the JSON of Hypothesis' search API ({@code {"rows": [...]}} or an array of its
 * rows). Each becomes an annotation in our request shape targeting the document being imported
 * into, whatever its original source: the quote is what places it in our text. Rows that cannot
 * be placed (a page note, a reply, no quote) are rejected with the reason, never dropped silently.
 */
public final class AnnotationImport {

    /** What an import holds: the annotations to anchor and store, and the rows refused while reading. */
    public record Parsed(List<ImportedAnnotation> annotations, List<ImportRejection> rejected) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AnnotationImport() {
    }

    /**
     * @param body        the request body
     * @param documentIri the IRI the targets are rewritten to
     * @throws IllegalArgumentException when the body is none of the accepted shapes (the resource
     *                                  answers a 400 problem with the message)
     */
    public static Parsed parse(JsonNode body, String documentIri) {
        List<JsonNode> items = items(body);
        List<ImportedAnnotation> annotations = new ArrayList<>();
        List<ImportRejection> rejected = new ArrayList<>();
        for (int row = 0; row < items.size(); row++) {
            JsonNode item = items.get(row);
            try {
                if (!item.isObject()) {
                    throw new IllegalArgumentException("is not a JSON object");
                }
                annotations.add(isHypothesis(item) ? hypothesis(row, item, documentIri) : w3c(row, item, documentIri));
            } catch (IllegalArgumentException e) {
                rejected.add(new ImportRejection(row, e.getMessage()));
            }
        }
        return new Parsed(annotations, rejected);
    }

    /** The annotations of a body, in order. */
    static List<JsonNode> items(JsonNode body) {
        List<JsonNode> items = new ArrayList<>();
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw new IllegalArgumentException("the body is empty");
        }
        if (body.isArray()) {
            body.forEach(items::add);
            return items;
        }
        if (!body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object or array");
        }
        if (body.has("rows")) {
            if (!body.get("rows").isArray()) {
                throw new IllegalArgumentException("rows must be an array (Hypothesis search output)");
            }
            body.get("rows").forEach(items::add);
            return items;
        }
        if (hasType(body, "AnnotationCollection")) {
            JsonNode first = body.get("first");
            if (first == null || first.isMissingNode()) {
                return items; // an empty collection
            }
            if (!first.isObject()) {
                throw new IllegalArgumentException(
                        "first must be the embedded first AnnotationPage (with its items); a link to it is not followed");
            }
            return pageItems(first);
        }
        if (hasType(body, "AnnotationPage")) {
            return pageItems(body);
        }
        if (hasType(body, "Annotation") || isHypothesis(body)) {
            items.add(body);
            return items;
        }
        throw new IllegalArgumentException("the body must be an Annotation, an AnnotationCollection, an AnnotationPage, "
                + "an array of annotations, or Hypothesis search output ({\"rows\": [...]})");
    }

    private static List<JsonNode> pageItems(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode list = page.get("items");
        if (list != null && !list.isArray()) {
            throw new IllegalArgumentException("items of the AnnotationPage must be an array");
        }
        if (list != null) {
            list.forEach(items::add);
        }
        return items;
    }

    private static boolean hasType(JsonNode node, String type) {
        JsonNode t = node.get("type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode e : t) {
                if (type.equals(e.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asText());
    }

    /** A Hypothesis row has a user and a uri and no JSON-LD type. */
    static boolean isHypothesis(JsonNode node) {
        return node.isObject() && !node.has("type") && !node.has("@context") && (node.has("user") || node.has("uri"));
    }

    // ---------------------------------------------------------------- W3C

    private static ImportedAnnotation w3c(int row, JsonNode item, String documentIri) {
        if (!hasType(item, "Annotation")) {
            throw new IllegalArgumentException("is not an Annotation (type)");
        }
        ObjectNode annotation = JSON.objectNode();
        if (item.has("motivation")) {
            annotation.set("motivation", item.get("motivation"));
        }
        if (item.has("body")) {
            annotation.set("body", item.get("body"));
        } else if (item.has("bodyValue")) {
            // the Web Annotation shortcut for one plain-text comment
            ObjectNode comment = JSON.objectNode().put("type", "TextualBody").put("value", item.get("bodyValue").asText())
                    .put("format", "text/plain");
            annotation.set("body", JSON.arrayNode().add(comment));
        }
        if (item.has("visibility")) {
            annotation.set("visibility", item.get("visibility"));
        }
        JsonNode target = item.get("target");
        if (target != null && target.isArray()) {
            target = target.isEmpty() ? null : target.get(0);
        }
        if (target == null || target.isTextual()) {
            throw new IllegalArgumentException("target has no selector: only annotations on a passage can be imported "
                    + "(a reply or an annotation of a whole resource has no passage to anchor)");
        }
        return passage(row, annotation, selectors(target.get("selector")), documentIri, author(item.get("creator")));
    }

    private static String author(JsonNode creator) {
        if (creator == null || creator.isNull()) {
            return null;
        }
        if (creator.isArray()) {
            return creator.isEmpty() ? null : author(creator.get(0));
        }
        if (creator.isTextual()) {
            return creator.asText();
        }
        for (String key : List.of("name", "nickname", "id")) {
            if (creator.hasNonNull(key)) {
                return creator.get(key).asText();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- Hypothesis

    private static ImportedAnnotation hypothesis(int row, JsonNode item, String documentIri) {
        if (item.has("references") && item.get("references").isArray() && !item.get("references").isEmpty()) {
            throw new IllegalArgumentException("is a reply (references): replies are not imported without their thread");
        }
        ArrayNode bodies = JSON.arrayNode();
        String text = item.path("text").asText("");
        if (!text.isBlank()) {
            // Hypothesis comments are Markdown
            bodies.add(JSON.objectNode().put("type", "TextualBody").put("value", text).put("format", "text/markdown")
                    .put("purpose", "commenting"));
        }
        List<String> tags = new ArrayList<>();
        item.path("tags").forEach(t -> {
            if (t.isTextual() && !t.asText().isBlank()) {
                tags.add(t.asText().strip());
            }
        });
        tags.forEach(tag -> bodies.add(JSON.objectNode().put("type", "TextualBody").put("value", tag).put("purpose", "tagging")));
        ObjectNode annotation = JSON.objectNode();
        annotation.put("motivation", !text.isBlank() ? "commenting" : !tags.isEmpty() ? "tagging" : "highlighting");
        annotation.set("body", bodies);
        JsonNode target = item.get("target");
        JsonNode first = target != null && target.isArray() && !target.isEmpty() ? target.get(0) : target;
        JsonNode selector = first == null ? null : first.get("selector");
        if (selector == null || selector.isNull() || (selector.isArray() && selector.isEmpty())) {
            throw new IllegalArgumentException("target has no selector: a page note has no passage to anchor");
        }
        String user = item.path("user").asText(null);
        if (user != null && user.startsWith("acct:")) {
            user = user.substring("acct:".length());
        }
        return passage(row, annotation, selectors(selector), documentIri, user);
    }

    // ---------------------------------------------------------------- selectors

    private record Selectors(String exact, String prefix, String suffix, Integer start, Integer end) {
    }

    /** TextQuoteSelector and TextPositionSelector of a selector or selector list; others (RangeSelector...) are skipped. */
    private static Selectors selectors(JsonNode selector) {
        List<JsonNode> list = new ArrayList<>();
        if (selector != null && selector.isArray()) {
            selector.forEach(list::add);
        } else if (selector != null && selector.isObject()) {
            list.add(selector);
        }
        String exact = null;
        String prefix = null;
        String suffix = null;
        Integer start = null;
        Integer end = null;
        for (JsonNode s : list) {
            String type = s.path("type").asText("");
            if (type.equals("TextQuoteSelector") && s.hasNonNull("exact")) {
                exact = s.get("exact").asText();
                prefix = s.path("prefix").isTextual() ? s.get("prefix").asText() : null;
                suffix = s.path("suffix").isTextual() ? s.get("suffix").asText() : null;
            } else if (type.equals("TextPositionSelector") && s.path("start").canConvertToInt() && s.path("end").canConvertToInt()) {
                start = s.get("start").asInt();
                end = s.get("end").asInt();
            }
        }
        if (exact == null || exact.isEmpty()) {
            throw new IllegalArgumentException("no TextQuoteSelector: without the quoted text the passage cannot be found in our text"
                    + (list.isEmpty() ? "" : " (selectors: " + String.join(", ", list.stream().map(s -> s.path("type").asText("?")).toList()) + ")"));
        }
        return new Selectors(exact, prefix, suffix, start, end);
    }

    private static ImportedAnnotation passage(int row, ObjectNode annotation, Selectors s, String documentIri, String author) {
        ObjectNode target = JSON.objectNode().put("source", documentIri);
        ArrayNode selector = target.putArray("selector");
        ObjectNode quote = selector.addObject().put("type", "TextQuoteSelector").put("exact", s.exact());
        if (s.prefix() != null) {
            quote.put("prefix", s.prefix());
        }
        if (s.suffix() != null) {
            quote.put("suffix", s.suffix());
        }
        if (s.start() != null) {
            selector.addObject().put("type", "TextPositionSelector").put("start", s.start()).put("end", s.end());
        }
        annotation.set("target", target);
        return new ImportedAnnotation(row, annotation, s.exact(), s.prefix(), s.suffix(), s.start(), s.end(),
                author == null || author.isBlank() ? null : author.strip());
    }
}
