package io.corridor.document.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corridor.document.Fixtures;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
class DocumentResourceTest {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void pdfUploadKeepsOriginalTextAndPages() throws Exception {
        String marker = Fixtures.unique("pdfmark");
        String p1 = "L’État malien face à la réadmission " + marker + " : les négociations avec l’Union européenne";
        String p2 = "Deuxième page : l’accord de Cotonou et la coopération sont dans le texte pour le Mali";
        byte[] pdf = Fixtures.pdf(List.of(p1, p2));
        var created = Uploads.upload("etat.pdf", pdf, PDF, Map.of("title", "L’État malien et la réadmission",
                "authors", List.of("Sadio Soukouna", "Équipe IRD"), "date", "2020-06", "kind", "academic_article",
                "tags", "Mali, réadmission", "sourceUrl", "https://example.org/etat.pdf", "issuer", "7"))
                .then().statusCode(201)
                .extract();
        long id = ((Number) created.path("id")).longValue();
        assertTrue(created.header("Location").endsWith("/api/v1/documents/" + id), created.header("Location"));
        assertEquals("\"0\"", created.header("ETag"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));

        given().when().get("/api/v1/documents/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", equalTo("L’État malien et la réadmission"),
                        "authors", contains("Sadio Soukouna", "Équipe IRD"), "date", equalTo("2020-06"),
                        "kind", equalTo("academic_article"), "language", equalTo("fr"), "issuer", equalTo(7),
                        "tags", contains("mali", "réadmission"), "sourceUrl", equalTo("https://example.org/etat.pdf"),
                        "createdBy", equalTo("annotator"), "version.n", equalTo(1), "version.sha256", equalTo(sha),
                        "version.mediaType", equalTo(PDF), "version.size", equalTo(pdf.length),
                        "version.pageCount", equalTo(2), "version.noTextLayer", equalTo(false),
                        "version.fileName", equalTo("etat.pdf"));

        byte[] original = given().when().get("/api/v1/documents/" + id + "/original").then().statusCode(200)
                .contentType(PDF).extract().asByteArray();
        assertArrayEquals(pdf, original);

        var textResponse = given().when().get("/api/v1/documents/" + id + "/text").then().statusCode(200)
                .contentType(containsString("text/plain")).contentType(containsString("charset=utf-8")).extract();
        String text = new String(textResponse.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains(p1), text);
        assertTrue(text.contains(p2), text);
        assertTrue(!text.contains("\r"));

