package io.corridor.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.corridor.gateway.repository.IdempotencyStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Idempotency-Key on POSTs against real PostgreSQL and a real HTTP stand-in for the services that counts
 * the writes reaching it ({@link CountingServices}): a retry gets the first answer and creates nothing twice.
 */
@QuarkusTest
@WithTestResource(CountingServices.class)
class IdempotencyTest {

    private static final String ACTOR = "{\"kind\":\"state\",\"name\":\"%s\",\"country\":\"MLI\"}";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    DataSource database;

    @Inject
    IdempotencyStore store;

    @Test
    @TestSecurity(user = "idem-repeat", roles = { "annotator", "reader" })
    void aRepeatGetsTheFirstAnswerAndCreatesNothingTwice() {
        int before = count("/api/v1/actors");
        ExtractableResponse<Response> first = actor("repeat-1", "Mali").then().statusCode(201).extract();
        ExtractableResponse<Response> again = actor("repeat-1", "Mali").then().statusCode(201).extract();
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.body().asString(), again.body().asString());
        assertEquals(first.contentType(), again.contentType());
        assertEquals(before + 1, count("/api/v1/actors"));
        // the key may be sent as a structured-field string: the same key
        given().contentType(ContentType.JSON).header("Idempotency-Key", "\"repeat-1\"").body(ACTOR.formatted("Mali"))
                .when().post("/api/v1/actors").then().statusCode(201).header("Location", first.header("Location"));
        assertEquals(before + 1, count("/api/v1/actors"));
    }

    @Test
    @TestSecurity(user = "idem-plain", roles = { "annotator", "reader" })
    void withoutTheHeaderNothingChanges() {
        int before = count("/api/v1/actors");
        String body = ACTOR.formatted("Niger");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/actors").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/actors").then().statusCode(201);
        assertEquals(before + 2, count("/api/v1/actors"));
    }

    @Test
    @TestSecurity(user = "idem-other", roles = { "annotator", "reader" })
    void theSameKeyForAnotherRequestIs422() {
        actor("reused-1", "Mali").then().statusCode(201);
        int before = count("/api/v1/actors");
        actor("reused-1", "Sénégal").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:corridor:problem:idempotency-key-reused"))
                .body("errors.field", hasItem("Idempotency-Key"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "reused-1").body(ACTOR.formatted("Mali"))
                .when().post("/api/v1/relations").then().statusCode(422).body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(before, count("/api/v1/actors"));
    }

    @Test
    @TestSecurity(user = "idem-concurrent", roles = { "annotator", "reader" })
    void aDuplicateSentWhileTheFirstIsInFlightIs409ThenGetsTheAnswer() throws Exception {
        int before = count("/api/v1/actors");
        CompletableFuture<ExtractableResponse<Response>> first = CompletableFuture
                .supplyAsync(() -> actor("concurrent-1", "slow").then().extract());
        call("GET", "/test/arrived");
        actor("concurrent-1", "slow").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:corridor:problem:idempotency-key-in-use"))
                .body("errors.field", hasItem("Idempotency-Key"));
        call("POST", "/test/release");
        ExtractableResponse<Response> answered = first.get(60, TimeUnit.SECONDS);
        assertEquals(201, answered.statusCode());
        actor("concurrent-1", "slow").then().statusCode(201).header("Location", answered.header("Location"));
        assertEquals(before + 1, count("/api/v1/actors"));
    }

    @Test
    @TestSecurity(user = "idem-failure", roles = { "annotator", "reader" })
    void aServerFailureIsNotKeptSoTheClientMayRetry() {
        int before = count("/boom");
        actor("failure-1", "boom").then().statusCode(greaterThanOrEqualTo(500));
        actor("failure-1", "boom").then().statusCode(greaterThanOrEqualTo(500));
        assertEquals(before + 2, count("/boom"), "the retry reached the service again");
        assertEquals(0, rows("select count(*) from idempotency_record where idempotency_key = 'failure-1'"));
    }

    @Test
    @TestSecurity(user = "idem-expiry", roles = { "annotator", "reader" })
    void anExpiredKeyIsPurgedAndDoesNothingAnyMore() throws Throwable {
        String location = actor("expiry-1", "Mali").then().statusCode(201).extract().header("Location");
        update("update idempotency_record set expires = now() - interval '1 second' where idempotency_key = 'expiry-1'");
        int before = count("/api/v1/actors");
        String again = actor("expiry-1", "Mali").then().statusCode(201).extract().header("Location");
        assertNotEquals(location, again, "an expired key is a new request");
        assertEquals(before + 1, count("/api/v1/actors"));
        update("update idempotency_record set expires = now() - interval '1 second' where idempotency_key = 'expiry-1'");
        assertTrue(store.purge().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS) >= 1);
        assertEquals(0, rows("select count(*) from idempotency_record where expires < now()"));
        assertEquals(24 * 3600, store.retention().toSeconds());
    }

    /** Two callers, one key: whichever runs first, the other's request is its own (created, never 422). */
    @Test
    @TestSecurity(user = "idem-alice", roles = { "annotator", "reader" })
    void keysAreTheCallersOwnAlice() {
        int before = count("/api/v1/actors");
        actor("shared-key", "Alice's actor").then().statusCode(201);
        assertEquals(before + 1, count("/api/v1/actors"));
    }

    @Test
    @TestSecurity(user = "idem-bob", roles = { "annotator", "reader" })
    void keysAreTheCallersOwnBob() {
        int before = count("/api/v1/actors");
        actor("shared-key", "Bob's actor").then().statusCode(201);
        assertEquals(before + 1, count("/api/v1/actors"));
    }

    @Test
    @TestSecurity(user = "idem-invalid", roles = { "annotator", "reader" })
    void aMalformedKeyIs400NamingTheHeader() {
        int before = count("/api/v1/actors");
        for (String key : new String[] { "x".repeat(256), "two words", "é", "\"\"" }) {
            actor(key, "Mali").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("Idempotency-Key"));
        }
        actor("x".repeat(255), "Mali").then().statusCode(201);
        assertEquals(before + 1, count("/api/v1/actors"));
    }

    @Test
    @TestSecurity(user = "idem-upload", roles = { "annotator", "reader" })
    void aRepeatedUploadIsStoredOnceWhateverTheMultipartBoundary() {
        int before = count("/api/v1/documents");
        byte[] file = "Communiqué conjoint du 11 décembre 2016".getBytes(StandardCharsets.UTF_8);
        ExtractableResponse<Response> first = upload("upload-1", "boundary-one", file).then().statusCode(201).extract();
        ExtractableResponse<Response> again = upload("upload-1", "boundary-two", file).then().statusCode(201).extract();
        assertEquals("/api/v1/documents/" + first.path("id"), first.header("Location"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.body().asString(), again.body().asString());
        assertEquals(before + 1, count("/api/v1/documents"));
        upload("upload-1", "boundary-one", "another file".getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(before + 1, count("/api/v1/documents"));
    }

    @Test
    @TestSecurity(user = "idem-import", roles = { "curator", "annotator", "reader" })
    void aRepeatedStreamedImportIsDigestedNotBufferedAndImportedOnce() {
        int before = count("/api/v1/indicators/imports");
        String csv = "Country Name,Country Code,Indicator Name,Indicator Code,2020\nMali,MLI,Remittances,BX.TRF.PWKR.CD.DT,1\n";
        String first = csvImport("import-1", csv).then().statusCode(200).extract().body().asString();
        String again = csvImport("import-1", csv).then().statusCode(200).extract().body().asString();
        assertEquals(first, again);
        assertEquals(before + 1, count("/api/v1/indicators/imports"));
        csvImport("import-1", csv.replace(",1\n", ",2\n")).then().statusCode(422).body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(before + 1, count("/api/v1/indicators/imports"));
    }

    private static Response actor(String key, String name) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(ACTOR.formatted(name))
                .when().post("/api/v1/actors");
    }

    private static Response upload(String key, String boundary, byte[] file) {
        return given().contentType("multipart/form-data; boundary=" + boundary).header("Idempotency-Key", key)
                .multiPart("file", "communique.txt", file, "text/plain").multiPart("title", "Communiqué")
                .when().post("/api/v1/documents");
    }

    private static Response csvImport(String key, String csv) {
        return given().contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .when().post("/api/v1/indicators/imports");
    }

    private int count(String path) {
        return Integer.parseInt(call("GET", "/test/count" + path));
    }

    private String call(String method, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ConfigProvider.getConfig().getValue("counting-services.url", String.class) + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long rows(String sql) {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql) {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
