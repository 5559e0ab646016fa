package io.corridor.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.extension.ExtendWith;

/** Each service checks the token itself: reaching one without the gateway gains nothing. */
@ExtendWith(Stack.class)
class DirectServiceTest {

    @ParameterizedTest
    @CsvSource({ "28081,/api/v1/documents", "28082,/api/v1/actors", "28083,/api/v1/indicators" })
    void serviceWithoutTokenAnswers401(int port, String path) {
        given().when().get("http://localhost:" + port + path).then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @ParameterizedTest
    @CsvSource({ "28081,/api/v1/documents", "28082,/api/v1/actors", "28083,/api/v1/indicators" })
    void serviceAcceptsAValidToken(int port, String path) {
        given().auth().oauth2(Tokens.of("reader")).when().get("http://localhost:" + port + path).then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({ "28081", "28082", "28083", "28080" })
    void healthIsPublicAndReady(int port) {
        given().when().get("http://localhost:" + port + "/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
