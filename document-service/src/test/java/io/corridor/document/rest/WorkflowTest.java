package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.LD;
import static io.corridor.document.rest.Annotations.comment;
import static io.corridor.document.rest.Annotations.create;
import static io.corridor.document.rest.Annotations.post;
import static io.corridor.document.rest.Annotations.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.corridor.document.Fixtures;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;

/**
 * Assignments, states and the document's workflow, seen by a curator and an annotator in turn: an
 * assignee who finished a document cannot change their annotations on it until a curator reopens.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowTest {

    static Annotations.Doc doc;
    static String mine;
    static String assignee = "wf-annotator";

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void aCuratorAssignsAndTheAssignmentIsListed() {
        doc = Annotations.document("Le Niger et l’Union européenne ont signé un partenariat. " + Fixtures.unique("wf"));
        String path = "/api/v1/documents/" + doc.id() + "/assignments/";
        given().put(path + assignee).then().statusCode(201).header("Location", containsString(path + assignee))
                .body("state", equalTo("new"), "assignedBy", equalTo("curator"), "allowed", contains("in_progress", "finished"));
        // again: nothing new
        given().put(path + assignee).then().statusCode(200).body("state", equalTo("new"));
        given().put(path + "other-" + assignee).then().statusCode(201);
        given().delete(path + "other-" + assignee).then().statusCode(204);
        given().delete(path + "other-" + assignee).then().statusCode(404).contentType("application/problem+json");
        given().get(path).then().statusCode(200).body("assignee", contains(assignee));
        given().put(path + "bad%20name").then().statusCode(400).body("errors[0].field", equalTo("username"));
        given().put("/api/v1/documents/999999999/assignments/" + assignee).then().statusCode(404);
        // the document's state: annotating, and only one step at a time
        given().get("/api/v1/documents/" + doc.id() + "/workflow").then().statusCode(200)
                .body("state", equalTo("annotating"), "allowed", contains("curating"));
        given().contentType("application/json").body(utf8(Map.of("state", "curated"))).put("/api/v1/documents/" + doc.id() + "/workflow")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("annotating"), "detail", containsString("curating"), "errors[0].field", equalTo("state"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void onlyCuratorsAssign() {
        given().put("/api/v1/documents/" + doc.id() + "/assignments/annotator").then().statusCode(403);
        given().get("/api/v1/workload").then().statusCode(403);
        // not assigned: no own state to move
        given().contentType("application/json").body(utf8(Map.of("state", "in_progress")))
                .put("/api/v1/documents/" + doc.id() + "/state").then().statusCode(404);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "wf-annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void theAssigneeWorksAndFinishes() {
        {
            given().get("/api/v1/me/assignments").then().statusCode(200)
                    .body("total", equalTo(1), "items[0].documentId", equalTo((int) doc.id()), "items[0].state", equalTo("new"),
                            "items[0].documentState", equalTo("annotating"), "items[0].annotations", equalTo(0));
            state("in_progress").then().statusCode(200).body("state", equalTo("in_progress"), "stateBy", equalTo(assignee));
            mine = create(doc.passage("Niger", "commenting", List.of(comment("à revoir"))));
            state("finished").then().statusCode(200).body("allowed", org.hamcrest.Matchers.empty());
            // frozen: no new annotation, no change, no deletion on this document
            post(doc.passage("partenariat", "commenting", List.of(comment("encore")))).then().statusCode(409)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("state"),
                            "errors[0].value", equalTo("finished"));
            Map<String, Object> read = given().get(mine).then().extract().jsonPath().getMap("$");
            given().contentType(LD).header("If-Match", "\"0\"").body(utf8(read)).put(mine).then().statusCode(409);
            given().header("If-Match", "\"0\"").delete(mine).then().statusCode(409);
            // and only a curator reopens
            state("in_progress").then().statusCode(409).body("detail", containsString("finished"));
            given().get("/api/v1/me/assignments?state=finished").then().body("total", equalTo(1), "items[0].annotations", equalTo(1));
        }
    }

    @Test
    @Order(4)
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void theCuratorSeesTheWorkloadAndReopens() {
        given().get("/api/v1/workload?document=" + doc.id()).then().statusCode(200)
                .body("total", equalTo(1), "items[0].assignee", equalTo(assignee), "items[0].state", equalTo("finished"),
                        "items[0].annotations", equalTo(1), "items[0].title", equalTo("Annotated note"));
        given().get("/api/v1/workload?assignee=" + assignee + "&state=new").then().body("total", equalTo(0));
        given().get("/api/v1/workload?state=done").then().statusCode(400).body("errors[0].field", equalTo("state"));
        given().contentType("application/json").body(utf8(Map.of("state", "in_progress")))
                .put("/api/v1/documents/" + doc.id() + "/assignments/" + assignee + "/state").then().statusCode(200)
                .body("state", equalTo("in_progress"), "stateBy", equalTo("curator"));
        given().contentType("application/json").body(utf8(Map.of("state", "curating")))
                .put("/api/v1/documents/" + doc.id() + "/workflow").then().statusCode(200)
                .body("state", equalTo("curating"), "changedBy", equalTo("curator"), "allowed", hasItem("curated"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "wf-annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "sahel-team"))
    void reopenedTheAssigneeWritesAgain() {
        {
            given().header("If-Match", "\"0\"").delete(mine).then().statusCode(204);
            given().get("/api/v1/me/assignments").then().body("items[0].documentState", equalTo("curating"),
                    "items[0].annotations", equalTo(0));
        }
    }

    private static io.restassured.response.Response state(String state) {
        return given().contentType("application/json").body(utf8(Map.of("state", state)))
                .put("/api/v1/documents/" + doc.id() + "/state");
    }
}
