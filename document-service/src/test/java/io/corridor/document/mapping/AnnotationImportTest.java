package io.corridor.document.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.document.api.ImportRejection;

class AnnotationImportTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DOC = "http://localhost:8080/api/v1/documents/7";
    static final String TEXT = "Rapport 😀 : le conseil des Maliens de l'extérieur s'est réuni à Bamako. "
            + "Son président a rencontré le ministre des Affaires étrangères. La délégation a demandé un budget.";

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void hypothesisSearchOutput() throws Exception {
        List<String> quotes = List.of("le conseil des Maliens de l'extérieur", "Son président a rencontré le ministre",
                "La délégation");
        AnnotationImport.Parsed parsed = AnnotationImport.parse(json(HypothesisSample.export(TEXT, quotes)), DOC);

        assertEquals(List.of(0, 1, 2, 5), parsed.annotations().stream().map(ImportedAnnotation::row).toList());
        assertEquals(List.of(3, 4), parsed.rejected().stream().map(ImportRejection::row).toList());
        assertTrue(parsed.rejected().get(0).detail().contains("page note"), parsed.rejected().get(0).detail());
        assertTrue(parsed.rejected().get(1).detail().contains("reply"), parsed.rejected().get(1).detail());

        ImportedAnnotation comment = parsed.annotations().get(0);
        assertEquals("alice@hypothes.is", comment.author());
        assertEquals(quotes.get(0), comment.exact());
        assertEquals(12, comment.start(), "code points: the emoji counts one (13 UTF-16 units)");
        assertEquals("Rapport 😀 : ", comment.prefix());
        JsonNode a = comment.annotation();
        assertEquals("commenting", a.get("motivation").asText());
        assertEquals(DOC, a.at("/target/source").asText());
        assertEquals("text/markdown", a.at("/body/0/format").asText());
        assertEquals("Who else sat on this council? See the **2012** decree.", a.at("/body/0/value").asText());
        assertEquals("tagging", a.at("/body/1/purpose").asText());
        assertEquals("institutions", a.at("/body/1/value").asText());
        assertEquals("diaspora", a.at("/body/2/value").asText());
        assertEquals("TextQuoteSelector", a.at("/target/selector/0/type").asText());
        assertEquals("TextPositionSelector", a.at("/target/selector/1/type").asText());
        assertEquals(12, a.at("/target/selector/1/start").asInt());

        ImportedAnnotation highlight = parsed.annotations().get(1);
        assertEquals("highlighting", highlight.annotation().get("motivation").asText());
        assertEquals(0, highlight.annotation().get("body").size());
        assertNull(highlight.start(), "a RangeSelector gives no position in our text");
        assertEquals(1, highlight.annotation().at("/target/selector").size());

        assertEquals("tagging", parsed.annotations().get(2).annotation().get("motivation").asText());
        assertEquals("bob@hypothes.is", parsed.annotations().get(3).author());
    }

    @Test
    void hypothesisRowsAsAnArray() throws Exception {
        JsonNode rows = json(HypothesisSample.export(TEXT, List.of("conseil", "président", "budget"))).get("rows");
        AnnotationImport.Parsed parsed = AnnotationImport.parse(rows, DOC);
        assertEquals(4, parsed.annotations().size());
        assertEquals(2, parsed.rejected().size());
    }

    static final String W3C = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://other.example/anno/1", "type": "Annotation",
             "motivation": "commenting", "creator": {"id": "https://other.example/users/ann", "name": "Ann"},
             "body": {"type": "TextualBody", "value": "Important", "format": "text/plain", "language": "en"},
             "target": {"source": "https://other.example/doc.html",
                        "selector": {"type": "TextQuoteSelector", "exact": "Bamako", "prefix": "réuni à ", "suffix": ". Son"}}}
            """;

    @Test
    void aSingleW3cAnnotation() throws Exception {
        AnnotationImport.Parsed parsed = AnnotationImport.parse(json(W3C), DOC);
        assertEquals(1, parsed.annotations().size());
        ImportedAnnotation a = parsed.annotations().get(0);
        assertEquals("Ann", a.author());
        assertEquals("Bamako", a.exact());
        assertEquals(DOC, a.annotation().at("/target/source").asText());
        assertEquals("Important", a.annotation().at("/body/value").asText());
        assertTrue(a.annotation().get("id") == null, "ids are the server's");
    }

    @Test
    void collectionPageAndArray() throws Exception {
        String page = "{\"type\": \"AnnotationPage\", \"items\": [" + W3C + ", {\"type\": \"Annotation\", \"bodyValue\": \"note\","
                + " \"target\": \"https://other.example/doc.html\"}]}";
        String collection = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": [\"AnnotationCollection\"],"
                + " \"total\": 2, \"first\": " + page + "}";
        for (String body : List.of(page, collection, "[" + W3C + ", {\"type\": \"Annotation\", \"target\": \"https://other.example/doc.html\"}]")) {
            AnnotationImport.Parsed parsed = AnnotationImport.parse(json(body), DOC);
            assertEquals(1, parsed.annotations().size(), body);
            assertEquals(1, parsed.rejected().size(), body);
            assertEquals(1, parsed.rejected().get(0).row());
            assertTrue(parsed.rejected().get(0).detail().contains("no selector"), parsed.rejected().get(0).detail());
        }
        AnnotationImport.Parsed bodyValue = AnnotationImport.parse(json("{\"type\": \"Annotation\", \"bodyValue\": \"note\","
                + " \"target\": {\"source\": \"x\", \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"Bamako\"}]}}"), DOC);
        assertEquals("note", bodyValue.annotations().get(0).annotation().at("/body/0/value").asText());
    }

    @Test
    void refusedShapes() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> AnnotationImport.parse(json("{\"hello\": 1}"), DOC));
        assertThrows(IllegalArgumentException.class, () -> AnnotationImport.parse(json("\"text\""), DOC));
        assertThrows(IllegalArgumentException.class,
                () -> AnnotationImport.parse(json("{\"type\": \"AnnotationCollection\", \"first\": \"https://x/page1\"}"), DOC));
        AnnotationImport.Parsed parsed = AnnotationImport.parse(json("[1, {\"type\": \"Annotation\", \"target\": {\"selector\":"
                + " {\"type\": \"RangeSelector\"}}}]"), DOC);
        assertEquals(2, parsed.rejected().size());
        assertTrue(parsed.rejected().get(1).detail().contains("RangeSelector"));
    }
}
