package io.corridor.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** Writes through the gateway leave a trace with the real token's user and client; the door sends its headers. */
@ExtendWith(Stack.class)
class AuditTrailTest {

    @Test
    void aRejectedWriteIsTracedWithUserAndClient() {
        given().auth().oauth2(Tokens.of("annotator")).contentType(ContentType.JSON)
                .body("{\"kind\":\"nation\",\"name\":\"Audit probe\"}")
                .when().post(Stack.GATEWAY + "/api/v1/actors").then().statusCode(400);
        given().auth().oauth2(Tokens.of("admin")).queryParam("user", "annotator").queryParam("outcome", "rejected")
                .when().get(Stack.GATEWAY + "/api/v1/audit")
                .then().statusCode(200)
                .body("items.client", hasItem("corridor-cli"), "items.path", hasItem("/api/v1/actors"),
                        "items.status", hasItem(400));
    }

    @Test
    void onlyAdminsReadTheTrail() {
        given().auth().oauth2(Tokens.of("curator")).when().get(Stack.GATEWAY + "/api/v1/audit")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void securityHeadersOnTheRealDoor() {
        given().when().get(Stack.GATEWAY + "/api/v1/documents").then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }
}