        List<Map<String, Integer>> pages = given().when().get("/api/v1/documents/" + id + "/pages").then().statusCode(200)
                .body("$", hasSize(2)).extract().path("$");
        String page2 = text.substring(text.offsetByCodePoints(0, pages.get(1).get("start")),
                text.offsetByCodePoints(0, pages.get(1).get("end")));
        assertTrue(page2.contains(p2), page2);
        assertEquals(1, pages.get(0).get("page"));
        assertEquals(text.codePointCount(0, text.length()), pages.get(1).get("end"));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void odtUploadKeepsAccentsAndDetectsFrench() {
        String marker = Fixtures.unique("odtmark");
        byte[] odt = Fixtures.odt(List.of("Les transferts des Maliens de l’extérieur " + marker,
                "L’accord de réadmission négocié avec l’Union européenne n’a pas été signé par l’État malien."));
        long id = Uploads.create("note.odt", odt, ODT, Map.of("title", "Note de synthèse"));
        given().when().get("/api/v1/documents/" + id).then().statusCode(200)
                .body("language", equalTo("fr"), "version.pageCount", nullValue(), "version.mediaType", equalTo(ODT));
        String text = given().when().get("/api/v1/documents/" + id + "/text").then().statusCode(200).extract().asString();
        assertTrue(text.contains("Les transferts des Maliens de l’extérieur " + marker), text);
        assertTrue(text.contains("L’accord de réadmission négocié"), text);
        byte[] original = given().when().get("/api/v1/documents/" + id + "/original").then().statusCode(200)
                .contentType(ODT).extract().asByteArray();
        assertArrayEquals(odt, original);
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void docxUploadKeepsApostrophesAndDetectsEnglish() {
        String marker = Fixtures.unique("docxmark");
        byte[] docx = Fixtures.docx(List.of("The Malians’ remittances " + marker,
                "Diaspora associations and the state have negotiated the readmission agreement, which was not signed."));
        long id = Uploads.create("note.docx", docx, DOCX, Map.of("title", "Remittances note"));
        given().when().get("/api/v1/documents/" + id).then().statusCode(200)
                .body("language", equalTo("en"), "kind", equalTo("other"), "version.pageCount", nullValue(),
                        "version.mediaType", equalTo(DOCX));
        String text = given().when().get("/api/v1/documents/" + id + "/text").then().statusCode(200).extract().asString();
        assertTrue(text.contains("The Malians’ remittances " + marker), text);
        given().when().get("/api/v1/documents/" + id + "/pages").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void sameBytesTwiceGiveTheSameDocument() {
        byte[] bytes = Fixtures.utf8("Dédoublonnage " + Fixtures.unique("dup") + " : le même fichier, un seul document.");
        long id = Uploads.create("a.txt", bytes, "text/plain", Map.of("title", "Premier"));
        Uploads.upload("b.txt", bytes, "text/plain", Map.of("title", "Second")).then().statusCode(200)
                .header("Content-Location", endsWith("/api/v1/documents/" + id))
                .body("id", equalTo((int) id), "title", equalTo("Premier"));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void versionsAreNumberedAndEachStaysReadable() {
        String marker = Fixtures.unique("ver");
        long id = Uploads.create("v1.txt", Fixtures.utf8("Première version " + marker), "text/plain", Map.of("title", "Versions"));
        String etag = given().when().get("/api/v1/documents/" + id).then().extract().header("ETag");
        Uploads.form("v2.pdf", Fixtures.pdf(List.of("Seconde version " + marker)), PDF, Map.of())
                .when().post("/api/v1/documents/" + id + "/versions").then().statusCode(201)
                .header("Location", endsWith("/api/v1/documents/" + id + "/versions/2"))
                .body("n", equalTo(2), "mediaType", equalTo(PDF), "pageCount", equalTo(1));
        // the same file again is that version, not a third one
        Uploads.form("v1-again.txt", Fixtures.utf8("Première version " + marker), "text/plain", Map.of())
                .when().post("/api/v1/documents/" + id + "/versions").then().statusCode(200).body("n", equalTo(1));

        given().when().get("/api/v1/documents/" + id).then().statusCode(200).body("version.n", equalTo(2))
                .header("ETag", not(equalTo(etag)));
        given().when().get("/api/v1/documents/" + id + "/versions").then().statusCode(200)
                .body("n", contains(1, 2));
        given().when().get("/api/v1/documents/" + id + "/versions/1/text").then().statusCode(200)
                .body(equalTo("Première version " + marker));
        given().when().get("/api/v1/documents/" + id + "/text").then().statusCode(200)
                .body(containsString("Seconde version " + marker));
        given().when().get("/api/v1/documents/" + id + "/versions/1").then().statusCode(200)
                .body("mediaType", equalTo("text/plain"), "fileName", equalTo("v1.txt"));
        given().when().get("/api/v1/documents/" + id + "/versions/2/pages").then().statusCode(200).body("$", hasSize(1));
        given().when().get("/api/v1/documents/" + id + "/versions/3").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/documents/" + id + "/versions/3/pages").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void pdfWithoutTextLayerIsKeptAndFlagged() {
        byte[] scan = Fixtures.pdfWithoutText();
        // a drawing of random size keeps each run's bytes unique
        var r = Uploads.upload("scan-" + Fixtures.unique("s") + ".pdf", scan, PDF, Map.of("title", "Scan", "language", "fr"));
        r.then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)))
                .body("version.noTextLayer", equalTo(true), "version.pageCount", equalTo(1));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void metadataPatchNeedsTheCurrentEtag() {
        long id = Uploads.create("p.txt", Fixtures.utf8("Texte à corriger " + Fixtures.unique("patch")), "text/plain",
                Map.of("title", "Titre provisoire", "tags", "brouillon"));
        String etag = given().when().get("/api/v1/documents/" + id).then().extract().header("ETag");

        given().contentType("application/merge-patch+json").body("{\"title\":\"Titre\"}")
                .when().patch("/api/v1/documents/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("errors.field", hasItem("If-Match"));

        String newEtag = given().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"title\":\"Titre définitif\",\"tags\":[\"Final\"],\"date\":\"2019-03\",\"sourceUrl\":null,\"language\":\"en\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().patch("/api/v1/documents/" + id).then().statusCode(200)
                .body("title", equalTo("Titre définitif"), "tags", contains("final"), "date", equalTo("2019-03"),
                        "language", equalTo("en"), "version.n", equalTo(1))
                .extract().header("ETag");
        assertTrue(!newEtag.equals(etag));

        given().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"title\":\"Encore\"}")
                .when().patch("/api/v1/documents/" + id).then().statusCode(412).contentType("application/problem+json");

        given().contentType("application/merge-patch+json").header("If-Match", newEtag)
                .body("{\"sha256\":\"00\",\"createdBy\":\"someone\",\"kind\":\"poem\",\"date\":\"2019-13\",\"nope\":1}")
                .when().patch("/api/v1/documents/" + id).then().statusCode(400)
                .body("errors.field", hasItem("sha256"), "errors.field", hasItem("createdBy"),
                        "errors.field", hasItem("kind"), "errors.field", hasItem("date"), "errors.field", hasItem("nope"));

        given().contentType("application/merge-patch+json").header("If-Match", newEtag).body("{not json")
                .when().patch("/api/v1/documents/" + id).then().statusCode(400).body("errors.field", hasItem("body"));
        // nothing changed by the refused patches
        given().when().get("/api/v1/documents/" + id).then().header("ETag", newEtag).body("title", equalTo("Titre définitif"));
    }

    @Test
    @TestSecurity(user = "annotator2", roles = { "annotator", "reader" })
    void annotatorsChangeOnlyTheirOwnDocuments() {
        long id = ownedBy("annotator2");
        String etag = given().when().get("/api/v1/documents/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"title\":\"Le mien\"}")
                .when().patch("/api/v1/documents/" + id).then().statusCode(200);
        given().when().delete("/api/v1/documents/" + id).then().statusCode(403);
    }

    private long ownedBy(String user) {
        return Uploads.create("own.txt", Fixtures.utf8("Propriété de " + user + " " + Fixtures.unique("own")), "text/plain",
                Map.of("title", "À moi"));
    }

    @Test
    @TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
    void curatorsSoftDeleteAndRestoreButCannotPurge() {
        long id = ownedBy("curator");
        given().when().delete("/api/v1/documents/" + id + "?purge=true").then().statusCode(403);
        given().when().delete("/api/v1/documents/" + id).then().statusCode(204);
        given().when().get("/api/v1/documents/" + id).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/documents/" + id + "/text").then().statusCode(404);
        given().when().delete("/api/v1/documents/" + id).then().statusCode(404);
        given().when().post("/api/v1/documents/" + id + "/restore").then().statusCode(200).body("id", equalTo((int) id));
        given().when().get("/api/v1/documents/" + id).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "admin", roles = { "admin", "curator", "annotator", "reader" })
    void adminsPurgeForGood() {
        byte[] bytes = Fixtures.utf8("À purger " + Fixtures.unique("purge"));
        long id = Uploads.create("purge.txt", bytes, "text/plain", Map.of("title", "Purge"));
        given().when().delete("/api/v1/documents/" + id).then().statusCode(204);
        // a deleted document's file cannot be uploaded again as a new document: restore it instead
        Uploads.upload("purge.txt", bytes, "text/plain", Map.of("title", "Purge")).then().statusCode(409)
                .body("errors.field", hasItem("file"));
        given().when().delete("/api/v1/documents/" + id + "?purge=true").then().statusCode(204);
        given().when().post("/api/v1/documents/" + id + "/restore").then().statusCode(404);
        // once purged, the same bytes make a new document
        long again = Uploads.create("purge.txt", bytes, "text/plain", Map.of("title", "Purge"));
        assertTrue(again != id);
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readersCannotUpload() {
        Uploads.upload("r.txt", Fixtures.utf8("lecture"), "text/plain", Map.of("title", "x")).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void listingFiltersAndPagesStably() {
        String tag = Fixtures.unique("tag");
        long a = Uploads.create("a.txt", Fixtures.utf8("A " + tag), "text/plain",
                Map.of("title", "A", "tags", tag, "kind", "policy_briefing", "date", "2016-12-11", "language", "fr"));
        long b = Uploads.create("b.txt", Fixtures.utf8("B " + tag), "text/plain",
                Map.of("title", "B", "tags", tag, "kind", "white_paper", "date", "2019", "language", "fr"));
        long c = Uploads.create("c.txt", Fixtures.utf8("C " + tag), "text/plain",
                Map.of("title", "C", "tags", tag, "kind", "white_paper", "date", "2023-02", "language", "en"));
        given().queryParam("tag", tag).when().get("/api/v1/documents").then().statusCode(200)
                .body("total", equalTo(3), "items.id", contains((int) c, (int) b, (int) a));
        given().queryParam("tag", tag).queryParam("kind", "white_paper").when().get("/api/v1/documents").then()
                .body("items.id", contains((int) c, (int) b));
        given().queryParam("tag", tag).queryParam("language", "fr").when().get("/api/v1/documents").then()
                .body("items.id", contains((int) b, (int) a));
        given().queryParam("tag", tag).queryParam("from", "2017").queryParam("to", "2023-01").when().get("/api/v1/documents")
                .then().body("items.id", contains((int) b));
        given().queryParam("tag", tag).queryParam("from", "2019-06").when().get("/api/v1/documents")
                .then().body("items.id", contains((int) c, (int) b));
        given().queryParam("tag", tag).queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/documents")
                .then().body("items.id", contains((int) a), "total", equalTo(3));
        given().queryParam("kind", "poem").queryParam("from", "2019-13").when().get("/api/v1/documents")
                .then().statusCode(400).body("errors.field", hasItem("kind"), "errors.field", hasItem("from"));
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
    @TestSecurity(user = "reader", roles = "reader")
    void missingDocumentIsA404Problem() {
        given().when().get("/api/v1/documents/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("detail", notNullValue());
    }

    @Test
    void unknownPathIsAProblemToo() {
        given().when().get("/nowhere")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void healthAndOpenApiArePublic() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/documents"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/search"));
    }
}
