package io.corridor.document.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.corridor.document.AnnotationDraft;
import io.corridor.document.Authorship;
import io.corridor.document.Motivation;
import io.corridor.document.TextPositionSelector;
import io.corridor.document.TextQuoteSelector;
import io.corridor.document.TextualBody;
import io.corridor.document.Visibility;
import io.corridor.document.agreement.CategoryAgreement;
import io.corridor.document.agreement.LabelledSpan;
import io.corridor.document.service.AnnotationService;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

/**
 * GET /api/v1/documents/{id}/agreement on a working copy of a corpus document annotated by three
 * annotators (created as each of them through the service): the per-category figures are those of
 * {@link CategoryAgreement} (checked against DKPro and the published examples in its test) on the
 * spans stored, the disagreements quote the text, and the tag and motivation filters narrow them.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestSecurity(user = "annotator", roles = { "annotator", "reader", "curator" })
class AgreementResourceTest {

    static final String FILE = "soukouna-etat-malien-negociations-migrations.txt";

    @Inject
    AnnotationService annotations;

    /** Annotates [start, end) of the document as {@code who}, with one tag, made with {@code motivation}. */
    LabelledSpan annotate(AnchoringCorpusTest.Doc doc, String who, int start, int end, String tag, Motivation motivation) throws Throwable {
        int from = doc.text().offsetByCodePoints(0, start);
        String exact = doc.text().substring(from, doc.text().offsetByCodePoints(from, end - start));
        AnnotationDraft draft = new AnnotationDraft(motivation, List.of(new TextualBody(tag, null, null, "tagging")),
                new AnnotationDraft.Passage(doc.id(), null, new TextQuoteSelector(exact, null, null), new TextPositionSelector(start, end)),
                Visibility.PUBLIC);
        VertxContextSupport.subscribeAndAwait(() -> annotations.create(draft, new Authorship(who, List.of(), null, null)));
        return new LabelledSpan(who, start, end, "tag:" + tag);
    }

    @Test
    void threeAnnotatorsPerCategoryWithDisagreementsAndFilters() throws Throwable {
        AnchoringCorpusTest.Doc doc = AnchoringCorpusTest.copy(FILE, "Copie de travail " + io.corridor.document.Fixtures.unique("agreement"));
        List<AnchoringCorpusTest.Passage> p = new ArrayList<>();
        for (CSVRecord r : CorpusIngestTest.csv("facts/relations.csv")) {
            if (r.get("document").equals(FILE) && p.size() < 4) {
                p.add(AnchoringCorpusTest.find(doc.text(), r.get("quote")));
            }
        }
        List<LabelledSpan> spans = new ArrayList<>();
        // everyone tags passage 0 "organisation": alice all of it, bob its first half, carol from its middle on past its end
        AnchoringCorpusTest.Passage first = p.get(0);
        int middle = (first.start() + first.end()) / 2;
        spans.add(annotate(doc, "alice", first.start(), first.end(), "organisation", Motivation.TAGGING));
        spans.add(annotate(doc, "bob", first.start(), middle, "organisation", Motivation.TAGGING));
        spans.add(annotate(doc, "carol", middle, first.end() + 10, "organisation", Motivation.TAGGING));
        // passage 1: alice and bob "organisation"; passage 2: all three "refus", the same span
        spans.add(annotate(doc, "alice", p.get(1).start(), p.get(1).end(), "organisation", Motivation.TAGGING));
        spans.add(annotate(doc, "bob", p.get(1).start(), p.get(1).end(), "organisation", Motivation.TAGGING));
        for (String who : List.of("alice", "bob", "carol")) {
            spans.add(annotate(doc, who, p.get(2).start(), p.get(2).end(), "refus", Motivation.TAGGING));
        }
        // passage 3: a comment of carol's carrying the tag "organisation"
        spans.add(annotate(doc, "carol", p.get(3).start(), p.get(3).end(), "organisation", Motivation.COMMENTING));

        JsonPath all = given().get("/api/v1/documents/" + doc.id() + "/agreement").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("alice", "bob", "carol"), all.getList("annotators"));
        assertEquals(doc.text().codePointCount(0, doc.text().length()), all.getInt("length"));
        List<CategoryAgreement.Result> expected = CategoryAgreement.of(spans, all.getInt("length"));
        assertEquals(List.of("tag:organisation", "tag:refus"), all.getList("categories.category"));
        for (int i = 0; i < expected.size(); i++) {
            CategoryAgreement.Result e = expected.get(i);
            String at = "categories[" + i + "].";
            assertEquals(e.units(), all.getLong(at + "units"));
            assertFigure(e.fleissKappa(), all, at + "fleissKappa");
            assertFigure(e.gwetAc1(), all, at + "gwetAc1");
            assertFigure(e.krippendorffAlpha(), all, at + "krippendorffAlpha");
            assertFigure(e.unitizingAlpha(), all, at + "unitizingAlpha");
            assertEquals(e.disagreementCount(), all.getInt(at + "disagreementCount"));
        }
        // organisation: the first disagreement is passage 0's first half, which alice and bob marked and carol did not
        assertEquals(first.start(), all.getInt("categories[0].disagreements[0].start"));
        assertEquals(middle, all.getInt("categories[0].disagreements[0].end"));
        assertEquals(List.of("alice", "bob"), all.getList("categories[0].disagreements[0].markedBy"));
        assertEquals(List.of("carol"), all.getList("categories[0].disagreements[0].unmarkedBy"));
        assertEquals(substring(doc.text(), first.start(), middle), all.getString("categories[0].disagreements[0].quote"));
        assertEquals(true, all.getDouble("categories[0].unitizingAlpha") < 1);
        // refus: the same span for all three
        assertEquals(0, all.getInt("categories[1].disagreementCount"));
        assertEquals(1.0, all.getDouble("categories[1].unitizingAlpha"), 1e-9);

        // tag: refus alone, on its own covered text, where everyone says 1: kappa and alpha undefined, AC1 1
        JsonPath refus = given().queryParam("tag", "Refus").get("/api/v1/documents/" + doc.id() + "/agreement").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("tag:refus"), refus.getList("labels"));
        assertEquals(List.of("tag:refus"), refus.getList("categories.category"));
        assertNull(refus.get("categories[0].fleissKappa"));
        assertNull(refus.get("categories[0].krippendorffAlpha"));
        assertEquals(1.0, refus.getDouble("categories[0].gwetAc1"), 1e-9);
        // motivation: only carol commented
        given().queryParam("motivation", "commenting").get("/api/v1/documents/" + doc.id() + "/agreement").then().statusCode(200)
                .body("annotators", equalTo(List.of("carol")), "categories[0].unitizingAlpha", equalTo(null), "pairs.size()", equalTo(0));
        given().queryParam("motivation", "praising").get("/api/v1/documents/" + doc.id() + "/agreement").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("motivation"));
        given().get("/api/v1/documents/99999999/agreement").then().statusCode(404);
    }

    static void assertFigure(Double expected, JsonPath json, String path) {
        if (expected == null) {
            assertNull(json.get(path), path);
        } else {
            assertEquals(expected, json.getDouble(path), 0.00005, path);
        }
    }

    static String substring(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
