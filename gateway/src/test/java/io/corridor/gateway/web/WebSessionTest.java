package io.corridor.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The cookie/bearer split of the API and the CSRF guard, on the gateway alone. Without Keycloak no
 * session can be real: wrong tokens, sign-in and expiry are checked by the end-to-end WebClientTest.
 */
@QuarkusTest
class WebSessionTest {

    @Test
    void aCookieWriteWithoutTheCsrfHeaderIsRefusedWith403Problem() {
        given().cookie("q_session_web", "anything").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/actors")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:corridor:problem:csrf"))
                .body("detail", containsString("X-CSRF-Token"))
                .body("instance", equalTo("/api/v1/actors"));
    }

    @Test
    void aChunkedSessionCookieCountsAsTheSession() {
        given().cookie("q_session_web_chunk_1", "anything").contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/annotations/0b5e")
                .then().statusCode(403).body("type", equalTo("urn:corridor:problem:csrf"));
    }

    @Test
    void readsWithTheCookieNeedNoToken() {
        given().cookie("q_session_web", "anything").when().get("/api/v1/actors")
                .then().statusCode(not(equalTo(403)));
    }

    @Test
    void aBearerCallIsNotAskedForACsrfTokenEvenWithACookie() {
        // No Keycloak here: the token cannot be verified, but the CSRF guard must not be what answers.
        given().header("Authorization", "Bearer not-a-real-token").cookie("q_session_web", "anything")
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/actors")
                .then().statusCode(not(equalTo(403))).body(not(containsString("csrf")));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void writesWithoutTheCookieAreNotConcerned() {
        // Past the door, the write meets no actor-service in this test.
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/actors")
                .then().statusCode(503).body("type", equalTo("urn:corridor:problem:service-unavailable"));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void meNamesTheCallerAndItsCorridorRoles() {
        given().when().get("/api/v1/me").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("username", equalTo("annotator"))
                .body("roles", equalTo(java.util.List.of("reader", "annotator")))
                .body("csrfToken", nullValue());
    }

    @Test
    void meWithoutAnyCredentialIs401ProblemNotARedirect() {
        given().redirects().follow(false).when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
