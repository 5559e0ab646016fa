package io.corridor.document.fuzz;

import java.text.Normalizer;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.anchoring.Anchor;
import io.corridor.document.anchoring.Quote;
import io.corridor.document.anchoring.Reanchor;
import io.corridor.document.mapping.AnnotationImport;
import io.corridor.document.mapping.ImportedAnnotation;

/**
 * Annotation import (W3C JSON-LD and Hypothesis search output) up to the database: {@link
 * AnnotationImport#parse} of a body of either shape with fuzzed selectors, quotes and offsets, then
 * the anchoring the import does for each annotation in the document's text ({@link Reanchor} with
 * the imported quote at the imported position, as {@code AnnotationImports} calls it). The parse may
 * refuse the whole body with an {@link IllegalArgumentException} (answered 400) and each annotation
 * with a rejection; anything else is a finding, and so is an anchor outside the text.
 */
class AnnotationImportFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @FuzzTest
    void parsesAndAnchorsOrRejects(FuzzedDataProvider data) {
        String text = FuzzTexts.text(data);
        Optional<JsonNode> read = FuzzBodies.body(data, () -> data.consumeBoolean() ? w3c(data, text) : hypothesis(data, text));
        if (read.isEmpty()) {
            return; // not JSON: the REST layer answers 400 before any parser
        }
        JsonNode body = read.get();
        AnnotationImport.Parsed parsed;
        try {
            parsed = AnnotationImport.parse(body, FuzzTexts.DOCUMENT_IRI);
        } catch (IllegalArgumentException e) {
            return; // 400 naming the body
        }
        for (ImportedAnnotation item : parsed.annotations()) {
            anchor(text, item);
        }
    }

    /** The anchoring step of an import, with the imported quote and position as they come. */
    private static void anchor(String text, ImportedAnnotation item) {
        String exact = Normalizer.normalize(item.exact(), Normalizer.Form.NFC);
        int length = exact.codePointCount(0, exact.length());
        int start = item.start() == null ? 0 : Math.max(0, item.start());
        Optional<Anchor> found = Reanchor.anchor(null, text, new Quote(exact, nfc(item.prefix()), nfc(item.suffix()), start, start + length));
        if (found.isPresent()) {
            Anchor at = found.get();
            int textLength = text.codePointCount(0, text.length());
            if (at.start() < 0 || at.end() <= at.start() || at.end() > textLength) {
                throw new AssertionError("anchored outside the text: " + at.start() + ".." + at.end() + " of " + textLength);
            }
        }
    }

    private static ArrayNode selectors(FuzzedDataProvider data, String text) {
        ArrayNode selectors = JSON.arrayNode();
        if (data.consumeInt(0, 5) != 0) {
            ObjectNode quote = selectors.addObject().put("type", "TextQuoteSelector").put("exact", FuzzTexts.quote(data, text));
            if (data.consumeBoolean()) {
                quote.put("prefix", FuzzTexts.quote(data, text)).put("suffix", FuzzTexts.quote(data, text));
            }
        }
        if (data.consumeBoolean()) {
            selectors.addObject().put("type", "TextPositionSelector").put("start", FuzzTexts.offset(data, text))
                    .put("end", FuzzTexts.offset(data, text));
        }
        if (data.consumeInt(0, 7) == 0) {
            selectors.addObject().put("type", "RangeSelector").put("startSelector", data.consumeString(10));
        }
        return selectors;
    }

    private static JsonNode w3c(FuzzedDataProvider data, String text) {
        ArrayNode items = JSON.arrayNode();
        int n = data.consumeInt(0, 4);
        for (int i = 0; i < n; i++) {
            ObjectNode a = items.addObject();
            a.put("@context", "http://www.w3.org/ns/anno.jsonld").put("type", data.consumeInt(0, 7) == 0 ? "Note" : "Annotation");
            a.put("motivation", data.pickValue(new String[] { "commenting", "tagging", "highlighting", "replying", "" }));
            if (data.consumeBoolean()) {
                a.put("bodyValue", data.consumeString(30));
            } else {
                a.putArray("body").addObject().put("type", "TextualBody").put("value", data.consumeString(30));
            }
            if (data.consumeBoolean()) {
                a.put("creator", data.consumeString(12));
            }
            switch (data.consumeInt(0, 5)) {
                case 0 -> a.put("target", "https://example.org/page");
                case 1 -> a.putArray("target");
                default -> a.putArray("target").addObject().put("source", "https://example.org/page").set("selector",
                        data.consumeBoolean() ? selectors(data, text) : selectors(data, text).path(0));
            }
        }
        return switch (data.consumeInt(0, 3)) {
            case 0 -> items;
            case 1 -> JSON.objectNode().put("type", "AnnotationPage").set("items", items);
            case 2 -> {
                ObjectNode collection = JSON.objectNode().put("type", "AnnotationCollection");
                collection.putObject("first").put("type", "AnnotationPage").set("items", items);
                yield collection;
            }
            default -> items.isEmpty() ? items : items.get(0);
        };
    }

    private static JsonNode hypothesis(FuzzedDataProvider data, String text) {
        ObjectNode search = JSON.objectNode();
        ArrayNode rows = search.putArray("rows");
        int n = data.consumeInt(0, 4);
        for (int i = 0; i < n; i++) {
            ObjectNode row = rows.addObject();
            row.put("user", "acct:" + data.consumeString(10) + "@hypothes.is").put("uri", "https://example.org/page");
            row.put("text", data.consumeString(30));
            ArrayNode tags = row.putArray("tags");
            int t = data.consumeInt(0, 2);
            for (int k = 0; k < t; k++) {
                tags.add(data.consumeString(10));
            }
            if (data.consumeInt(0, 7) == 0) {
                row.putArray("references").add(data.consumeString(8));
            }
            if (data.consumeInt(0, 7) != 0) {
                row.putArray("target").addObject().put("source", "https://example.org/page").set("selector", selectors(data, text));
            }
        }
        return data.consumeBoolean() ? search : rows;
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
