package io.corridor.document.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corridor.document.Fixtures;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Every bad upload gets a 4xx problem naming its field, and leaves no row behind. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestSecurity(user = "annotator", roles = { "annotator", "reader" })
class UploadValidationTest {

    private long before;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @BeforeEach
    void count() throws Exception {
        before = rows();
    }

    @AfterEach
    void nothingStored() throws Exception {
        assertEquals(before, rows(), "a refused upload left rows behind");
    }

    private static long rows() throws Exception {
        try (Connection c = PostgresResource.connect("documents"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select (select count(*) from document) + (select count(*) from document_version)"
                        + " + (select count(*) from document_original)")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void refused(int status, String field, String name, byte[] bytes, String type, Map<String, ?> fields) {
        Uploads.upload(name, bytes, type, fields).then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status), "errors.field", hasItem(field));
    }

    @Test
    void emptyFile() {
        refused(400, "file", "empty.txt", new byte[0], "text/plain", Map.of("title", "Vide"));
    }

    @Test
    void malformedMultipartIsA400NamingTheBody() throws Exception {
        // sent raw: REST Assured only writes multipart bodies it builds itself
        // the parser either ends without a part or reports the connection's end: both are the client's fault
        for (int i = 0; i < 5; i++) {
            assertMalformed("/api/v1/documents", "multipart/form-data; boundary=zz", "{");
        }
        assertMalformed("/api/v1/documents", "multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: form-data; name=\"file\"");
        assertMalformed("/api/v1/documents", "multipart/form-data", "--zz\r\n\r\n--zz--");
        long id = Uploads.create("m.txt", Fixtures.utf8("Multipart " + Fixtures.unique("mp")), "text/plain", Map.of());
        before = rows();
        assertMalformed("/api/v1/documents/" + id + "/versions", "multipart/form-data; boundary=zz", "{");
    }

    private void assertMalformed(String path, String type, String body) throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Content-Type", type).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode(), type + " " + body + ": " + answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        // the body, or the part it lacks
        assertTrue(answer.body().contains("\"field\":\"body\"") || answer.body().contains("\"field\":\"file\""), answer.body());
    }

    @Test
    void missingFilePart() {
        given().multiPart("title", "Sans fichier").when().post("/api/v1/documents").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("file"));
    }

    @Test
    void unsupportedType() {
        refused(415, "file", "photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 }, "image/png", Map.of());
        refused(415, "file", "old.doc", Fixtures.utf8("x"), "application/msword", Map.of());
    }

    @Test
    void bytesThatDoNotMatchTheDeclaredType() {
        refused(422, "file", "fake.pdf", Fixtures.utf8("Ceci n’est pas un PDF."), "application/pdf", Map.of());
        refused(422, "file", "fake.docx", Fixtures.pdf(List.of("un PDF")), DocumentResourceTest.DOCX, Map.of());
        refused(422, "file", "fake.txt", Fixtures.pdf(List.of("un PDF")), "text/plain", Map.of());
    }

    @Test
    void corruptAndEncryptedPdfs() {
        byte[] pdf = Fixtures.pdf(List.of("Page tronquée"));
        refused(422, "file", "broken.pdf", java.util.Arrays.copyOf(pdf, 40), "application/pdf", Map.of());
        refused(422, "file", "locked.pdf", Fixtures.encryptedPdf("Secret défense"), "application/pdf", Map.of());
    }

    @Test
    void archiveBomb() throws Exception {
        refused(422, "file", "bomb.docx", docxBomb(), DocumentResourceTest.DOCX, Map.of());
    }

    @Test
    void fileOverTheLimitIs413() {
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        refused(413, "file", "big.txt", big, "text/plain", Map.of());
    }

    @Test
    void malformedMetadataNamesEachField() {
        Uploads.upload("m.txt", Fixtures.utf8("Métadonnées " + Fixtures.unique("meta")), "text/plain",
                Map.of("title", " ", "date", "2016-13-40", "kind", "poem", "language", "français!", "issuer", "abc",
                        "sourceUrl", "ftp:/nowhere", "tags", "ok,#bad"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("date"), "errors.field", hasItem("kind"), "errors.field", hasItem("language"),
                        "errors.field", hasItem("issuer"), "errors.field", hasItem("sourceUrl"), "errors.field", hasItem("tags"));
        // a title is not required when a file name can stand in; but an overlong one is refused
        Uploads.upload("m.txt", Fixtures.utf8("Titre trop long " + Fixtures.unique("meta")), "text/plain",
                Map.of("title", "x".repeat(1001))).then().statusCode(400).body("errors.field", hasItem("title"));
    }

    /** A DOCX whose document part inflates more than a thousandfold: POI and Tika refuse such archives. */
    private static byte[] docxBomb() throws Exception {
        byte[] docx = Fixtures.docx(List.of("Bombe"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 64; i++) {
                        zip.write(chunk);
                    }
                    zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
