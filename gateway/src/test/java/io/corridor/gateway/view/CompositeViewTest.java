package io.corridor.gateway.view;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The composite views against a real HTTP stand-in for the document-service and the actor-service
 * ({@link ServiceStub}) with the remittance-service down: the parts are composed, a part that fails
 * is named in degraded with its problem, and the main resource's own answer (404, 308) decides.
 */
@QuarkusTest
@WithTestResource(ServiceStub.class)
class CompositeViewTest {

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void documentViewComposesThePartsAndNamesTheMissingService() {
        ServiceStub.REQUESTS.clear();
        given().when().get("/api/v1/documents/1/view").then().statusCode(200)
                .body("document.id", equalTo(1), "document.title", equalTo("Communiqué conjoint"))
                .body("versions.n", contains(1, 2))
                .body("pages", empty())
                // annotations: total from the container, motivations counted over its embedded page
                .body("annotations.total", equalTo(3))
                .body("annotations.byMotivation.identifying", equalTo(2), "annotations.byMotivation.commenting", equalTo(1))
                .body("annotations.items.id", hasItems("http://localhost:8080/api/v1/annotations/0b5e"))
                // actors: mentions and annotations together, most cited first, ties by id
                .body("actors.id", contains(8, 7, 9))
                .body("actors[0].name", equalTo("Haut Conseil des Maliens de l'Extérieur"))
                .body("actors[0].mentions", equalTo(2), "actors[0].annotations", equalTo(1))
                .body("actors[0].firstStart", equalTo(10), "actors[0].firstExact", equalTo("HCME"))
                .body("actors[1].mentions", equalTo(0), "actors[1].annotations", equalTo(1), "actors[1]", not(hasKey("firstStart")))
                // a merged actor keeps its id, without a name
                .body("actors[2]", not(hasKey("name")), "actors[2].mentions", equalTo(1))
                .body("ambiguousMentions", equalTo(1))
                // the remittance-service is down: claims are missing, and said to be
                .body("$", not(hasKey("claims")))
                .body("degraded.part", contains("claims"))
                .body("degraded[0].service", equalTo("remittance-service"))
                .body("degraded[0].status", equalTo(503))
                .body("degraded[0].type", equalTo("urn:corridor:problem:service-unavailable"))
                .body("degraded[0].detail", equalTo("the remittance-service cannot be reached"));
        // the names come from one batch read of every actor of the view, most cited first; no single reads
        List<String> actorReads = ServiceStub.REQUESTS.stream().filter(r -> r.startsWith("GET /api/v1/actors")).toList();
        assertEquals(List.of("GET /api/v1/actors?ids=8,7,9&size=100"), actorReads);
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void aMissingDocumentIsTheAnswer() {
        given().when().get("/api/v1/documents/2/view").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no /api/v1/documents/2"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void dossierComposesThePartsAndNamesEachFailure() {
        given().when().get("/api/v1/actors/7/dossier").then().statusCode(200)
                .body("actor.id", equalTo(7), "actor.country", equalTo("MLI"))
                .body("relations.predicate", contains("part_of"))
                .body("network.nodes.id", contains(7, 9))
                .body("documents.query", equalTo("\"Délégation générale des Maliens de l'extérieur\" or \"DGME\""))
                .body("documents.total", equalTo(1), "documents.items[0].document.id", equalTo(1))
                .body("annotations.total", equalTo(3))
                .body("$", not(hasKey("timeline")))
                .body("indicators", nullValue())
                // both failures, in a stable order: the service's own problem, and the service that is down
                .body("degraded.part", contains("indicators", "timeline"))
                .body("degraded[0].service", equalTo("remittance-service"), "degraded[0].status", equalTo(503))
                .body("degraded[1].service", equalTo("actor-service"), "degraded[1].status", equalTo(500))
                .body("degraded[1].detail", equalTo("error id 42"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void aMergedActorsDossierMovesToTheSurvivors() {
        given().redirects().follow(false).when().get("/api/v1/actors/9/dossier").then().statusCode(308)
                .header("Location", endsWith("/api/v1/actors/7/dossier"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void aMissingActorIsTheAnswer() {
        given().when().get("/api/v1/actors/5/dossier").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersGet401() {
        given().when().get("/api/v1/documents/1/view").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/actors/7/dossier").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "nobody", roles = "none")
    void callersWithoutTheReaderRoleGet403() {
        given().when().get("/api/v1/documents/1/view").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/actors/7/dossier").then().statusCode(403).contentType("application/problem+json");
    }
}
