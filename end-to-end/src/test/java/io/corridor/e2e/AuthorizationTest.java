package io.corridor.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** Roles are checked at the gateway and again by each service with the propagated token. */
@ExtendWith(Stack.class)
class AuthorizationTest {

    private static final String MOPC = """
            {"kind": "ministry", "name": "Ministère des Maliens de l’Extérieur", "country": "MLI"}""";

    @Test
    void readerWriteIsForbiddenAtTheGateway() {
        given().auth().oauth2(Tokens.of("reader")).contentType(ContentType.JSON).body(MOPC)
                .when().post(Stack.GATEWAY + "/api/v1/actors")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void readerWriteIsForbiddenByTheServiceToo() {
        given().auth().oauth2(Tokens.of("reader")).contentType(ContentType.JSON).body(MOPC)
                .when().post(Stack.ACTOR_SERVICE + "/api/v1/actors")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void curatorRegistersThroughTheGatewayAndTheActorReadsBack() {
        String location = given().auth().oauth2(Tokens.of("curator")).contentType(ContentType.JSON).body(MOPC)
                .when().post(Stack.GATEWAY + "/api/v1/actors")
                .then().statusCode(201)
                // a path of the gateway, as every Location it passes on (the service's own address never leaks)
                .header("Location", startsWith("/api/v1/actors/"))
                .body("status", equalTo("accepted"), "createdBy", equalTo("curator"))
                .extract().header("Location");
        given().auth().oauth2(Tokens.of("reader")).when().get(Stack.GATEWAY + location)
                .then().statusCode(200).body("name", equalTo("Ministère des Maliens de l’Extérieur"));
    }

    @Test
    void annotatorOnlyProposes() {
        given().auth().oauth2(Tokens.of("annotator")).contentType(ContentType.JSON)
                .body("{\"kind\": \"diaspora_association\", \"name\": \"Association des Maliens de Montreuil\", \"country\": \"FRA\"}")
                .when().post(Stack.GATEWAY + "/api/v1/actors")
                .then().statusCode(201).body("status", equalTo("proposed"), "createdBy", equalTo("annotator"));
    }

    @Test
    void servicesProblemsPassThroughTheGateway() {
        given().auth().oauth2(Tokens.of("curator")).contentType(ContentType.JSON)
                .body("{\"kind\": \"wizard\", \"name\": \"Merlin\"}")
                .when().post(Stack.GATEWAY + "/api/v1/actors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"), "detail", containsString("must be one of"));
        given().auth().oauth2(Tokens.of("reader")).when().get(Stack.GATEWAY + "/api/v1/actors/987654321")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void externalApplicationReadsWithClientCredentialsButCannotWrite() {
        String token = Tokens.application(System.getProperty("corridor.api.secret", Realm.apiClientSecret()));
        given().auth().oauth2(token).when().get(Stack.GATEWAY + "/api/v1/indicators").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(MOPC)
                .when().post(Stack.GATEWAY + "/api/v1/actors").then().statusCode(403);
    }
}
