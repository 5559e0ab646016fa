package io.corridor.e2e.actor;

import static io.corridor.e2e.actor.ActorEndToEndTest.API;
import static io.corridor.e2e.actor.ActorEndToEndTest.create;
import static io.corridor.e2e.actor.ActorEndToEndTest.word;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;

/**
 * The reconciliation service through the gateway with real tokens, as OpenRefine calls it: the manifest by GET, a
 * batch posted as the form field queries (URL-encoded JSON, charset=UTF-8), a preview. The three spellings of the
 * Malian diaspora council reconcile to one actor, with certainty.
 */
@ExtendWith(Stack.class)
class ReconciliationEndToEndTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void openRefinesRequestsThroughTheGateway() {
        String w = word();
        // A name of its own (other tests and the demo share this registry), written as the corpus writes the council's.
        long council = create("curator", Map.of("kind", "diaspora_institution", "name", "Haut Conseil des Maliens de l’Extérieur " + w,
                "acronyms", List.of("H" + w.substring(3, 7).toUpperCase()), "country", "MLI"));
        String acronym = "H" + w.substring(3, 7).toUpperCase();
        given().auth().oauth2(Tokens.of("reader")).when().get(API + "/reconcile").then().statusCode(200)
                .body("versions", hasItem("0.2"), "defaultTypes.id", hasItem("diaspora_institution"),
                        "preview.url", containsString("/api/v1/reconcile/preview?id={{id}}"));
        String batch = "{\"q0\":{\"query\":\"" + acronym + "\",\"type\":\"diaspora_institution\",\"type_strict\":\"should\"},"
                + "\"q1\":{\"query\":\"Haut Conseil des Maliens de l'Extérieur " + w + "\"},"
                + "\"q2\":{\"query\":\"Haut conseil des maliens de l'exterieur " + w.toLowerCase() + "\",\"properties\":[{\"pid\":\"country\",\"v\":\"MLI\"}]}}";
        var result = given().auth().oauth2(Tokens.of("reader")).contentType(FORM)
                .body("queries=" + URLEncoder.encode(batch, StandardCharsets.UTF_8))
                .when().post(API + "/reconcile").then().statusCode(200);
        for (String q : List.of("q0", "q1", "q2")) {
            result.body(q + ".result[0].id", equalTo(String.valueOf(council)), q + ".result[0].match", equalTo(true));
        }
        given().auth().oauth2(Tokens.of("reader")).accept("text/html").queryParam("id", council).when()
                .get(API + "/reconcile/preview").then().statusCode(200).body(containsString("Haut Conseil des Maliens"));
        // no token, no reconciliation; a malformed batch is a problem naming the field
        given().contentType(FORM).body("queries={}").when().post(API + "/reconcile").then().statusCode(401);
        given().auth().oauth2(Tokens.of("reader")).contentType(FORM).body("queries=%7B").when().post(API + "/reconcile")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("queries"));
    }
}
