package io.corridor.e2e.annotation;

import static io.corridor.e2e.annotation.Annotations.API;
import static io.corridor.e2e.annotation.Annotations.as;
import static io.corridor.e2e.annotation.Annotations.bodies;
import static io.corridor.e2e.annotation.Annotations.comment;
import static io.corridor.e2e.annotation.Annotations.passageAt;
import static io.corridor.e2e.annotation.Annotations.tag;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;

/**
 * The 24 evidence quotes of the corpus's relations (facts/relations.csv) annotated on the corpus
 * documents through the gateway, as a reader who selected each passage in the text would: every one
 * is stored anchored, at the passage it quotes. Some quotes cross a line break of the extracted
 * text; the selection then holds the text's own line break.
 */
@ExtendWith(Stack.class)
class CorpusEvidenceEndToEndTest {

    static Path corpus() {
        return Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"));
    }

    @Test
    void everyEvidenceQuoteOfTheCorpusIsAnchored() throws IOException {
        List<Map<String, String>> relations = csv(corpus().resolve("facts/relations.csv"));
        assertEquals(24, relations.size());
        String run = Annotations.unique("preuve");
        Map<String, Long> documents = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        Map<Long, Integer> perDocument = new HashMap<>();
        for (Map<String, String> relation : relations) {
            String file = relation.get("document");
            // the corpus file itself: an upload of the same bytes answers the document already stored
            long document = documents.computeIfAbsent(file, f -> Annotations.upload("annotator", f, read(corpus().resolve(f))));
            String text = texts.computeIfAbsent(document, d -> new String(as("reader").when()
                    .get(API + "/documents/" + d + "/text").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8));
            String quote = Normalizer.normalize(relation.get("quote"), Normalizer.Form.NFC);
            // a space of the quote may be a line break (or a no-break space) in the extracted text
            Matcher found = Pattern.compile(Pattern.quote(quote).replace(" ", "\\E[\\s\\u00A0\\u202F]+\\Q")).matcher(text);
            assertTrue(found.find(), () -> "quote of " + relation + " not in the text of " + file);
            String exact = found.group();
            int start = text.codePointCount(0, found.start());
            int end = start + exact.codePointCount(0, exact.length());
            String label = relation.get("subject") + " " + relation.get("predicate") + " " + relation.get("object");
            as("annotator").body(passageAt(document, exact, start, end, "commenting", bodies(comment(label), tag(run))))
                    .when().post(API + "/annotations/").then().statusCode(201)
                    .body("anchorState", equalTo("anchored"),
                            "target.selector.find { it.type == 'TextQuoteSelector' }.exact", equalTo(exact),
                            "target.selector.find { it.type == 'TextPositionSelector' }.start", equalTo(start),
                            "target.selector.find { it.type == 'TextPositionSelector' }.end", equalTo(end));
            perDocument.merge(document, 1, Integer::sum);
        }
        int total = 0;
        for (Map.Entry<Long, Integer> d : perDocument.entrySet()) {
            as("reader").queryParam("document", d.getKey()).queryParam("tag", run).when().get(API + "/annotations/").then()
                    .statusCode(200).body("total", equalTo(0));
            total += as("annotator2").queryParam("document", d.getKey()).queryParam("tag", run).when()
                    .get(API + "/annotations/").then().statusCode(200).body("total", equalTo(d.getValue()))
                    .extract().<Integer> path("total");
        }
        assertEquals(24, total);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** RFC 4180 CSV with a header row: quoted fields may hold commas and doubled quotes. */
    static List<Map<String, String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String s = Files.readString(file);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < r.size() ? r.get(i) : "");
            }
            out.add(m);
        }
        return out;
    }
}
