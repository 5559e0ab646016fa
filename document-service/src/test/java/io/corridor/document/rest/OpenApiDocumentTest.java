package io.corridor.document.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The service's OpenAPI document is the public contract of its operations (the gateway assembles the public
 * document from it): stable operation ids, the roles each requires, the public schema names generated clients
 * are built on, and the container page whose items are annotations or IRIs.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final Set<String> OPERATIONS = Set.of("listDocuments", "uploadDocument", "getDocument", "updateDocument",
            "deleteDocument", "restoreDocument", "getDocumentText", "getDocumentPages", "getDocumentOriginal",
            "listDocumentVersions", "addDocumentVersion", "getDocumentVersion", "getDocumentVersionText",
            "getDocumentVersionPages", "getDocumentVersionOriginal", "streamDocumentEvents", "listOrphanAnnotations",
            "suggestAnnotations", "getAnnotationAgreement", "searchDocuments", "listAnnotations", "createAnnotation",
            "getAnnotation", "replaceAnnotation", "deleteAnnotation", "getAnnotationHistory", "setAnnotationStatus",
            "setAnnotationStatuses", "listAnnotationTags", "exportAnnotations", "importAnnotations",
            "describeAnnotationContainer", "describeAnnotation");

    static final Set<String> PUBLIC_SCHEMAS = Set.of("Document", "PageDocument", "DocumentPage", "DocumentVersion",
            "DocumentUpload", "Reanchoring", "SearchHit", "SearchPage", "SuggestionReport", "Annotation", "AnnotationAgent",
            "AnnotationSelector", "WebAnnotationBody", "WebAnnotationTarget", "AnnotationPage", "AnnotationCollection",
            "AnnotationRevision", "AnnotationStatusChange", "AnnotationBulkStatus", "AnnotationBulkStatusResult",
            "AnnotationTagCount", "AnnotationAgreement", "AnnotationAgreementPair", "AnnotationImportReport",
            "AnnotationImportRejection", "Problem", "Violation");

    @Test
    void everyOperationHasItsStableIdAndTheRolesItRequires() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((verb, operation) -> {
            ids.add(String.valueOf(operation.get("operationId")));
            Object roles = operation.get("x-corridor-roles");
            assertTrue(roles instanceof List<?> list && !list.isEmpty(), verb + " " + path + " declares no roles");
        }));
        assertEquals(new TreeSet<>(OPERATIONS), new TreeSet<>(ids));
        assertEquals(OPERATIONS.size(), ids.size(), "an operationId is used twice: " + ids);
        assertEquals(List.of("curator"), document.getList("paths.'/api/v1/annotations/status'.post.x-corridor-roles"));
    }

    @Test
    void schemasKeepTheirPublicNamesAndPageItemsAreAnnotationsOrIris() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Set<String> schemas = document.<String, Object>getMap("components.schemas").keySet();
        assertTrue(schemas.containsAll(PUBLIC_SCHEMAS), "missing: " + PUBLIC_SCHEMAS.stream().filter(s -> !schemas.contains(s)).toList());
        assertEquals("array", document.getString("components.schemas.AnnotationPage.properties.items.type"));
        assertFalse(document.getMap("components.schemas.AnnotationPage.properties.items").containsKey("anyOf"));
        List<Map<String, Object>> item = document.getList("components.schemas.AnnotationPageItem.anyOf");
        assertEquals("#/components/schemas/Annotation", item.get(0).get("$ref"));
        assertEquals("string", item.get(1).get("type"));
        assertEquals(List.of("id", "title", "authors", "kind", "tags", "version", "createdBy", "createdAt", "updatedAt"),
                document.getList("components.schemas.Document.required"));
    }
}
