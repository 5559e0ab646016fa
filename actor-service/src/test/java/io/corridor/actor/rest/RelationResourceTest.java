package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.actor;
import static io.corridor.actor.rest.Registry.json;
import static io.corridor.actor.rest.Registry.relation;
import static io.corridor.actor.rest.Registry.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class RelationResourceTest {

    @Test
    void relationsInForceAtADateOrOverlappingAPeriod() {
        long ame = actor("civil_society", unique("Association malienne des expulsés"));
        long foram = actor("civil_society", unique("Forum pour un autre Mali"));
        long readmission = actor("agreement", unique("Accord de réadmission"));
        long alliance = relation(ame, "allied_with", foram, "2009", null);
        long opposition = relation(ame, "opposes", readmission, "2007", "2010");
        long undated = relation(foram, "opposes", readmission, null, null);

        String path = "/api/v1/actors/" + ame + "/relations";
        given().queryParam("at", "2009-06").when().get(path).then().statusCode(200)
                .body("id", containsInAnyOrder((int) alliance, (int) opposition));
        given().queryParam("at", "2008").when().get(path).then().body("id", contains((int) opposition));
        given().queryParam("at", "2011-01-15").when().get(path).then().body("id", contains((int) alliance));
        given().queryParam("at", "2006-12").when().get(path).then().body("id", org.hamcrest.Matchers.empty());
        given().queryParam("from", "2001").queryParam("to", "2007-02").when().get(path).then()
                .body("id", contains((int) opposition));
        // "until 2010" may run to the last day of 2010
        given().queryParam("from", "2010-12").when().get(path).then().body("id", containsInAnyOrder((int) alliance, (int) opposition));
        given().queryParam("from", "2011").when().get(path).then().body("id", contains((int) alliance));
        given().when().get(path).then().body("id", contains((int) opposition, (int) alliance));
        given().queryParam("predicate", "allied_with").when().get(path).then().body("id", contains((int) alliance));
        // an undated relation may be in force at any date
        given().queryParam("at", "1990").when().get("/api/v1/actors/" + foram + "/relations").then()
                .body("id", contains((int) undated));
        given().queryParam("at", "2009-06").queryParam("predicate", "allied_with").queryParam("size", 100)
                .when().get("/api/v1/relations").then().statusCode(200).body("items.id", hasItem((int) alliance));
    }

    @Test
    void badDatesInQueriesAreNamed() {
        long id = actor("state", unique("Sénégal"));
        given().queryParam("at", "juin 2009").when().get("/api/v1/actors/" + id + "/relations").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("at"));
        given().queryParam("from", "2010").queryParam("to", "2009").when().get("/api/v1/relations").then().statusCode(400)
                .body("errors.field", hasItem("to"));
        given().queryParam("predicate", "likes").when().get("/api/v1/relations").then().statusCode(400)
                .body("errors.field", hasItem("predicate"));
    }

    @Test
    void relationsCarryEvidenceRolesAndConfidence() {
        long person = actor("person", unique("Ousmane Diarra"));
        long ame = actor("civil_society", unique("Association malienne des expulsés"));
        Map<String, Object> body = new HashMap<>(Map.of("subject", person, "predicate", "leader_of", "object", ame,
                "role", "président", "confidence", 0.8,
                "evidence", List.of(Map.of("annotation", "https://corridor.example/api/v1/annotations/7",
                        "document", "soukouna-etat-malien-negociations-migrations.txt", "quote", "Ousmane Diarra, président de l’AME"))));
        String location = json().body(body).when().post("/api/v1/relations").then().statusCode(201)
                .body("status", equalTo("accepted"), "role", equalTo("président"), "confidence", equalTo(0.8f),
                        "subject.id", equalTo((int) person), "object.id", equalTo((int) ame),
                        "evidence[0].quote", equalTo("Ousmane Diarra, président de l’AME"))
                .extract().header("Location");
        String etag = given().when().get(location).then().statusCode(200).extract().header("ETag");
        body.put("end", "2012");
        json().body(body).when().put(location).then().statusCode(428);
        json().header("If-Match", etag).body(body).when().put(location).then().statusCode(200).body("end", equalTo("2012"),
                "evidence.size()", equalTo(1));
        given().header("If-Match", etag).when().delete(location).then().statusCode(412);
        String now = given().when().get(location).then().extract().header("ETag");
        given().header("If-Match", now).when().delete(location).then().statusCode(204);
        given().when().get(location).then().statusCode(404);
    }

    @Test
    void badRelationsAreRefusedByField() {
        long a = actor("government_agency", unique("Cellule technique de codéveloppement"));
        long b = actor("ministry", unique("Ministère des Maliens de l'extérieur"));
        long c = actor("state", unique("Mali"));
        json().body(Map.of("subject", a, "predicate", "part_of", "object", a)).when().post("/api/v1/relations")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("object"));
        json().body(Map.of("subject", a, "predicate", "likes", "object", b)).when().post("/api/v1/relations")
                .then().statusCode(400).body("errors.field", hasItem("predicate"));
        json().body(Map.of("subject", a, "predicate", "part_of", "object", b, "start", "2010", "end", "2009"))
                .when().post("/api/v1/relations").then().statusCode(422).body("errors.field", hasItem("end"));
        json().body(Map.of("subject", 987654321, "predicate", "part_of", "object", b)).when().post("/api/v1/relations")
                .then().statusCode(422).body("errors.field", hasItem("subject"));
        json().body(Map.of("subject", a, "predicate", "part_of", "object", b, "confidence", 1.5))
                .when().post("/api/v1/relations").then().statusCode(400).body("errors.field", hasItem("confidence"));
        json().body(Map.of("subject", a, "predicate", "supports", "object", b, "evidence", List.of(Map.of("document", "x.txt"))))
                .when().post("/api/v1/relations").then().statusCode(400).body("errors.field", hasItem("evidence[0]"));

        relation(a, "part_of", b, null, null);
        relation(b, "part_of", c, null, null);
        json().body(Map.of("subject", c, "predicate", "part_of", "object", a)).when().post("/api/v1/relations")
                .then().statusCode(422).body("errors.field", hasItem("object"), "detail", org.hamcrest.Matchers.containsString("cycle"));
        // other predicates may go both ways
        relation(c, "supports", a, null, null);
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void annotatorsProposeRelations() {
        long a = actor("person", unique("Brice Hortefeux"));
        long b = actor("state", unique("Mali"));
        long id = relation(a, "visits", b, "2007", "2007");
        given().when().get("/api/v1/relations/" + id).then().body("status", equalTo("proposed"));
        given().when().post("/api/v1/relations/" + id + "/accept").then().statusCode(403);
    }

    @Test
    void networksAtADateLeaveOutRelationsNotInForce() throws Exception {
        long serval = actor("military_operation", unique("Opération Serval"));
        long barkhane = actor("military_operation", unique("Opération Barkhane"));
        long france = actor("state", unique("France"));
        long takuba = actor("military_operation", unique("Task Force Takuba"));
        long mali = actor("state", unique("Mali"));
        long succession = relation(serval, "succeeded_by", barkhane, "2014-08", null);
        long fr1 = relation(france, "implements", serval, "2013", "2014-08");
        long fr2 = relation(france, "implements", barkhane, "2014-08", "2022-08");
        long fr3 = relation(france, "partner_of", takuba, "2020-03", "2022-07");
        long partner = relation(mali, "partner_of", france, null, "2021");

        String path = "/api/v1/actors/" + barkhane + "/network";
        given().queryParam("depth", 1).when().get(path).then().statusCode(200)
                .body("nodes.id", containsInAnyOrder((int) barkhane, (int) serval, (int) france),
                        "edges.id", containsInAnyOrder((int) succession, (int) fr2));
        given().queryParam("depth", 2).when().get(path).then()
                .body("nodes.id", containsInAnyOrder((int) barkhane, (int) serval, (int) france, (int) takuba, (int) mali),
                        "edges.id", containsInAnyOrder((int) succession, (int) fr1, (int) fr2, (int) fr3, (int) partner));
        given().queryParam("depth", 2).queryParam("at", "2012").when().get(path).then()
                .body("nodes.id", contains((int) barkhane), "edges", org.hamcrest.Matchers.empty());
        given().queryParam("depth", 2).queryParam("at", "2023").when().get(path).then()
                .body("nodes.id", containsInAnyOrder((int) barkhane, (int) serval), "edges.id", contains((int) succession));
        given().queryParam("depth", 2).queryParam("at", "2021-06").when().get(path).then()
                .body("nodes.id", containsInAnyOrder((int) barkhane, (int) serval, (int) france, (int) takuba, (int) mali),
                        "edges.id", containsInAnyOrder((int) succession, (int) fr2, (int) fr3, (int) partner))
                .body("edges.id", not(hasItem((int) fr1)));
        given().queryParam("depth", 4).when().get(path).then().statusCode(400).body("errors.field", hasItem("depth"));

        String gexf = given().header("Accept", "application/gexf+xml").queryParam("depth", 2).queryParam("at", "2021-06")
                .when().get(path).then().statusCode(200).contentType("application/gexf+xml").extract().asString();
        Document g = parse(gexf);
        assertEquals("http://gexf.net/1.3", g.getDocumentElement().getNamespaceURI());
        assertEquals("1.3", g.getDocumentElement().getAttribute("version"));
        assertEquals(5, g.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(4, g.getElementsByTagNameNS("*", "edge").getLength());

        String graphml = given().queryParam("format", "graphml").queryParam("depth", 1).when().get(path).then()
                .statusCode(200).contentType("application/graphml+xml").extract().asString();
        Document m = parse(graphml);
        assertEquals("http://graphml.graphdrawing.org/xmlns", m.getDocumentElement().getNamespaceURI());
        assertEquals(3, m.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(2, m.getElementsByTagNameNS("*", "edge").getLength());
    }

    @Test
    void timelineListsRelationsByDate() {
        long mali = actor("state", unique("Mali"));
        long russia = actor("state", unique("Russie"));
        long spain = actor("state", unique("Espagne"));
        long convention = actor("agreement", unique("Convention Mali-Espagne"));
        long late = relation(mali, "partner_of", russia, "2021", null);
        long early = relation(mali, "signs", convention, "2007-01-23", null);
        long undated = relation(spain, "negotiates_with", mali, null, null);
        given().when().get("/api/v1/actors/" + mali + "/timeline").then().statusCode(200)
                .body("entries.relation.id", contains((int) early, (int) late, (int) undated),
                        "entries.start", contains("2007-01-23", "2021", null), "entries.type", hasItem("relation"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
