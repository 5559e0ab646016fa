package io.corridor.actor.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import io.corridor.testing.OpenApiContract;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
class ActorResourceTest {

    // A name of its own: the corpus's HCME, which ReconciliationTest reconciles in the same database, must stay unique.
    private static final String NAME = Registry.unique("Haut Conseil des Maliens de l’Extérieur");
    private static final String HCME = """
            {"kind": "diaspora_institution", "name": "%s", "country": "MLI"}""".formatted(NAME);

    @Test
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void curatorRegistersAnAcceptedActorThatReadsBack() {
        String location = given().contentType(ContentType.JSON.withCharset("UTF-8")).body(HCME)
                .when().post("/api/v1/actors")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/actors/"))
                .body("status", equalTo("accepted"), "createdBy", equalTo("curator"), "createdAt", notNullValue())
                .extract().header("Location");
        given().when().get(location).then().statusCode(200)
                .body("name", equalTo(NAME), "kind", equalTo("diaspora_institution"));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void annotatorOnlyProposes() {
        // Members the server sets are sent on purpose: ignored, though the contract does not list them in a draft.
        given().noFiltersOfType(OpenApiContract.class).contentType(ContentType.JSON.withCharset("UTF-8"))
                .body("{\"kind\": \"person\", \"name\": \"Alpha Oumar Konaré\", \"createdBy\": \"someone-else\", \"status\": \"accepted\"}")
                .when().post("/api/v1/actors")
                .then().statusCode(201).body("status", equalTo("proposed"), "createdBy", equalTo("annotator"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readerCannotWrite() {
        given().contentType(ContentType.JSON).body(HCME).when().post("/api/v1/actors")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void unknownKindAndCountryAreRejectedByField() throws Exception {
        long before = count();
        given().contentType(ContentType.JSON).body("{\"kind\": \"wizard\", \"name\": \"Merlin\"}")
                .when().post("/api/v1/actors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"), "detail", containsString("must be one of"));
        given().contentType(ContentType.JSON).body("{\"kind\": \"state\", \"name\": \"Atlantis\", \"country\": \"ATL\"}")
                .when().post("/api/v1/actors")
                .then().statusCode(400).body("errors.field", hasItem("country"));
        given().contentType(ContentType.JSON).body("{\"kind\": \"state\", \"name\": \"  \"}")
                .when().post("/api/v1/actors")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        given().contentType(ContentType.JSON).body("{\"kind\": ")
                .when().post("/api/v1/actors")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).when().post("/api/v1/actors")
                .then().statusCode(400).contentType("application/problem+json");
        org.junit.jupiter.api.Assertions.assertEquals(before, count(), "a refused write stores nothing");
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void unknownActorIsAProblem() {
        given().when().get("/api/v1/actors/999999").then().statusCode(404)
                .contentType("application/problem+json").body("instance", endsWith("/api/v1/actors/999999"));
    }

    private static long count() throws Exception {
        try (Connection c = PostgresResource.connect("actors");
                ResultSet r = c.createStatement().executeQuery("select count(*) from actor")) {
            r.next();
            return r.getLong(1);
        }
    }
}
