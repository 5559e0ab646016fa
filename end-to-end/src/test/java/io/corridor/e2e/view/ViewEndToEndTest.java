package io.corridor.e2e.view;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The composite views through the real gateway on a corpus document: the document with its
 * versions, the actor its text names, the claim stated in it with its verdict, the annotations
 * the caller may see; the actor's dossier; and, with the remittance-service really stopped (and
 * started again), both views still answer 200 and name what is missing.
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViewEndToEndTest {

    static final String API = Stack.GATEWAY + "/api/v1";
    static final String FILE = "diaspora-engagement-mapping-mali.md";
    /** Named once in the document ("## **Conseil des Maliens d'Italie**") and by no other test. */
    static final String ACTOR = "Conseil des Maliens d'Italie";

    static long document;
    static long actor;
    static String indicator;

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    @BeforeAll
    static void corpusDocumentActorAndClaim() throws IOException {
        Path corpus = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"));
        byte[] bytes = Files.readAllBytes(corpus.resolve(FILE));
        // Multipart bodies are beyond the contract filter's validator (see DocumentEndToEndTest).
        var upload = given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart(new MultiPartSpecBuilder(bytes).controlName("file").fileName(FILE).mimeType("text/markdown").build())
                .when().post(API + "/documents").then().extract();
        assertTrue(upload.statusCode() == 201 || upload.statusCode() == 200, "upload answered " + upload.statusCode());
        document = ((Number) upload.path("id")).longValue();

        actor = ((Number) as("curator").contentType(ContentType.JSON)
                .body(Map.of("kind", "diaspora_association", "name", ACTOR, "country", "MLI")).when().post(API + "/actors")
                .then().statusCode(201).extract().path("id")).longValue();

        // A catalogue entry of this test's own, so that the claim does not depend on another suite's import.
        indicator = "E2E.VIEW." + ThreadLocalRandom.current().nextInt(1_000_000);
        as("curator").contentType(ContentType.JSON).body(Map.of("nameEn", "Remittances (view test)", "unit", "USD",
                "source", "end-to-end", "periodicity", "annual")).when().put(API + "/indicators/" + indicator)
                .then().statusCode(201);
        as("annotator").contentType(ContentType.JSON).body(Map.of("document", FILE, "quote",
                "les seuls envois de fonds étant estimés à 964 milliards de dollars US en 2019", "indicator", indicator,
                "country", "MLI", "period", "2019", "value", 964000000000L, "unit", "USD")).when().post(API + "/claims")
                .then().statusCode(201);
    }

    /**
     * The annotation container of the document-service, asked directly: when it is served, the view's
     * annotations must say the same; when it is not (yet), the view must name the part as missing.
     */
    static Integer servedAnnotations(String filter) {
        var answer = given().noFilters().auth().oauth2(Tokens.of("reader")).accept("application/ld+json")
                .when().get(Stack.DOCUMENT_SERVICE + "/api/v1/annotations/?" + filter).then().extract();
        return answer.statusCode() == 200 ? answer.jsonPath().getInt("total") : null;
    }

    @Test
    @Order(1)
    void theDocumentViewGathersTheThreeServices() {
        JsonPath view = as("reader").when().get(API + "/documents/" + document + "/view").then().statusCode(200)
                .body("document.id", equalTo((int) document), "versions.n", hasItem(1))
                .extract().jsonPath();
        // the actor the text names, with its name read from the actor-service
        Map<String, Object> named = view.getMap("actors.find { it.id == " + actor + " }");
        assertEquals(ACTOR, named.get("name"), "actor in " + view.getList("actors"));
        assertTrue((Integer) named.get("mentions") >= 1);
        assertEquals(ACTOR, named.get("firstExact"));
        // the claim stated in it, found by its file name, with its verdict (no reference data: no_data)
        Map<String, Object> claim = view.getMap("claims.find { it.indicator == '" + indicator + "' }");
        assertEquals("no_data", ((Map<?, ?>) claim.get("verdict")).get("verdict"), "claims " + view.getList("claims"));
        Integer annotations = servedAnnotations("document=" + document);
        if (annotations != null) {
            assertEquals(annotations, view.getInt("annotations.total"));
            assertEquals(List.of(), view.getList("degraded"));
        } else {
            assertEquals(List.of("annotations"), view.getList("degraded.part"));
            assertEquals("document-service", view.getString("degraded[0].service"));
        }
    }

    @Test
    @Order(2)
    void theDossierGathersTheThreeServices() {
        JsonPath dossier = as("reader").when().get(API + "/actors/" + actor + "/dossier").then().statusCode(200)
                .body("actor.id", equalTo((int) actor), "actor.name", equalTo(ACTOR))
                .body("network.centre", equalTo((int) actor), "$", hasKey("relations"), "$", hasKey("timeline"))
                // the documents whose text names it: the corpus document, by a phrase search
                .body("documents.items.document.id", hasItem((int) document), "documents.total", greaterThanOrEqualTo(1))
                .body("$", hasKey("indicators"))
                .extract().jsonPath();
        Integer annotations = servedAnnotations("actor=" + actor);
        if (annotations != null) {
            assertEquals(annotations, dossier.getInt("annotations.total"));
            assertEquals(List.of(), dossier.getList("degraded"));
        } else {
            assertEquals(List.of("annotations"), dossier.getList("degraded.part"));
        }
    }

    @Test
    @Order(3)
    void aMissingDocumentOrActorIsA404AndAnonymousCallersA401() {
        as("reader").when().get(API + "/documents/987654321/view").then().statusCode(404).contentType("application/problem+json");
        as("reader").when().get(API + "/actors/987654321/dossier").then().statusCode(404).contentType("application/problem+json");
        given().when().get(API + "/documents/" + document + "/view").then().statusCode(401);
    }

    /** Last: it stops the remittance-service of the shared stack, and starts it again whatever happens. */
    @Test
    @Order(4)
    void withTheRemittanceServiceStoppedBothViewsStillAnswerAndSaySo() {
        Stack.stop("remittance-service");
        try {
            as("reader").when().get(API + "/documents/" + document + "/view").then().statusCode(200)
                    .body("document.id", equalTo((int) document), "actors.id", hasItem((int) actor))
                    .body("$", not(hasKey("claims")))
                    .body("degraded.find { it.part == 'claims' }.service", equalTo("remittance-service"))
                    .body("degraded.find { it.part == 'claims' }.status", equalTo(503))
                    .body("degraded.find { it.part == 'claims' }.type", equalTo("urn:corridor:problem:service-unavailable"));
            as("reader").when().get(API + "/actors/" + actor + "/dossier").then().statusCode(200)
                    .body("actor.id", equalTo((int) actor), "$", not(hasKey("indicators")))
                    .body("degraded.find { it.part == 'indicators' }.service", equalTo("remittance-service"))
                    .body("degraded.find { it.part == 'indicators' }.status", equalTo(503));
        } finally {
            Stack.start("remittance-service");
        }
        // Back: once the gateway's circuits let calls through again, the claims return, and so do the service's own
        // routes (the relay's circuit is per route, not the composites' client's: the next test class must find it closed).
        for (int attempt = 0; attempt < 30; attempt++) {
            JsonPath view = as("reader").when().get(API + "/documents/" + document + "/view").then().statusCode(200)
                    .extract().jsonPath();
            if (view.get("claims") != null && as("reader").when().get(API + "/indicators").statusCode() == 200) {
                return;
            }
            pause();
        }
        fail("the claims did not come back after the remittance-service restarted");
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
