package io.corridor.e2e.annotation;

import static io.corridor.e2e.annotation.Annotations.API;
import static io.corridor.e2e.annotation.Annotations.as;
import static io.corridor.e2e.annotation.Annotations.bodies;
import static io.corridor.e2e.annotation.Annotations.comment;
import static io.corridor.e2e.annotation.Annotations.create;
import static io.corridor.e2e.annotation.Annotations.passage;
import static io.corridor.e2e.annotation.Annotations.upload;
import static io.corridor.e2e.annotation.Annotations.uuid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.path.json.JsonPath;

/**
 * What happens to annotations over a document's life, through the gateway: a new version re-anchors
 * them (shifted, edited inside, deleted: an orphan) and the suggester proposes actor links for
 * curators. Agreement, export and import are in {@link AnnotationExchangeEndToEndTest}.
 */
@ExtendWith(Stack.class)
class AnnotationLifecycleEndToEndTest {

    @Test
    void aNewVersionReanchorsShiftedAndEditedPassagesAndOrphansADeletedOne() {
        String marker = Annotations.unique("version ");
        String v1 = "Introduction générale.\n"
                + "Le Forum pour un autre Mali s’est allié à l’AME en 2009.\n"
                + "La Cellule technique de codéveloppement a été créée avec l’appui de la France.\n"
                + "Ce paragraphe entier sera supprimé de la version suivante du rapport.\n"
                + "Conclusion provisoire. " + marker + "\n";
        String v2 = "Avant-propos ajouté en tête du document, qui décale toutes les positions.\n"
                + "Introduction générale.\n"
                + "Le Forum pour un autre Mali s’est allié à l’AME en 2009.\n"
                + "La Cellule technique du codéveloppement a été créée avec l’appui de la France.\n"
                + "Conclusion provisoire. " + marker + "\n";
        long document = upload("annotator", v1);
        String shifted = create("annotator", passage(document, "Forum pour un autre Mali s’est allié à l’AME", "commenting",
                "team", bodies(comment("alliance"))));
        String edited = create("annotator", passage(document, "Cellule technique de codéveloppement a été créée",
                "commenting", "team", bodies(comment("création"))));
        String deleted = create("annotator", passage(document, "Ce paragraphe entier sera supprimé", "commenting", "team",
                bodies(comment("disparaîtra"))));

        // a setup step through the gateway's multipart relay (the contract check cannot read multipart bodies)
        given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart("file", "rapport-v2.txt", v2.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
                .when().post(API + "/documents/" + document + "/versions").then().statusCode(201)
                .body("n", equalTo(2), "reanchoring.anchored", equalTo(2), "reanchoring.orphaned", equalTo(1));

        String quote = "Forum pour un autre Mali s’est allié à l’AME";
        as("annotator2").when().get(Stack.GATEWAY + shifted).then().statusCode(200)
                .body("anchorState", equalTo("anchored"), "target.version", equalTo(2),
                        "target.selector.find { it.type == 'TextPositionSelector' }.start",
                        equalTo(v2.codePointCount(0, v2.indexOf(quote))),
                        "target.selector.find { it.type == 'TextQuoteSelector' }.exact", equalTo(quote));
        as("annotator2").when().get(Stack.GATEWAY + edited).then().statusCode(200)
                .body("anchorState", equalTo("anchored"), "target.version", equalTo(2),
                        "target.selector.find { it.type == 'TextQuoteSelector' }.exact", containsString("du codéveloppement"));
        as("annotator2").when().get(Stack.GATEWAY + deleted).then().statusCode(200)
                .body("anchorState", equalTo("orphaned"));
        as("annotator2").when().get(API + "/documents/" + document + "/orphans").then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("type", equalTo("AnnotationPage"), "items.id", contains(Stack.GATEWAY + deleted));
        as("reader").when().get(API + "/documents/" + document + "/orphans").then().statusCode(200)
                .body("items", hasSize(0));
        as("annotator2").when().get(Stack.GATEWAY + shifted + "/history").then().statusCode(200)
                .body("action", hasItem("reanchored"));
    }

    @Test
    void theSuggesterProposesActorLinksOnceAndCuratorsAcceptThemInBulk() {
        String w = Annotations.unique("Zor");
        long association = actor("civil_society", "Association " + w + " des expulsés");
        long agency = actor("government_agency", "Délégation " + w + " de l'extérieur");
        long document = upload("annotator", "Selon l’Association " + w + " des expulsés, la Délégation " + w
                + " de l'extérieur ne répond pas.\n");

        JsonPath first = as("annotator").when().post(API + "/documents/" + document + "/suggestions").then().statusCode(201)
                .extract().jsonPath();
        assertThat(first.getInt("created"), greaterThan(1));
        List<String> proposed = as("curator").queryParam("document", document).queryParam("creator", "corridor-suggester")
                .queryParam("page", 0).when().get(API + "/annotations/").then().statusCode(200)
                .body("items.motivation", everyItem(equalTo("identifying")), "items.status", everyItem(equalTo("proposed")),
                        "items.visibility", everyItem(equalTo("public")), "items.creator.name", everyItem(equalTo("corridor-suggester")),
                        "items.body.flatten().source", hasItem(API + "/actors/" + association),
                        "items.body.flatten().source", hasItem(API + "/actors/" + agency))
                .extract().jsonPath().getList("items.id");
        assertEquals(first.getInt("created"), proposed.size());

        as("annotator").when().post(API + "/documents/" + document + "/suggestions").then().statusCode(201)
                .body("created", equalTo(0), "skipped", equalTo(first.getInt("created")));

        as("curator").contentType("application/json")
                .body(Map.of("ids", proposed.stream().map(Annotations::uuid).toList(), "status", "accepted"))
                .when().post(API + "/annotations/status").then().statusCode(200).body("updated", equalTo(proposed.size()));
        as("reader").queryParam("document", document).queryParam("actor", association).queryParam("page", 0)
                .when().get(API + "/annotations/").then().statusCode(200)
                .body("items", hasSize(1), "items[0].status", equalTo("accepted"));
    }

    /** The registry's actor of that name, created by a curator. */
    static long actor(String kind, String name) {
        return ((Number) given().auth().oauth2(Tokens.of("curator")).contentType("application/json")
                .body(Map.of("kind", kind, "name", name)).when().post(API + "/actors").then().statusCode(201)
                .extract().path("id")).longValue();
    }
}
