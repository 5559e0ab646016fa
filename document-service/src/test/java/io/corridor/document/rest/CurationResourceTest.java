package io.corridor.document.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationDraft;
import io.corridor.document.Authorship;
import io.corridor.document.Fixtures;
import io.corridor.document.Motivation;
import io.corridor.document.TextPositionSelector;
import io.corridor.document.TextQuoteSelector;
import io.corridor.document.TextualBody;
import io.corridor.document.Visibility;
import io.corridor.document.mapping.InterchangeDocument;
import io.corridor.document.mapping.WebAnnoTsv;
import io.corridor.document.service.AnnotationService;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

/**
 * Curation of a working copy of a corpus document annotated by three annotators (created as each of them through
 * the service): two units on which they agree, one on which they differ, one only alice marked. The merge curates
 * exactly the agreed ones and is idempotent, a decision takes one version (then an edited one, replacing it), the
 * curated layer is listed, exported and deleted like any annotation, and agreement does not count the curator.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class CurationResourceTest {

    @Inject
    AnnotationService annotations;

    String annotate(AnchoringCorpusTest.Doc doc, String who, AnchoringCorpusTest.Passage p, String tag) throws Throwable {
        AnnotationDraft draft = new AnnotationDraft(Motivation.TAGGING, List.of(new TextualBody(tag, null, null, "tagging")),
                new AnnotationDraft.Passage(doc.id(), null, new TextQuoteSelector(p.exact(), null, null),
                        new TextPositionSelector(p.start(), p.end())), Visibility.PUBLIC);
        Annotation a = VertxContextSupport.subscribeAndAwait(() -> annotations.create(draft, new Authorship(who, List.of(), null, null)));
        return a.id.toString();
    }

    @Test
    void mergeCuratesTheAgreedUnitsAndDecisionsTakeOneVersion() throws Throwable {
        AnchoringCorpusTest.Doc doc = AnchoringCorpusTest.copy(AgreementResourceTest.FILE, "Copie de travail " + Fixtures.unique("curation"));
        List<AnchoringCorpusTest.Passage> p = new ArrayList<>();
        for (CSVRecord r : CorpusIngestTest.csv("facts/relations.csv")) {
            AnchoringCorpusTest.Passage found = r.get("document").equals(AgreementResourceTest.FILE)
                    ? AnchoringCorpusTest.find(doc.text(), r.get("quote")) : null;
            if (found != null && p.size() < 4 && p.stream().noneMatch(q -> q.start() < found.end() && found.start() < q.end())) {
                p.add(found);
            }
        }
        p.sort(Comparator.comparingInt(AnchoringCorpusTest.Passage::start));
        for (String who : List.of("alice", "bob", "carol")) {
            annotate(doc, who, p.get(0), "organisation");
            annotate(doc, who, p.get(1), "refus");
        }
        String bobs = annotate(doc, "bob", p.get(2), "refus");
        String carols = annotate(doc, "carol", p.get(2), "organisation");
        annotate(doc, "alice", p.get(2), "organisation");
        annotate(doc, "alice", p.get(3), "mali");
        String path = "/api/v1/documents/" + doc.id() + "/curation";

        JsonPath before = given().get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("alice", "bob", "carol"), before.getList("annotators"));
        assertEquals(Map.of("agreed", 2, "disagreed", 1, "single", 1, "curated", 0), before.getMap("counts"));
        assertEquals(List.of("agreed", "agreed", "disagreed", "single"), before.getList("units.state"));
        assertEquals(List.of(p.get(0).start(), p.get(1).start(), p.get(2).start(), p.get(3).start()), before.getList("units.start"));
        assertEquals(AgreementResourceTest.substring(doc.text(), p.get(0).start(), Math.min(p.get(0).end(), p.get(0).start() + 200)),
                before.getString("units[0].quote").replace("…", ""));
        assertEquals(List.of("tag:organisation"), before.getList("units[0].versions[0].labels"));
        assertEquals(List.of("alice", "bob", "carol"), before.getList("units[2].versions.creator").stream().sorted().toList());
        given().queryParam("state", "disagreed").get(path).then().statusCode(200)
                .body("units.size()", equalTo(1), "units[0].versions.size()", equalTo(3), "counts.agreed", equalTo(2));

        // the merge curates exactly the agreed units, once
        JsonPath merged = given().post(path + "/merge").then().statusCode(200).extract().jsonPath();
        assertEquals(2, merged.getInt("merged"));
        assertEquals(0, merged.getInt("skipped"));
        assertEquals(2, merged.getInt("disagreed"));
        given().post(path + "/merge").then().statusCode(200)
                .body("merged", equalTo(0), "skipped", equalTo(2), "disagreed", equalTo(2), "annotations.size()", equalTo(0));
        JsonPath curated = given().queryParam("document", doc.id()).queryParam("layer", "curated").queryParam("page", 0)
                .get("/api/v1/annotations").then().statusCode(200).extract().jsonPath();
        assertEquals(2, curated.getList("items").size());
        assertEquals(List.of("curated", "curated"), curated.getList("items.layer"));
        assertEquals(List.of("curator", "curator"), curated.getList("items.creator.name"));
        assertEquals(List.of("accepted", "accepted"), curated.getList("items.status"));
        assertEquals(List.of("public", "public"), curated.getList("items.visibility"));
        assertEquals(3, curated.getList("items[0].via").size());
        assertEquals(p.get(0).start(), curated.getInt("items[0].target.selector[1].start"));

        // a decision takes bob's version of the disagreed unit
        String taken = given().contentType("application/json").body(Map.of("annotation", bobs)).post(path + "/decisions").then()
                .statusCode(201).contentType(containsString("json")).body("layer", equalTo("curated"), "creator.name", equalTo("curator"),
                        "via[0]", containsString(bobs), "body[0].value", equalTo("refus"))
                .extract().jsonPath().getString("id");
        JsonPath after = given().get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("agreed", 0, "disagreed", 0, "single", 1, "curated", 3), after.getMap("counts"));
        assertEquals(taken, after.getString("units[2].curated[0].annotation"));

        // an edited version of carol's replaces it: one curated annotation per unit
        String edited = given().contentType("application/json")
                .body(Map.of("annotation", "http://localhost:8080/api/v1/annotations/" + carols, "tags", List.of("organisation", "Mali")))
                .post(path + "/decisions").then().statusCode(201).extract().jsonPath().getString("id");
        JsonPath replaced = given().queryParam("state", "curated").get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(edited), replaced.getList("units[2].curated.annotation"));
        assertEquals(List.of("tag:mali", "tag:organisation"), replaced.getList("units[2].curated[0].labels"));
        given().get("/api/v1/annotations/" + taken.substring(taken.lastIndexOf('/') + 1)).then().statusCode(404);

        // the curator is no annotator for agreement; the curated layer is what the interchange exports with layer=curated
        given().get("/api/v1/documents/" + doc.id() + "/agreement").then().statusCode(200)
                .body("annotators", equalTo(List.of("alice", "bob", "carol")));
        InterchangeDocument exported = WebAnnoTsv.read(given().queryParam("format", "tsv").queryParam("layer", "curated")
                .get("/api/v1/documents/" + doc.id() + "/interchange").then().statusCode(200).extract().asString());
        assertEquals(List.of(List.of("organisation"), List.of("refus"), List.of("organisation", "Mali")),
                exported.spans().stream().map(InterchangeDocument.Span::tags).toList());

        // curated annotations are deleted like any: the unit is agreed again, and a merge curates it anew
        String first = curated.getString("items[0].id");
        String uuid = first.substring(first.lastIndexOf('/') + 1);
        String etag = given().get("/api/v1/annotations/" + uuid).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", etag).delete("/api/v1/annotations/" + uuid).then().statusCode(204);
        given().get(path).then().statusCode(200).body("counts.agreed", equalTo(1), "counts.curated", equalTo(2));
        given().post(path + "/merge").then().statusCode(200).body("merged", equalTo(1), "skipped", equalTo(2));
    }

    @Test
    void badDecisionsNameTheirField() throws Throwable {
        AnchoringCorpusTest.Doc doc = AnchoringCorpusTest.copy(AgreementResourceTest.FILE, "Copie " + Fixtures.unique("curation-bad"));
        AnchoringCorpusTest.Passage p = new AnchoringCorpusTest.Passage(AgreementResourceTest.substring(doc.text(), 40, 60), 40, 60);
        String alices = annotate(doc, "alice", p, "organisation");
        String path = "/api/v1/documents/" + doc.id() + "/curation";
        given().contentType("application/json").body("{}").post(path + "/decisions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("annotation"));
        given().contentType("application/json").body(Map.of("annotation", "not-an-id")).post(path + "/decisions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("annotation"));
        given().contentType("application/json").body(Map.of("annotation", "3f1c0a52-9d1e-4b8a-a0b5-3c7d2e8f9a10"))
                .post(path + "/decisions").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("annotation"));
        given().contentType("application/json").body(Map.of("annotation", alices, "start", 40)).post(path + "/decisions").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("end"));
        given().contentType("application/json").body(Map.of("annotation", alices, "start", 40, "end", 10_000_000))
                .post(path + "/decisions").then().statusCode(422).body("errors[0].field", equalTo("end"));
        given().contentType("application/json").body(Map.of("annotation", alices, "tags", List.of(" ")))
                .post(path + "/decisions").then().statusCode(400).body("errors[0].field", equalTo("tags[0]"));
        given().queryParam("state", "undecided").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("state"));
        given().queryParam("motivation", "praising").post(path + "/merge").then().statusCode(400)
                .body("errors[0].field", equalTo("motivation"));
        given().get("/api/v1/documents/99999999/curation").then().statusCode(404);
        given().post("/api/v1/documents/99999999/curation/merge").then().statusCode(404);
        given().queryParam("format", "tsv").queryParam("layer", "gold").get("/api/v1/documents/" + doc.id() + "/interchange").then()
                .statusCode(400).body("errors[0].field", equalTo("layer"));
        // a span edited inside the text: the curated annotation anchors there, by position
        given().contentType("application/json").body(Map.of("annotation", alices, "start", 42, "end", 58)).post(path + "/decisions")
                .then().statusCode(201).body("target.selector[1].start", equalTo(42),
                        "target.selector[0].exact", equalTo(AgreementResourceTest.substring(doc.text(), 42, 58)));
        // the curated annotation itself is no version to take
        String curatedId = given().queryParam("state", "curated").get(path).then().statusCode(200).extract().jsonPath()
                .getString("units[0].curated[0].annotation");
        given().contentType("application/json").body(Map.of("annotation", curatedId)).post(path + "/decisions").then().statusCode(422)
                .body("errors[0].field", equalTo("annotation"));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void onlyCuratorsCurate() {
        given().get("/api/v1/documents/1/curation").then().statusCode(403);
        given().post("/api/v1/documents/1/curation/merge").then().statusCode(403);
        given().contentType("application/json").body(Map.of("annotation", "3f1c0a52-9d1e-4b8a-a0b5-3c7d2e8f9a10"))
                .post("/api/v1/documents/1/curation/decisions").then().statusCode(403);
    }
}
