package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.create;
import static io.corridor.document.rest.Annotations.post;
import static io.corridor.document.rest.Annotations.tag;
import static io.corridor.document.rest.Annotations.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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
import io.restassured.path.json.JsonPath;

/**
 * Vocabularies (issue 22) over HTTP: a 61-concept, 4-level SKOS scheme with French and English labels written for
 * these tests (src/test/resources/vocabularies) imported, exported and re-imported as Turtle and JSON-LD unchanged;
 * hostile SKOS refused with problems; concept tags found by their broader concepts; a team's required vocabulary;
 * relations between passages of two documents listed on both. The members are of voc-team only.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VocabularyResourceTest {

    static final String GM = "https://corridor.example/vocab/migration/";
    static final String TTL = "text/turtle; charset=UTF-8";
    static String id;
    static List<Object> concepts;
    static Annotations.Doc doc;
    static Annotations.Doc other;

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static byte[] scheme() {
        try (InputStream in = VocabularyResourceTest.class.getResourceAsStream("/vocabularies/migration-governance.ttl")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Model model(String text, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(m.getGraph());
        return m;
    }

    @Test
    @Order(1)
    @TestSecurity(user = "voc-curator", roles = { "curator", "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "voc-team"))
    void aCuratorImportsTurtle() {
        var created = given().contentType(TTL).queryParam("team", "voc-team").body(scheme()).post("/api/v1/vocabularies/skos")
                .then().statusCode(201).header("ETag", "\"0\"").header("Location", containsString("/api/v1/vocabularies/"))
                .body("conceptCount", equalTo(61), "team", equalTo("voc-team"), "iri", equalTo(GM + "scheme"),
                        "title", equalTo("Gouvernance des migrations"))
                .extract().jsonPath();
        id = created.getString("id");
        JsonPath read = given().get("/api/v1/vocabularies/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("concepts", hasSize(61), "concepts[0].iri", equalTo(GM + "c1"),
                        "concepts[1].iri", equalTo(GM + "c1-1"), "concepts[2].iri", equalTo(GM + "c1-1-1"),
                        "concepts[3].iri", equalTo(GM + "c1-1-1-1"),
                        "concepts[1].prefLabel.fr", equalTo("réadmission"), "concepts[1].prefLabel.en", equalTo("readmission"),
                        "concepts[1].altLabel.fr", contains("reprise des migrants"),
                        "concepts[1].definition.en", equalTo("Code 1.1: readmission."),
                        "concepts[1].narrower", contains(GM + "c1-1-1", GM + "c1-1-2"), "concepts[1].notation", equalTo("1.1"))
                .extract().jsonPath();
        concepts = read.getList("concepts");
        given().get("/api/v1/vocabularies").then().statusCode(200).body("find { it.id == '" + id + "' }.conceptCount", equalTo(61));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "voc-curator", roles = { "curator", "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "voc-team"))
    void turtleAndJsonLdRoundTrip() {
        Model original = model(new String(scheme(), StandardCharsets.UTF_8), Lang.TURTLE);
        String turtle = given().accept("text/turtle").get("/api/v1/vocabularies/" + id + "/skos").then().statusCode(200)
                .contentType(containsString("text/turtle")).extract().asString();
        String jsonLd = given().accept("application/ld+json").get("/api/v1/vocabularies/" + id + "/skos").then().statusCode(200)
                .contentType(containsString("application/ld+json")).extract().asString();
        Model fromTurtle = model(turtle, Lang.TURTLE);
        Model fromJsonLd = model(jsonLd, Lang.JSONLD);
        // every statement of the file is exported (the export adds narrower and hasTopConcept, the inverses)
        assertTrue(fromTurtle.containsAll(original), "the Turtle export holds every statement of the imported file");
        assertTrue(fromTurtle.isIsomorphicWith(fromJsonLd), "Turtle and JSON-LD exports are the same graph");

        // re-imported over itself, each format gives back the very same concepts
        given().contentType("application/ld+json").header("If-Match", "\"0\"").body(jsonLd.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/vocabularies/" + id + "/skos").then().statusCode(200).header("ETag", "\"1\"");
        assertEquals(concepts, given().get("/api/v1/vocabularies/" + id).then().extract().jsonPath().getList("concepts"));
        given().contentType(TTL).header("If-Match", "\"1\"").body(turtle.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/vocabularies/" + id + "/skos").then().statusCode(200).header("ETag", "\"2\"");
        assertEquals(concepts, given().get("/api/v1/vocabularies/" + id).then().extract().jsonPath().getList("concepts"));
        // stale and missing If-Match
        given().contentType(TTL).header("If-Match", "\"1\"").body(turtle.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/vocabularies/" + id + "/skos").then().statusCode(412);
        given().contentType(TTL).body(turtle.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/vocabularies/" + id + "/skos").then().statusCode(428);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "voc-curator", roles = { "curator", "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "voc-team"))
    void hostileSkosIsAProblemNeverAFailure() {
        String skos = "/api/v1/vocabularies/skos?team=voc-team";
        given().contentType(TTL).body(utf8("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<x> a skos:Concept ;;; ."))
                .post(skos).then().statusCode(400).contentType(containsString("problem+json")).body("errors[0].field", equalTo("body"));
        String cyclic = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://e.example/s> a skos:ConceptScheme .
                <https://e.example/a> a skos:Concept ; skos:prefLabel "a"@en ; skos:broader <https://e.example/b> .
                <https://e.example/b> a skos:Concept ; skos:prefLabel "b"@en ; skos:broader <https://e.example/c> .
                <https://e.example/c> a skos:Concept ; skos:prefLabel "c"@en ; skos:broader <https://e.example/a> .
                """;
        given().contentType(TTL).body(utf8(cyclic)).post(skos).then().statusCode(422)
                .body("errors[0].field", containsString(".broader"), "errors[0].message", containsString("cycle"));
        String outside = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://e.example/s2> a skos:ConceptScheme .
                <https://e.example/a2> a skos:Concept ; skos:prefLabel "a"@fr ; skos:broader <https://elsewhere.example/z> .
                """;
        given().contentType(TTL).body(utf8(outside)).post(skos).then().statusCode(422).body("errors[0].field", equalTo("concepts[0].broader[0]"));
        given().contentType(TTL).body(utf8("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<https://e.example/a3> a skos:Concept .\n"))
                .post(skos).then().statusCode(422).body("errors[0].field", equalTo("body"));
        given().contentType("application/ld+json").body(utf8("{\"@context\": \"https://evil.example/context.jsonld\", \"@id\": \"https://e.example/s\"}"))
                .post(skos).then().statusCode(422).body("errors[0].field", equalTo("body.@context"));
        given().contentType("application/ld+json").body(utf8("{\"@context\": {\"@vocab\": ")).post(skos).then().statusCode(400);
        // a file over the limit, and a scheme of too many concepts
        byte[] huge = new byte[5_000_001];
        java.util.Arrays.fill(huge, (byte) ' ');
        given().contentType(TTL).body(huge).post(skos).then().statusCode(413).contentType(containsString("problem+json"));
        StringBuilder many = new StringBuilder("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<https://e.example/s4> a skos:ConceptScheme .\n");
        for (int i = 0; i < 5001; i++) {
            many.append("<https://e.example/m").append(i).append("> a skos:Concept ; skos:prefLabel \"m\"@en .\n");
        }
        given().contentType(TTL).body(utf8(many.toString())).post(skos).then().statusCode(413).body("errors[0].field", equalTo("concepts"));
        // JSON: no label, an IRI twice, the IRI of another vocabulary
        given().contentType("application/json").body(utf8(Map.of("title", "t", "team", "voc-team",
                "concepts", List.of(Map.of("iri", "https://e.example/n"))))).post("/api/v1/vocabularies").then().statusCode(400)
                .body("errors[0].field", equalTo("concepts[0].prefLabel"));
        given().contentType("application/json").body(utf8(Map.of("title", "t", "team", "voc-team", "concepts", List.of(
                Map.of("iri", "https://e.example/d", "prefLabel", Map.of("fr", "d")), Map.of("iri", "https://e.example/d", "prefLabel", Map.of("fr", "d"))))))
                .post("/api/v1/vocabularies").then().statusCode(422).body("errors[0].field", equalTo("concepts[1].iri"));
        given().contentType("application/json").body(utf8(Map.of("title", "t", "team", "voc-team", "iri", GM + "scheme")))
                .post("/api/v1/vocabularies").then().statusCode(409).body("errors[0].field", equalTo("iri"));
        // not a curator of that team; a shared vocabulary is for admins
        given().contentType("application/json").body(utf8(Map.of("title", "t", "team", "other-team"))).post("/api/v1/vocabularies")
                .then().statusCode(403);
        given().contentType("application/json").body(utf8(Map.of("title", "t"))).post("/api/v1/vocabularies").then().statusCode(403);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "voc-outsider", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "other-team"))
    void anotherTeamDoesNotSeeIt() {
        given().get("/api/v1/vocabularies/" + id).then().statusCode(404);
        given().get("/api/v1/vocabularies").then().statusCode(200).body("id", not(hasItem(id)));
        given().get("/api/v1/vocabularies/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    static Map<String, Object> concept(String local, String purpose) {
        return Map.of("type", "SpecificResource", "source", GM + local, "purpose", purpose);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "voc-annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "voc-team"))
    void aBroadConceptFindsItsNarrowerOnes() {
        doc = Annotations.document("L'accord prévoit une clause de réadmission et une aide au retour, ainsi qu'une "
                + "procédure à la frontière. " + Fixtures.unique("voc"));
        String clause = create(doc.passage("clause de réadmission", "tagging", List.of(concept("c1-1-1-1", "tagging"))));
        String help = create(doc.passage("aide au retour", "tagging", List.of(concept("c1-2-1", "tagging"))));
        String border = create(doc.passage("procédure à la frontière", "tagging", List.of(concept("c2-1-2", "tagging"), tag("libre"))));
        String listing = "/api/v1/annotations/?page=0&document=" + doc.id() + "&concept=";
        given().get(listing + GM + "c1").then().statusCode(200).body("items.id", containsInAnyOrder(
                Annotations.BASE + clause, Annotations.BASE + help));
        given().get(listing + GM + "c1-1").then().body("items.id", contains(Annotations.BASE + clause));
        given().get(listing + GM + "c2").then().body("items.id", contains(Annotations.BASE + border));
        given().get(listing + GM + "c3").then().body("items", hasSize(0));
        given().get(clause).then().body("body[0].source", equalTo(GM + "c1-1-1-1"), "body[0].purpose", equalTo("tagging"),
                "motivation", equalTo("tagging"));
        // the export takes the same filter
        given().get("/api/v1/annotations/export?document=" + doc.id() + "&concept=" + GM + "c1").then().statusCode(200)
                .body("first.items", hasSize(2));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "voc-curator", roles = { "curator", "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "voc-team"))
    void aCuratorRequiresTheVocabulary() {
        given().get("/api/v1/teams/voc-team/vocabulary").then().statusCode(200).body("vocabulary", equalTo(null));
        given().contentType("application/json").body(utf8(Map.of("vocabulary", id))).put("/api/v1/teams/voc-team/vocabulary")
                .then().statusCode(200).body("vocabulary", equalTo(id));
        given().contentType("application/json").body(utf8(Map.of("vocabulary", id))).put("/api/v1/teams/other-team/vocabulary")
                .then().statusCode(403);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "voc-annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "voc-team"))
    void freeTagsAreRefusedWhereAVocabularyIsRequired() {
        post(doc.passage("aide au retour", "tagging", List.of(concept("c1-2", "tagging"), tag("libre")))).then().statusCode(422)
                .contentType(containsString("problem+json")).body("errors[0].field", equalTo("body[1]"));
        post(doc.passage("aide au retour", "tagging", List.of(Map.of("type", "SpecificResource",
                "source", "https://elsewhere.example/x", "purpose", "tagging")))).then().statusCode(422)
                .body("errors[0].field", equalTo("body[0].source"));
        create(doc.passage("aide au retour", "tagging", List.of(concept("c1-2", "tagging"))));
        // comments are not tags
        create(doc.passage("aide au retour", "commenting", List.of(Annotations.comment("à vérifier"))));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "voc-annotator", roles = { "annotator", "reader" }, augmentors = TeamTokenAugmentor.class,
            attributes = @SecurityAttribute(key = "teams", value = "voc-team"))
    void aRelationIsListedOnBothPassages() {
        other = Annotations.document("Le protocole reprend la clause type de la Commission. " + Fixtures.unique("voc2"));
        Map<String, Object> a = doc.passage("clause de réadmission", "linking", List.of());
        Map<String, Object> b = other.passage("clause type", "linking", List.of());
        Map<String, Object> relation = new HashMap<>(a);
        relation.put("body", List.of(concept("c1-1-1", "classifying")));
        relation.put("target", List.of(a.get("target"), b.get("target")));
        String path = create(relation);
        given().get(path).then().statusCode(200).body("motivation", equalTo("linking"), "target", hasSize(2),
                "target[0].source", equalTo(doc.iri()), "target[1].source", equalTo(other.iri()),
                "target[1].selector[0].exact", equalTo("clause type"), "target[1].selector[1].start", equalTo(other.at("clause type")),
                "body[0].purpose", equalTo("classifying"));
        String iri = Annotations.BASE + path;
        given().get("/api/v1/annotations/?page=0&document=" + doc.id()).then().body("items.id", hasItem(iri));
        given().get("/api/v1/annotations/?page=0&document=" + other.id()).then().body("items.id", hasItem(iri));
        given().get("/api/v1/annotations/?page=0&document=" + other.id() + "&concept=" + GM + "c1").then().body("items.id", contains(iri));
        // several targets make a relation only
        relation.put("motivation", "commenting");
        post(relation).then().statusCode(400).body("errors[0].field", equalTo("motivation"));
        relation.put("motivation", "linking");
        relation.put("target", List.of(a.get("target"), Map.of("source", other.iri(), "selector",
                Map.of("type", "TextQuoteSelector", "exact", "absent de ce texte"))));
        post(relation).then().statusCode(400).body("errors[0].field", equalTo("target[1].selector.exact"));
        relation.put("target", List.of(a.get("target"), Map.of("source", other.iri())));
        post(relation).then().statusCode(400).body("errors[0].field", equalTo("target[1].selector"));
    }
}
