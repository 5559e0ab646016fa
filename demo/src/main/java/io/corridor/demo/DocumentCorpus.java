package io.corridor.demo;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Uploads every file of manifest.csv as a document with its metadata. Idempotent: the
 * document-service recognises a byte-identical file by its SHA-256 and answers 200 with the
 * document it already holds, so a second run creates nothing.
 */
public final class DocumentCorpus implements CorpusLoader {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public String load(Api api, Corpus corpus) throws Exception {
        List<CSVRecord> manifest = corpus.csv("manifest.csv");
        int created = 0;
        for (CSVRecord row : manifest) {
            String file = row.get("file");
            Multipart form = new Multipart();
            form.file("file", file, file.endsWith(".md") ? "text/markdown" : "text/plain", Files.readAllBytes(corpus.file(file)));
            form.field("title", row.get("title"));
            form.field("authors", row.get("authors_or_issuer"));
            form.field("date", row.get("date"));
            form.field("language", row.get("language"));
            form.field("kind", row.get("kind"));
            form.field("tags", "corpus");
            var response = api.send(api.request("/api/v1/documents").header("Content-Type", form.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())).build());
            JsonNode document = Api.expect(response, 200, 201);
            if (response.statusCode() == 201) {
                created++;
            } else {
                joinCorpus(api, document, response.headers().firstValue("ETag").orElse(null));
            }
        }
        return manifest.size() + " documents (" + created + " new)";
    }

    /**
     * The same bytes uploaded before, by someone else, come back as that document (200): it joins the corpus tag so
     * that the loaders after this one (evidence annotations look documents up by that tag) find it.
     */
    private static void joinCorpus(Api api, JsonNode document, String etag) throws Exception {
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(t -> tags.add(t.asText()));
        if (tags.contains("corpus") || etag == null) {
            return;
        }
        tags.add("corpus");
        var patch = api.request("/api/v1/documents/" + document.path("id").asLong())
                .header("Content-Type", "application/merge-patch+json").header("If-Match", etag)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Map.of("tags", tags))))
                .build();
        Api.expect(api.send(patch), 200);
    }

    /** A multipart/form-data body, text fields in UTF-8 (public: the bench uploads with it too). */
    public static final class Multipart {
        private final String boundary = "corridor-" + UUID.randomUUID();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public void field(String name, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
        }

        public void file(String name, String fileName, String type, byte[] bytes) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            out.writeBytes(bytes);
            write("\r\n");
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        public byte[] body() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
