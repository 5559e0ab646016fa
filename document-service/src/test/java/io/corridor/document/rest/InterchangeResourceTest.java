package io.corridor.document.rest;

import static io.corridor.document.rest.Annotations.comment;
import static io.corridor.document.rest.Annotations.create;
import static io.corridor.document.rest.Annotations.document;
import static io.corridor.document.rest.Annotations.tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;

import io.corridor.document.mapping.CasXmi;
import io.corridor.document.mapping.InterchangeDocument;
import io.corridor.document.mapping.InterchangeTypes;
import io.corridor.document.mapping.WebAnnoTsv;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Interchange with INCEpTION through the service: annotations written in Corridor are exported as
 * CAS XMI (read again by Apache UIMA with the published type system) and WebAnno TSV, imported into
 * another document with the same text, and exported again unchanged; a relation in a TSV goes the
 * way of any linking annotation; malformed and hostile files are 400 problems naming the line.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
class InterchangeResourceTest {

    /** Emoji before the passages: UIMA's offsets (UTF-16) differ from Corridor's (code points). */
    static final String TEXT = "Rapport 😊 sur la migration.\nLe Forum pour un autre Mali 🇲🇱 réunit les délégués.\n"
            + "La clause de réadmission divise les parties.";

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void casXmiRoundTripsAndUimaReadsIt() throws Exception {
        byte[] xmi = roundTrip("xmi", CasXmi.MEDIA_TYPE);
        byte[] types = given().get("/api/v1/annotations/typesystem").then().statusCode(200).contentType(startsWith("application/xml"))
                .extract().asByteArray();
        CAS cas = CasCreationUtils.createCas(UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(new ByteArrayInputStream(types), null)), null, null);
        XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi), cas, false);
        Type passage = cas.getTypeSystem().getType(InterchangeTypes.PASSAGE);
        AnnotationFS first = cas.getAnnotationIndex(passage).iterator().next();
        assertEquals("Forum pour un autre Mali", first.getCoveredText());
        assertEquals(cas.getDocumentText().indexOf("Forum pour"), first.getBegin());
        assertEquals("Mali; société civile", first.getStringValue(passage.getFeatureByBaseName(InterchangeTypes.TAGS)));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void webAnnoTsvRoundTrips() {
        byte[] tsv = roundTrip("tsv", WebAnnoTsv.MEDIA_TYPE);
        assertTrue(new String(tsv, StandardCharsets.UTF_8).startsWith("#FORMAT=WebAnno TSV 3.3\n"));
    }

    /** Annotates a document, exports it, imports the file into a second one, and exports that: the same passages. */
    private static byte[] roundTrip(String format, String mediaType) {
        // the upload of a file already stored answers that document: each test's bytes differ
        Annotations.Doc a = document(TEXT + "\n" + format);
        create(a.passage("Forum pour un autre Mali", "tagging", List.of(tag("Mali"), tag("société civile"))));
        create(a.passage("Forum", "commenting", comment("une ONG ; [voir] | *note* -> suite")));
        create(a.passage("clause de réadmission", "tagging", tag("readmission_clause")));
        create(a.passage("délégués", "questioning", comment("lesquels ?")));
        byte[] exported = export(a.id(), format, mediaType);
        InterchangeDocument first = read(format, exported);
        assertEquals(List.of(
                new InterchangeDocument.Span(a.at("Forum pour"), a.end("Mali 🇲🇱") - 3, "tagging", List.of("Mali", "société civile"), null),
                new InterchangeDocument.Span(a.at("Forum"), a.end("Forum"), "commenting", List.of(), "une ONG ; [voir] | *note* -> suite"),
                new InterchangeDocument.Span(a.at("délégués"), a.end("délégués"), "questioning", List.of(), "lesquels ?"),
                new InterchangeDocument.Span(a.at("clause"), a.end("réadmission"), "tagging", List.of("readmission_clause"), null)),
                first.spans());
        if (format.equals("xmi")) {
            assertEquals(a.text(), first.text());
        }

        Annotations.Doc b = document(TEXT + "\n" + format + "\n\n");
        JsonPath report = given().contentType(mediaType).body(exported).post("/api/v1/documents/" + b.id() + "/interchange")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, report.getInt("created"), report.prettify());
        assertEquals(4, report.getInt("anchored"));
        assertEquals(List.of(), report.getList("rejected"));
        InterchangeDocument second = read(format, export(b.id(), format, mediaType));
        assertEquals(first.spans(), second.spans());
        assertEquals(first.relations(), second.relations());
        given().queryParam("document", b.id()).get("/api/v1/annotations/").then().statusCode(200)
                .body("total", equalTo(4))
                .body("first.items.generator.name", org.hamcrest.Matchers.everyItem(equalTo(
                        "import from " + (format.equals("xmi") ? "CAS XMI" : "WebAnno TSV"))));
        return exported;
    }

    private static byte[] export(long id, String format, String mediaType) {
        return given().queryParam("format", format).get("/api/v1/documents/" + id + "/interchange").then().statusCode(200)
                .contentType(startsWith(mediaType)).header("Content-Disposition", containsString("." + format)).extract().asByteArray();
    }

    private static InterchangeDocument read(String format, byte[] bytes) {
        return format.equals("xmi") ? CasXmi.read(bytes) : WebAnnoTsv.read(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void aRelationInATsvIsALinkingAnnotationBetweenItsPassages() {
        Annotations.Doc doc = document("Le Forum pour Mali contredit le rapport.");
        String tsv = String.join("\n",
                "#FORMAT=WebAnno TSV 3.3",
                "#T_SP=webanno.custom.Passage|comment|motivation|tags",
                "#T_RL=webanno.custom.PassageLink|label|BT_webanno.custom.Passage",
                "", "",
                "#Text=Le Forum pour Mali contredit le rapport.",
                "1-1\t0-2\tLe\t_\t_\t_\t_\t_",
                "1-2\t3-8\tForum\t*[1]\t*[1]\tacteur[1]\t_\t_",
                "1-3\t9-13\tpour\t*[1]\t*[1]\tacteur[1]\t_\t_",
                "1-4\t14-18\tMali\t*[1]\t*[1]\tacteur[1]\t_\t_",
                "1-5\t19-28\tcontredit\t_\t_\t_\t_\t_",
                "1-6\t29-31\tle\t_\t_\t_\t_\t_",
                "1-7\t32-39\trapport\t*\t*\tsource\tcontredit\t1-2[1_0]",
                "1-8\t39-40\t.\t_\t_\t_\t_\t_", "");
        JsonPath report = given().contentType(WebAnnoTsv.MEDIA_TYPE).body(tsv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents/" + doc.id() + "/interchange").then().statusCode(200).extract().jsonPath();
        InterchangeDocument exported = read("tsv", export(doc.id(), "tsv", WebAnnoTsv.MEDIA_TYPE));
        assertEquals(List.of(new InterchangeDocument.Span(3, 18, "tagging", List.of("acteur"), null),
                new InterchangeDocument.Span(32, 39, "tagging", List.of("source"), null)), exported.spans());
        if (report.getInt("created") == 3) {
            // the service stores linking annotations with two targets: the relation comes back
            assertEquals(List.of(new InterchangeDocument.Relation(0, 1, "contredit")), exported.relations());
        } else {
            // until it does, the relation (row 2, after the two passages) is refused with the service's reason
            assertEquals(2, report.getInt("created"), report.prettify());
            assertEquals(2, report.getInt("rejected[0].row"));
            assertTrue(report.getString("rejected[0].detail").contains("target"), report.prettify());
        }
    }

    @Test
    @TestSecurity(user = "annotator", roles = { "annotator", "reader" })
    void malformedOrHostileFilesAreProblemsNamingWhere() {
        Annotations.Doc doc = document("Un mot.");
        String path = "/api/v1/documents/" + doc.id() + "/interchange";
        given().contentType(WebAnnoTsv.MEDIA_TYPE).body(("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Passage|comment|motivation|tags\n\n\n"
                + "#Text=Un mot.\n1-1\t0-2\tUn\t_\t_\n").getBytes(StandardCharsets.UTF_8)).post(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].row", equalTo(6))
                .body("errors[0].field", equalTo("body")).body("detail", startsWith("line 6 "));
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xmi:XMI "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\">&e;</xmi:XMI>";
        given().contentType("application/xml").body(xxe.getBytes(StandardCharsets.UTF_8)).post(path)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("DOCTYPE"));
        given().contentType(CasXmi.MEDIA_TYPE).body("<xmi:XMI".getBytes(StandardCharsets.UTF_8)).post(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].row", equalTo(1));
        given().contentType(WebAnnoTsv.MEDIA_TYPE).body(new byte[] { (byte) 0xC3, 0x28 }).post(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().contentType(WebAnnoTsv.MEDIA_TYPE).body(new byte[0]).post(path)
                .then().statusCode(400).contentType("application/problem+json");
        byte[] valid = export(doc.id(), "tsv", WebAnnoTsv.MEDIA_TYPE);
        given().contentType(WebAnnoTsv.MEDIA_TYPE).body(valid).post("/api/v1/documents/999999/interchange")
                .then().statusCode(404).contentType("application/problem+json");
        given().get(path).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().queryParam("format", "pdf").get(path).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("format", "xmi").queryParam("status", "gold").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().queryParam("format", "xmi").get("/api/v1/documents/999999/interchange").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("format", "xmi").queryParam("status", "accepted").get(path).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "reader", roles = { "reader" })
    void aReaderExportsButDoesNotImport() {
        given().contentType(WebAnnoTsv.MEDIA_TYPE).body("#FORMAT=WebAnno TSV 3.3\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents/1/interchange").then().statusCode(403);
        given().get("/api/v1/annotations/typesystem").then().statusCode(200)
                .body(containsString("webanno.custom.PassageLink"));
    }

}
