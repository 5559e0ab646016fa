package io.corridor.e2e;

import static io.restassured.RestAssured.given;

import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real access tokens from the stack's Keycloak, one per demo user (password = user name). */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN_ENDPOINT = Stack.ISSUER + "/protocol/openid-connect/token";

    private Tokens() {
    }

    /**
     * Password grant on the public corridor-cli client, as scripts do. Tokens live 5 minutes, less than the
     * whole suite: one with less than a minute left is replaced (a live event stream ends when its token does).
     */
    public static String of(String user) {
        return CACHE.compute(user, (u, cached) -> cached != null && secondsLeft(cached) > 60 ? cached
                : given().contentType("application/x-www-form-urlencoded")
                        .formParam("grant_type", "password").formParam("client_id", "corridor-cli")
                        .formParam("username", u).formParam("password", u)
                        .when().post(TOKEN_ENDPOINT)
                        .then().statusCode(200).extract().path("access_token"));
    }

    private static long secondsLeft(String token) {
        return payload(token).path("exp").asLong() - java.time.Instant.now().getEpochSecond();
    }

    /** Client credentials on corridor-api, as an external application does. */
    public static String application(String secret) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", "corridor-api")
                .formParam("client_secret", secret)
                .when().post(TOKEN_ENDPOINT)
                .then().statusCode(200).extract().path("access_token");
    }

    public static JsonNode payload(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    public static JsonNode header(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }
}
