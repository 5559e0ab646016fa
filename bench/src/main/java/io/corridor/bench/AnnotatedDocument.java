package io.corridor.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.demo.Api;

/**
 * A document of the annotation benchmarks' own (issue #4): corpus text seeded with plain INSERTs in
 * rows shaped as the document-service writes them, tagged so that deleting it takes every
 * annotation, history row and event of the run with it (foreign keys cascade). Annotations are
 * created on one passage with a TextQuoteSelector and a TextPositionSelector, as a client sends them.
 */
final class AnnotatedDocument implements AutoCloseable {

    static final String TAG = "corridor-bench-annotations";
    private static final String CREATOR = "corridor-bench";
    private static final int TEXT_CHARS = 3_000;

    private final Target target;
    final long id;
    private final String exact;
    private final int start;
    private final int end;

    private AnnotatedDocument(Target target, long id, String exact, int start, int end) {
        this.target = target;
        this.id = id;
        this.exact = exact;
        this.start = start;
        this.end = end;
    }

    /** A fresh document of generated corpus prose; the passage annotated is 40 code points of its second sentence. */
    static AnnotatedDocument seed(Target target, long seed) throws Exception {
        String text = CorpusText.read(target).generated(new Random(seed), TEXT_CHARS);
        int startChar = Math.max(0, text.indexOf(". ") + 2);
        int endChar = text.offsetByCodePoints(startChar, 40);
        int start = text.codePointCount(0, startChar);
        long id = Database.insertTextDocument(target, "Annotation benchmark", "other", CREATOR, TAG, "bench-annotations", text);
        return new AnnotatedDocument(target, id, text.substring(startChar, endChar), start, start + 40);
    }

    /** The W3C annotation a client posts: a comment on the passage, both selectors; {@code note} is its text. */
    Map<String, Object> annotation(String note) {
        return Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "type", "Annotation", "motivation", "commenting",
                "body", List.of(Map.of("type", "TextualBody", "value", note, "format", "text/plain",
                        "purpose", "commenting")),
                "target", Map.of("source", target.gateway() + "/api/v1/documents/" + id, "selector", List.of(
                        Map.of("type", "TextQuoteSelector", "exact", exact),
                        Map.of("type", "TextPositionSelector", "start", start, "end", end))));
    }

    /** POST through the gateway; true when stored (201). */
    boolean post(Api api, String note) throws Exception {
        return post(api, "/api/v1/annotations/", note);
    }

    /** Creates one annotation in the container at {@code container}: the gateway's path or a service's URL. */
    boolean post(Api api, String container, String note) throws Exception {
        return api.postJson(container, annotation(note)).statusCode() == 201;
    }

    /** One annotation created through the gateway, its stored row to copy and its JSON-LD. */
    Template template(Api api) throws Exception {
        HttpResponse<String> r = api.postJson("/api/v1/annotations/", annotation("corridor-bench template"));
        JsonNode json = Api.expect(r, 201);
        String iri = json.path("id").asText();
        UUID uuid = UUID.fromString(iri.substring(iri.lastIndexOf('/') + 1));
        try (Connection c = Database.connect(target, "documents");
                PreparedStatement ps = c.prepareStatement("select version, motivation, body::text, target::text, exact, "
                        + "prefix, suffix, start_pos, end_pos, creator, visibility, teams::text, status, anchor_state, "
                        + "tags::text, actor_ids::text from annotation where id = ?")) {
            ps.setObject(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("annotation " + uuid + " was answered 201 but is not stored");
                }
                return new Template(uuid, r.body(), rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                        rs.getString(16));
            }
        }
    }

    /** A stored annotation's columns (arrays and jsonb as text) and the JSON-LD the service wrote for it. */
    record Template(UUID id, String jsonLd, int version, String motivation, String body, String target, String exact,
            String prefix, String suffix, int startPos, int endPos, String creator, String visibility, String teams,
            String status, String anchorState, String tags, String actorIds) {

        /** The JSON-LD of another annotation of the same content (the history's {@code after}, the event's data). */
        String jsonLdOf(UUID other) {
            return jsonLd.replace(id.toString(), other.toString());
        }
    }

    /** Removes the document; its annotations, their history and events go with it. */
    @Override
    public void close() throws Exception {
        try (Connection c = Database.connect(target, "documents")) {
            Database.execute(c, "delete from document where id = " + id);
        }
    }

    /** Documents left by an interrupted run. */
    static void cleanUp(Target target) throws Exception {
        try (Connection c = Database.connect(target, "documents")) {
            Database.execute(c, "delete from document where '" + TAG + "' = any(tags)");
        }
    }
}
