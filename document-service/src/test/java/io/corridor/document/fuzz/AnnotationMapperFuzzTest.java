package io.corridor.document.fuzz;

import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationReader;
import io.corridor.document.AnnotationDraft;
import io.corridor.document.service.SelectorCheck;
import io.corridor.support.problem.ProblemException;

/**
 * The annotation and selector parser as a POST uses it: {@link AnnotationReader#read} of a W3C
 * annotation with fuzzed motivation, bodies, target and selectors (quotes cut from the text,
 * offsets in and out of it), then {@link SelectorCheck#anchor} of the passage against the text.
 * Either may refuse with a 4xx {@link ProblemException}; anything else is a finding, and so is an
 * accepted passage whose selectors disagree with the text.
 */
class AnnotationMapperFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final AnnotationReader ANNOTATIONS = new AnnotationReader();
    private static final String[] MOTIVATIONS = { "commenting", "tagging", "highlighting", "identifying", "linking",
            "replying", "assessing", "bookmarking", "" };

    @FuzzTest
    void readsAndAnchorsOrRefuses(FuzzedDataProvider data) {
        String text = FuzzTexts.text(data);
        Optional<JsonNode> read = FuzzBodies.body(data, () -> annotation(data, text));
        if (read.isEmpty()) {
            return; // not JSON: the REST layer answers 400 before any parser
        }
        JsonNode body = read.get();
        try {
            AnnotationDraft draft = ANNOTATIONS.read(body);
            if (draft.target() instanceof AnnotationDraft.Passage passage) {
                SelectorCheck.Anchored anchored = SelectorCheck.anchor(text, 1, passage);
                check(text, anchored);
            }
        } catch (ProblemException e) {
            int status = e.toProblem().status();
            if (status < 400 || status >= 500) {
                throw new AssertionError("refused with status " + status, e);
            }
        }
    }

    private static ObjectNode annotation(FuzzedDataProvider data, String text) {
        ObjectNode a = JSON.objectNode();
        if (data.consumeBoolean()) {
            a.put("@context", AnnotationIris.CONTEXT);
        }
        a.put("type", data.consumeInt(0, 7) == 0 ? data.consumeString(12) : "Annotation");
        a.put("motivation", data.consumeInt(0, 7) == 0 ? data.consumeString(12) : data.pickValue(MOTIVATIONS));
        int bodies = data.consumeInt(0, 3);
        ArrayNode array = a.putArray("body");
        for (int i = 0; i < bodies; i++) {
            switch (data.consumeInt(0, 3)) {
                case 0 -> array.addObject().put("type", "TextualBody").put("value", data.consumeString(30))
                        .put("purpose", data.pickValue(MOTIVATIONS));
                case 1 -> array.addObject().put("type", "SpecificResource").put("purpose", "identifying")
                        .put("source", FuzzTexts.PUBLIC_URL + "/api/v1/actors/" + data.consumeString(20));
                case 2 -> array.add(data.consumeString(30));
                default -> array.addObject().put(data.consumeString(8), data.consumeString(8));
            }
        }
        ObjectNode target = a.putObject("target");
        target.put("source", data.consumeInt(0, 7) == 0 ? data.consumeString(40) : FuzzTexts.DOCUMENT_IRI);
        if (data.consumeBoolean()) {
            target.put("version", data.consumeInt());
        }
        ArrayNode selectors = target.putArray("selector");
        if (data.consumeInt(0, 3) != 0) {
            ObjectNode quote = selectors.addObject().put("type", "TextQuoteSelector").put("exact", FuzzTexts.quote(data, text));
            if (data.consumeBoolean()) {
                quote.put("prefix", FuzzTexts.quote(data, text));
            }
            if (data.consumeBoolean()) {
                quote.put("suffix", FuzzTexts.quote(data, text));
            }
        }
        if (data.consumeInt(0, 3) != 0) {
            ObjectNode position = selectors.addObject().put("type", "TextPositionSelector");
            if (data.consumeInt(0, 15) == 0) {
                position.put("start", data.consumeDouble()).put("end", data.consumeLong());
            } else {
                position.put("start", FuzzTexts.offset(data, text)).put("end", FuzzTexts.offset(data, text));
            }
        }
        if (data.consumeInt(0, 15) == 0) {
            selectors.addObject().put("type", data.consumeString(20));
        }
        return a;
    }

    /** What the service stores must be true of the text: the quote is the passage at the position. */
    private static void check(String text, SelectorCheck.Anchored anchored) {
        int start = anchored.position().start();
        int end = anchored.position().end();
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end <= start || end > length) {
            throw new AssertionError("anchored outside the text: " + start + ".." + end + " of " + length);
        }
        int from = text.offsetByCodePoints(0, start);
        String passage = text.substring(from, text.offsetByCodePoints(from, end - start));
        if (!passage.equals(anchored.quote().exact())) {
            throw new AssertionError("the quote is not the text at its position");
        }
    }
}
