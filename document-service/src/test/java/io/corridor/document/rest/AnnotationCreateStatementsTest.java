package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.comment;
import static io.corridor.document.rest.Annotations.create;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.corridor.document.rest.Annotations.Doc;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * How many statements an annotation's create sends to PostgreSQL, counted by the reactive client's own metrics
 * (bench/results/profiles/annotation-create.md): the document's checks, then the annotation with its history
 * row and its event in one statement; BEGIN and COMMIT are not counted there. Each statement was a round trip
 * and a query plan, and the create used to send four (pre-moderation, document, assignment, the insert).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
class AnnotationCreateStatementsTest {

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void aPassageCreateSendsTwoStatements() {
        Doc doc = Annotations.document("Le texte de l'accord de réadmission signé à Bamako, puis la suite du texte.");
        create(doc.passage("accord de réadmission", "commenting", comment("la première, hors compte")));
        // the fewest of three creates: a scheduled job of the service (event retention) may run during one of them
        double fewest = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            double before = statements();
            create(doc.passage("accord de réadmission", "commenting", comment("note " + i)));
            fewest = Math.min(fewest, statements() - before);
        }
        assertEquals(2.0, fewest, "statements per create (checks, insert)");
    }

    /** The statements the service's PostgreSQL client has completed so far. */
    private static double statements() {
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        return Arrays.stream(metrics.split("\n")).filter(l -> l.startsWith("postgresql_completed_total{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
