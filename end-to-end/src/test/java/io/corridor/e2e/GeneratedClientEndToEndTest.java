package io.corridor.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.client.ApiClient;
import io.corridor.client.ApiException;
import io.corridor.client.api.ActorsApi;
import io.corridor.client.api.ClaimsApi;
import io.corridor.client.api.DocumentsApi;
import io.corridor.client.api.SearchApi;
import io.corridor.client.model.Actor;
import io.corridor.client.model.ClaimCheck;
import io.corridor.client.model.DocumentView;
import io.corridor.client.model.PageDocument;
import io.corridor.client.model.SearchPage;
import io.corridor.client.model.Verdict;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;

/**
 * An external application's flow with the Java client that openapi-generator made at build time
 * from the gateway's stored OpenAPI document (end-to-end pom, generate-test-sources): a token by
 * client credentials on corridor-api, then documents listed, searched and viewed, an actor read, a
 * figure checked, and a problem read from a refusal. If the document drifted from the API, this
 * client would not compile or would not read the answers.
 */
@ExtendWith(Stack.class)
class GeneratedClientEndToEndTest {

    static final String API = Stack.GATEWAY + "/api/v1";
    static final String FILE = "communique-mali-ue-dialogue-migration-2016.txt";

    static long document;
    static long actor;
    static String indicator;
    static ApiClient client;

    /** Data the application reads, written by the team's users (the application itself is a reader). */
    @BeforeAll
    static void teamData() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(System.getProperty("corridor.corpus", "../../shared/corpus")).resolve(FILE));
        var upload = given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart(new MultiPartSpecBuilder(bytes).controlName("file").fileName(FILE).mimeType("text/plain").build())
                .when().post(API + "/documents").then().extract();
        assertTrue(upload.statusCode() == 201 || upload.statusCode() == 200, "upload answered " + upload.statusCode());
        document = ((Number) upload.path("id")).longValue();
        actor = ((Number) given().auth().oauth2(Tokens.of("curator")).contentType(ContentType.JSON)
                .body(Map.of("kind", "regional_organization", "name", "Union européenne (client généré)", "country", "MLI"))
                .when().post(API + "/actors").then().statusCode(201).extract().path("id")).longValue();
        indicator = "E2E.CLIENT." + ThreadLocalRandom.current().nextInt(1_000_000);
        given().auth().oauth2(Tokens.of("curator")).contentType(ContentType.JSON)
                .body(Map.of("nameEn", "Remittances (generated client test)", "unit", "USD", "source", "end-to-end"))
                .when().put(API + "/indicators/" + indicator).then().statusCode(201);

        // What an application does: client credentials on corridor-api, the token on every call.
        String token = Tokens.application(Realm.apiClientSecret());
        client = new ApiClient();
        client.updateBaseUri(Stack.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @Test
    void anApplicationListsSearchesReadsAndChecksWithTheGeneratedClient() throws ApiException {
        DocumentsApi documents = new DocumentsApi(client);
        PageDocument listed = documents.listDocuments(null, null, null, 0, 100, null, null);
        assertTrue(listed.getTotal() >= 1);
        assertTrue(listed.getItems().stream().anyMatch(d -> d.getId() == document), "document " + document + " listed");

        SearchPage hits = new SearchApi(client).searchDocuments("\"dialogue de haut niveau\"", null, null, null, 0, 20, null, null);
        assertTrue(hits.getItems().stream().anyMatch(h -> h.getDocument().getId() == document), "document found by search");

        DocumentView view = documents.getDocumentView(document);
        assertEquals(document, view.getDocument().getId());
        assertTrue(view.getVersions() == null || !view.getVersions().isEmpty());

        ActorsApi actors = new ActorsApi(client);
        Actor read = actors.getActor(actor, null); // no ?at=: the name in use today
        assertEquals("Union européenne (client généré)", read.getName());
        assertEquals(actor, actors.getActorDossier(actor).getActor().getId());

        Verdict verdict = new ClaimsApi(client).checkClaim(new ClaimCheck().indicator(indicator).country("MLI")
                .period("2019").value(new BigDecimal("964000000000")).unit("USD"), null); // no Idempotency-Key
        // no observation of this indicator: nothing to compare with
        assertEquals("no_data", verdict.getVerdict().getValue());
    }

    @Test
    void aRefusalReachesTheApplicationAsAProblemDocument() throws Exception {
        ApiException missing = assertThrows(ApiException.class, () -> new DocumentsApi(client).getDocument(987654321L));
        assertEquals(404, missing.getCode());
        JsonNode problem = new ObjectMapper().readTree(missing.getResponseBody());
        assertEquals(404, problem.path("status").asInt());
        assertTrue(problem.path("type").asText().startsWith("urn:corridor:problem:"), problem.toString());
        // and the application, a reader, may not write
        ApiException refused = assertThrows(ApiException.class, () -> new ClaimsApi(client).createClaim(
                new io.corridor.client.model.ClaimDraft().document("x").indicator(indicator).country("MLI").period("2019")
                        .value(BigDecimal.ONE).unit("USD"), null));
        assertEquals(403, refused.getCode());
    }
}
