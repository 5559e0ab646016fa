package io.corridor.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Rate limits, body limits, CORS and security headers of the public door. */
@QuarkusTest
@TestProfile(ProtectionTest.SmallBuckets.class)
class ProtectionTest {

    public static class SmallBuckets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("corridor.rate-limit.user.capacity", "3", "corridor.rate-limit.user.period", "1H",
                    "quarkus.http.limits.max-body-size", "1K",
                    "quarkus.http.cors.origins", "https://allowed.example");
        }
    }

    @Test
    @TestSecurity(user = "limited-user", roles = "reader")
    void theFourthCallWithinTheHourGets429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/indicators").then().statusCode(not(equalTo(429)));
        }
        given().when().get("/api/v1/indicators").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("type", equalTo("urn:corridor:problem:rate-limited"));
    }

    @Test
    @TestSecurity(user = "another-user", roles = "reader")
    void anotherUserHasABucketOfTheirOwn() {
        given().when().get("/api/v1/indicators").then().statusCode(not(equalTo(429)));
    }

    @Test
    @TestSecurity(user = "big-body-user", roles = "annotator")
    void aBodyOverTheLimitGets413Problem() {
        given().contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(4096) + "\"}")
                .when().post("/api/v1/actors").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void securityHeadersOnApiErrorsAndPages() {
        given().when().get("/api/v1/actors").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", containsString("max-age="));
        given().when().get("/q/health/live").then().header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void corsOnlyForConfiguredOrigins() {
        given().header("Origin", "https://allowed.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/actors").then().header("Access-Control-Allow-Origin", "https://allowed.example");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/actors").then().header("Access-Control-Allow-Origin", (String) null);
    }
}
