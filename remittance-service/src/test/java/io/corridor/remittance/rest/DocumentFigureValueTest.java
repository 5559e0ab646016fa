package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * A figure stated in a document whose JSON value no statistic can have: refused naming the value,
 * as the importers refuse such a cell, with nothing stored. Jackson reads each of these as a
 * BigDecimal; written out digit by digit, 1E-999999999 is a billion characters and 1E-2147483647 more
 * than a Java string holds.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class DocumentFigureValueTest {

    private static final String INDICATOR = "/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations";

    @BeforeEach
    void clean() throws Exception {
        Fixtures.clean();
    }

    @ParameterizedTest
    @ValueSource(strings = { "1e999", "-1E999999999", "1E2147483647", "1E-2147483647", "1E-999999999", "1E-16384" })
    void aValueOfAbsurdMagnitudeOrPrecisionIsRefusedNamingTheValue(String value) throws Exception {
        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(figure(value)).when().post(INDICATOR).then()
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("value"));
        assertEquals(0, count("select count(*) from observation"), value + " left an observation");
        // refused from the value as written, never from a billion digits written out
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, value + " took too long");
    }

    @Test
    void aValueLongerThanTheJsonReaderTakesIsABadBody() {
        // Jackson stops reading a number at 1000 characters, before it knows the field: the problem names the body
        given().contentType(ContentType.JSON).body(figure("0." + "1".repeat(5000))).when().post(INDICATOR).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void aValueWrittenWithAnExponentIsStoredAsItsNumber() {
        given().contentType(ContentType.JSON).body(figure("9.64E+11")).when().post(INDICATOR).then()
                .statusCode(201).body("value", equalTo(964000000000L));
    }

    /** The body as raw JSON, so that the number reaches the service exactly as written. */
    private static String figure(String value) {
        return "{\"country\":\"MLI\",\"period\":\"2019\",\"value\":" + value + ",\"document\":\"figures.md\"}";
    }
}
