package io.corridor.document.rest;

import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * REST Assured labels a body of a media type it does not know (application/ld+json) ISO-8859-1 unless
 * told otherwise, and the service refuses a JSON body in any charset but UTF-8 (415): the tests send
 * what they write, UTF-8 bytes, and say so, as the end-to-end suite does. Before each test, since a
 * test may reset REST Assured (registered in META-INF/services, like test-support's contract check).
 */
public class Utf8Requests implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.config = RestAssured.config()
                .encoderConfig(RestAssured.config().getEncoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
    }
}
