package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corridor.testing.OpenApiContract;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The registry as a reconciliation service, driven by the requests OpenRefine 3.x sends: its manifest read by GET,
 * a batch posted as the form field queries (URL-encoded JSON, Content-Type with charset=UTF-8, the Accept header
 * of Java's HttpURLConnection), previews, proposed properties and data extension, against the corpus's 92 actors
 * (the other tests of this database give their actors names of their own, so that what is ambiguous is only what
 * the corpus makes so).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class ReconciliationTest {

    /** What OpenRefine's HttpURLConnection sends as Accept when the code sets none. */
    private static final String URL_CONNECTION_ACCEPT = "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2";
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static Map<String, Long> corpus;

    @BeforeEach
    void registry() throws Exception {
        if (corpus == null) {
            corpus = CorpusActors.all();
        }
    }

    /** A form post as OpenRefine writes it: name=URL-encoded JSON. */
    private static ValidatableResponse post(String field, String json) {
        return given().contentType(FORM).body(field + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8))
                .when().post("/api/v1/reconcile").then();
    }

    @Test
    void manifestTellsOpenRefineWhatItNeeds() {
        JsonPath manifest = given().when().get("/api/v1/reconcile")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertTrue(manifest.getList("versions").contains("0.2"));
        assertEquals("http://localhost:8080/api/v1/actors/", manifest.getString("identifierSpace"));
        assertTrue(manifest.getList("defaultTypes.id").containsAll(List.of("actor", "instrument", "diaspora_institution", "person")));
        assertEquals("http://localhost:8080/api/v1/reconcile/preview?id={{id}}", manifest.getString("preview.url"));
        assertEquals("/api/v1/reconcile/properties", manifest.getString("extend.propose_properties.service_path"));
    }

    @Test
    void openRefinesOwnHeadersAreServed() {
        // Its Accept header holds "*", which is no media type: the contract validator refuses it, the service must not.
        given().noFiltersOfType(OpenApiContract.class).header("Accept", URL_CONNECTION_ACCEPT).when().get("/api/v1/reconcile")
                .then().statusCode(200).contentType("application/json").body("versions", hasItem("0.2"));
        given().noFiltersOfType(OpenApiContract.class).header("Accept", URL_CONNECTION_ACCEPT).contentType(FORM)
                .body("queries=" + URLEncoder.encode("{\"q0\":{\"query\":\"Haut conseil des maliens de l'exterieur\"}}",
                        StandardCharsets.UTF_8))
                .when().post("/api/v1/reconcile").then().statusCode(200).contentType("application/json")
                .body("q0.result[0].id", equalTo(String.valueOf(corpus.get("hcme"))), "q0.result[0].match", equalTo(true));
    }

    @Test
    void theThreeWaysOfWritingTheHcmeAreOneActor() {
        long hcme = corpus.get("hcme");
        String batch = """
                {"q0":{"query":"HCME","type":"diaspora_institution","type_strict":"should","limit":3},
                 "q1":{"query":"Haut Conseil des Maliens de l'Extérieur","type":"actor","type_strict":"should"},
                 "q2":{"query":"Haut conseil des maliens de l'exterieur","properties":[{"pid":"country","v":"MLI"}]},
                 "q3":{"query":"Haut Conseil des Maliens de l’Extérieur"}}""";
        JsonPath result = post("queries", batch).statusCode(200).contentType("application/json").extract().jsonPath();
        for (String q : List.of("q0", "q1", "q2", "q3")) {
            assertEquals(String.valueOf(hcme), result.getString(q + ".result[0].id"), q);
            assertEquals(100f, result.getFloat(q + ".result[0].score"), q);
            assertTrue(result.getBoolean(q + ".result[0].match"), q + " is a certain match");
            assertEquals("diaspora_institution", result.getString(q + ".result[0].type[0].id"));
            // no other candidate is certain
            assertEquals(1, result.getList(q + ".result.findAll { it.match }").size(), q);
        }
        assertTrue(result.getList("q0.result").size() <= 3, "limit holds");
    }

    @Test
    void nearNamesRankTheActorFirstButAreNotCertain() {
        long hcme = corpus.get("hcme");
        JsonPath result = post("queries", """
                {"q0":{"query":"Haut Conseil des Malien de l'Exterieur"},
                 "q1":{"query":"HCME","properties":[{"pid":"country","v":"FRA"}]},
                 "q2":{"query":"Maliens de l'Extérieur"}}""")
                .statusCode(200).extract().jsonPath();
        assertEquals(String.valueOf(hcme), result.getString("q0.result[0].id"));
        assertTrue(result.getFloat("q0.result[0].score") < 100, "a typo is not an exact name");
        assertTrue(!result.getBoolean("q0.result[0].match"));
        // a contradicted property costs the score and the certainty
        assertEquals(70f, result.getFloat("q1.result[0].score"));
        assertTrue(!result.getBoolean("q1.result[0].match"));
        assertTrue(result.getList("q2.result.id").contains(String.valueOf(hcme)), "words of the name find it");
    }

    @Test
    void typesFilterAndSharedNamesAreNeverCertain() {
        // "Mali" is a state; as a person it names nobody
        post("queries", "{\"q0\":{\"query\":\"Mali\",\"type\":\"person\"}}").statusCode(200)
                .body("q0.result.type.flatten().id", not(hasItem("state")));
        post("queries", "{\"q0\":{\"query\":\"Mali\",\"type\":\"state\"}}").statusCode(200)
                .body("q0.result[0].id", equalTo(String.valueOf(corpus.get("mali"))), "q0.result[0].match", equalTo(true));
    }

    @Test
    void jsonBodyAnswersAsTheForm() {
        json().body("{\"queries\": {\"a\": {\"query\": \"HCME\"}}}").when().post("/api/v1/reconcile/queries")
                .then().statusCode(200).body("a.result[0].id", equalTo(String.valueOf(corpus.get("hcme"))),
                        "a.result[0].match", equalTo(true));
    }

    @Test
    void previewPropertiesAndExtension() {
        long hcme = corpus.get("hcme");
        given().accept("text/html").queryParam("id", hcme).when().get("/api/v1/reconcile/preview").then().statusCode(200)
                .contentType("text/html").body(containsString("Haut Conseil des Maliens de l&#39;Extérieur"), containsString("MLI"));
        given().queryParam("type", "diaspora_institution").queryParam("limit", 2).when().get("/api/v1/reconcile/properties")
                .then().statusCode(200).body("type", equalTo("diaspora_institution"), "properties.id", equalTo(List.of("country", "kind")));
        post("extend", "{\"ids\":[\"" + hcme + "\", \"999999999\"],\"properties\":[{\"id\":\"country\"},{\"id\":\"start\"}]}")
                .statusCode(200).body("meta.id", equalTo(List.of("country", "start")),
                        "rows.'" + hcme + "'.country[0].str", equalTo("MLI"), "rows.'" + hcme + "'.start[0].str", equalTo("1991"),
                        "rows.'999999999'.country.size()", equalTo(0));
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        post("queries", "{\"q0\":").statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("queries"));
        post("queries", "{\"q0\":{\"query\":\"x\",\"type\":\"wizard\"}}").statusCode(400).body("errors.field", hasItem("queries.q0.type"));
        post("queries", "{\"q0\":{\"query\":\"x\",\"limit\":0}}").statusCode(400).body("errors.field", hasItem("queries.q0.limit"));
        post("queries", "{\"q0\":{\"query\":\"x\",\"limit\":\"many\"}}").statusCode(400).body("errors.field", hasItem("queries.q0.limit"));
        post("queries", "{\"q0\":{\"query\":\" \"}}").statusCode(400).body("errors.field", hasItem("queries.q0.query"));
        post("queries", "{\"q0\":{\"query\":\"x\",\"properties\":[{\"pid\":\"shoe_size\",\"v\":\"42\"}]}}").statusCode(400)
                .body("errors.field", hasItem("queries.q0.properties[0].pid"));
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i <= 100; i++) {
            many.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"Mali\"}");
        }
        post("queries", many.append('}').toString()).statusCode(400).body("errors.field", hasItem("queries"));
        given().contentType(FORM).body("other=1").when().post("/api/v1/reconcile").then().statusCode(400)
                .body("errors.field", hasItem("queries"));
        post("extend", "{\"ids\":[\"abc\"],\"properties\":[{\"id\":\"country\"}]}").statusCode(400).body("errors.field", hasItem("ids[0]"));
        given().accept("text/html").queryParam("id", 999999999).when().get("/api/v1/reconcile/preview").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("type", "wizard").when().get("/api/v1/reconcile/properties").then().statusCode(400)
                .body("errors.field", hasItem("type"), "status", lessThan(500));
    }
}
