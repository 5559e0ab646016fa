package io.corridor.document.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
class DocumentResourceTest {

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readerGetsAnEmptyFirstPage() {
        given().when().get("/api/v1/documents")
                .then().statusCode(200)
                .body("items", empty(), "page", equalTo(0), "size", equalTo(20), "total", equalTo(0));
    }

    @Test
    void anonymousIsRefusedWithAProblem() {
        given().when().get("/api/v1/documents")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401), "title", equalTo("Unauthorized"), "instance", equalTo("/api/v1/documents"));
    }

    @Test
    @TestSecurity(user = "stranger", roles = "visitor")
    void userWithoutReaderRoleIsForbidden() {
        given().when().get("/api/v1/documents")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void pageSizeOutOfRangeNamesTheField() {
        given().queryParam("size", 1000).when().get("/api/v1/documents")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"), "detail", containsString("size"), "trace", nullValue());
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void nonNumericPageIsAClientError() {
        given().queryParam("page", "first").when().get("/api/v1/documents")
                .then().statusCode(not(equalTo(500))).contentType("application/problem+json");
    }

    @Test
    void unknownPathIsAProblemToo() {
        given().when().get("/nowhere")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void healthAndOpenApiArePublic() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/documents"));
    }
}
