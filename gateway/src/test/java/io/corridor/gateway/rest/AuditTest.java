package io.corridor.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Every write through the gateway leaves a record that only admins read. */
@QuarkusTest
class AuditTest {

    @Test
    @TestSecurity(user = "audit-admin", roles = { "admin", "curator", "annotator", "reader" })
    void everyWriteIsRecordedWithItsOutcomeAndAdminsSearchIt() {
        // No actor-service runs behind the gateway in this test: a valid write fails with 503, and is recorded.
        given().contentType(ContentType.JSON).body("{\"kind\":\"state\",\"name\":\"Mali\",\"country\":\"MLI\"}")
                .when().post("/api/v1/actors").then().statusCode(503);
        // A write refused at the door (no X-CSRF-Token from a browser session would do too): a malformed Idempotency-Key.
        given().contentType(ContentType.JSON).header("Idempotency-Key", "").body("{}")
                .when().post("/api/v1/actors").then().statusCode(400);
        given().when().get("/api/v1/actors").then().statusCode(503); // a read: not recorded

        given().queryParam("user", "audit-admin").when().get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(2), "items[0].outcome", equalTo("rejected"), "items[0].status", equalTo(400),
                        "items[1].outcome", equalTo("failed"), "items[1].method", equalTo("POST"),
                        "items[1].path", equalTo("/api/v1/actors"));
        given().queryParam("user", "audit-admin").queryParam("outcome", "rejected").when().get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(1), "items.status", hasItem(400));
    }

    @Test
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void othersGet403() {
        given().when().get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = { "admin" })
    void badFiltersNameTheField() {
        given().queryParam("from", "yesterday").when().get("/api/v1/audit").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        given().queryParam("outcome", "maybe").when().get("/api/v1/audit").then().statusCode(400)
                .body("errors.field", hasItem("outcome"));
    }

    @Test
    @TestSecurity(user = "audit-crowd", roles = { "admin", "curator", "annotator", "reader" })
    void writesAnsweredTogetherEachLeaveTheirOwnRecord() throws Exception {
        // written in groups (AuditRepository): 40 writes at once, 8 at a time, are 40 records
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).body("{\"kind\":\"state\",\"name\":\"Mali\"}")
                        .when().post("/api/v1/actors").then().extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(503, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("user", "audit-crowd").queryParam("size", 100).when().get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(40), "items.outcome", everyItem(equalTo("failed")));
    }
}
