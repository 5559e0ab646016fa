package io.corridor.support.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The request timings are published as histogram buckets, which the p99 alert reads. */
@QuarkusTest
class LatencyHistogramsTest {

    @Test
    void httpServerRequestsHaveBuckets() {
        given().get("/probe?q=x").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_bucket{"));
    }
}
