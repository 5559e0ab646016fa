package io.corridor.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Who gets in through the gateway, with real tokens from the real Keycloak. */
@ExtendWith(Stack.class)
class AuthenticationTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/documents", "/api/v1/actors", "/api/v1/indicators" })
    void anonymousGets401(String path) {
        given().when().get(Stack.GATEWAY + path).then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/documents", "/api/v1/actors", "/api/v1/indicators" })
    void readerGetsAPageFromEachService(String path) {
        // Other suites share the stack and add data: the shape is what holds whatever ran before.
        given().auth().oauth2(Tokens.of("reader")).when().get(Stack.GATEWAY + path).then().statusCode(200)
                .body("page", equalTo(0), "size", equalTo(20), "items", notNullValue(), "total", greaterThanOrEqualTo(0));
    }

    @Test
    void tokensCarryIssuerAudienceExpandedRolesAndTeams() {
        JsonNode curator = Tokens.payload(Tokens.of("curator"));
        assertEquals(Stack.ISSUER, curator.get("iss").asText());
        assertTrue(values(curator.get("aud")).contains("corridor"), "audience corridor: " + curator.get("aud"));
        List<String> roles = values(curator.path("realm_access").path("roles"));
        assertTrue(roles.containsAll(List.of("curator", "annotator", "reader")), "composite roles expanded: " + roles);
        assertTrue(values(curator.get("teams")).contains("sahel-team"), "teams claim: " + curator.get("teams"));
        assertTrue(!values(Tokens.payload(Tokens.of("reader")).path("realm_access").path("roles")).contains("annotator"));
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() throws Exception {
        String real = Tokens.of("admin");
        KeyPair other = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        JsonWebSignature forged = new JsonWebSignature();
        forged.setPayload(Tokens.payload(real).toString());
        forged.setKeyIdHeaderValue(Tokens.header(real).get("kid").asText());
        forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        forged.setKey(other.getPrivate());
        String token = forged.getCompactSerialization();
        given().auth().oauth2(token).when().get(Stack.GATEWAY + "/api/v1/documents").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().get(Stack.DOCUMENT_SERVICE + "/api/v1/documents").then().statusCode(401);
    }

    /**
     * The gateway keeps a verified token with its identity until it expires: the same token again is let in,
     * one altered after it was accepted (its payload given the admin role, its signature kept) is not, at the
     * gateway nor at the service, and the real one still is.
     */
    @Test
    void tokenAlteredAfterItWasAcceptedIsRejected() throws Exception {
        String real = Tokens.of("reader");
        given().auth().oauth2(real).when().get(Stack.GATEWAY + "/api/v1/actors").then().statusCode(200);
        given().auth().oauth2(real).when().get(Stack.GATEWAY + "/api/v1/actors").then().statusCode(200);
        ObjectNode payload = (ObjectNode) Tokens.payload(real);
        ((ArrayNode) payload.get("realm_access").get("roles")).add("admin");
        String[] parts = real.split("\\.");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(altered).when().get(Stack.GATEWAY + "/api/v1/audit").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(altered).when().get(Stack.GATEWAY + "/api/v1/actors").then().statusCode(401);
        given().auth().oauth2(altered).when().get(Stack.ACTOR_SERVICE + "/api/v1/actors").then().statusCode(401);
        given().auth().oauth2(real).when().get(Stack.GATEWAY + "/api/v1/actors").then().statusCode(200);
    }

    @Test
    void unsignedTokenIsRejected() {
        String real = Tokens.of("admin");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String token = header + "." + real.split("\\.")[1] + ".";
        given().auth().oauth2(token).when().get(Stack.GATEWAY + "/api/v1/actors").then().statusCode(401);
    }

    @Test
    void garbageBearerIsRejected() {
        given().auth().oauth2("not-a-token").when().get(Stack.GATEWAY + "/api/v1/indicators").then().statusCode(401)
                .contentType("application/problem+json");
    }

    private static List<String> values(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
    }
}
