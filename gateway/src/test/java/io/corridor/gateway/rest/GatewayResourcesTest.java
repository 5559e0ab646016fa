package io.corridor.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The gateway on its own: no service runs behind it in this test (the %test profile points the
 * clients at a closed port), so every downstream call fails for real.
 */
@QuarkusTest
class GatewayResourcesTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/documents", "/api/v1/actors", "/api/v1/indicators" })
    void anonymousGets401Problem(String path) {
        given().when().get(path).then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401), "instance", equalTo(path));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/documents", "/api/v1/actors", "/api/v1/indicators" })
    @TestSecurity(user = "reader", roles = "reader")
    void unreachableServiceGives503WithRetryAfter(String path) {
        given().when().get(path).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("status", equalTo(503));
    }

    @Test
    @TestSecurity(user = "nobody", roles = "guest")
    void aCallerWithoutACorridorRoleIsTurnedAwayAtTheDoor() {
        given().when().get("/api/v1/documents").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void openApiDescribesThePublicContract() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."))
                .body("paths", hasKey("/api/v1/documents"))
                .body("paths", hasKey("/api/v1/actors"))
                .body("paths", hasKey("/api/v1/indicators"))
                .body("paths", org.hamcrest.Matchers.not(hasKey("/login")))
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("paths.'/api/v1/documents'.get.responses.'401'.content", hasKey("application/problem+json"));
    }

    @Test
    void landingPageAndHealthArePublic() {
        given().when().get("/").then().statusCode(200).contentType(ContentType.HTML);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
