package io.corridor.demo;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the evidence quote of a corpus relation into a Web Annotation on the corpus document it
 * comes from: motivation {@code linking}, the passage selected as a reader would (a space of the
 * quote may be a line break of the extracted text), the two actors as {@code identifying} bodies,
 * public and tagged {@code evidence}. The relation then cites the annotation's IRI.
 *
 * <p>Only the documents the demo loaded (tag {@code corpus}) are annotated; a quote whose document is
 * not in the library stays a plain quote.
 */
final class EvidenceAnnotations {

    private final Api api;
    private final Map<String, Long> documents = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();

    EvidenceAnnotations(Api api) throws Exception {
        this.api = api;
        JsonNode page = api.get("/api/v1/documents?tag=corpus&size=100").path("items");
        for (JsonNode document : page) {
            documents.put(document.path("version").path("fileName").asText(), document.path("id").asLong());
        }
    }

    /** The IRI of the annotation marking {@code quote} in {@code file}, or null when that document is not loaded. */
    String annotate(String file, String quote, long subject, long object, String label) throws Exception {
        Long document = documents.get(file);
        if (document == null) {
            return null;
        }
        String text = texts.computeIfAbsent(document, this::text);
        String wanted = Normalizer.normalize(quote, Normalizer.Form.NFC);
        Matcher found = Pattern.compile(Pattern.quote(wanted).replace(" ", "\\E[\\s\\u00A0\\u202F]+\\Q")).matcher(text);
        if (!found.find()) {
            throw new IllegalStateException("relations.csv quotes a passage that " + file + " does not hold: " + quote);
        }
        String exact = found.group();
        int start = text.codePointCount(0, found.start());
        int end = start + exact.codePointCount(0, exact.length());
        String documentIri = api.uri("/api/v1/documents/" + document).toString();
        Map<String, Object> annotation = Map.of(
                "@context", "http://www.w3.org/ns/anno.jsonld",
                "type", "Annotation",
                "motivation", "linking",
                "visibility", "public",
                "body", List.of(
                        Map.of("type", "TextualBody", "value", label, "format", "text/plain", "purpose", "commenting"),
                        Map.of("type", "TextualBody", "value", "evidence", "purpose", "tagging"),
                        actor(subject), actor(object)),
                "target", Map.of("source", documentIri, "selector", List.of(
                        Map.of("type", "TextQuoteSelector", "exact", exact),
                        Map.of("type", "TextPositionSelector", "start", start, "end", end))));
        return Api.expect(api.postJson("/api/v1/annotations/", annotation), 201).path("id").asText();
    }

    private Map<String, Object> actor(long id) {
        return Map.of("type", "SpecificResource", "source", api.uri("/api/v1/actors/" + id).toString(),
                "purpose", "identifying");
    }

    private String text(long document) {
        try {
            var response = api.send(api.request("/api/v1/documents/" + document + "/text").setHeader("Accept", "text/plain")
                    .GET().build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET text of document " + document + ": " + response.statusCode());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the text of document " + document, e);
        }
    }
}
