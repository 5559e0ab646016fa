package io.corridor.document.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.corridor.testing.PublishedContract;
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
            "describeAnnotationContainer", "describeAnnotation", "exportAnnotatedPdf", "exportInterchange", "importInterchange",
            "getInterchangeTypeSystem",
            "listDocumentAssignments", "assignDocument", "unassignDocument", "setAssignmentState", "setOwnAssignmentState",
            "getDocumentWorkflow", "setDocumentWorkflow", "listMyAssignments", "getWorkload",
            "flagAnnotation", "moderateAnnotation", "listFlags", "getTeamModeration", "setTeamModeration",
            "listMembers", "getMember", "listNotifications", "markNotificationsRead", "streamNotifications",
            "followDocument", "unfollowDocument", "listVocabularies", "createVocabulary", "importVocabulary", "getVocabulary",
            "exportVocabulary", "replaceVocabulary", "replaceVocabularyFromSkos", "deleteVocabulary", "getTeamVocabulary",
            "setTeamVocabulary", "getCuration", "decideCuration", "mergeCuration");

    static final Set<String> PUBLIC_SCHEMAS = Set.of("Document", "PageDocument", "DocumentPage", "DocumentVersion",
            "DocumentUpload", "Reanchoring", "SearchHit", "SearchPage", "SuggestionReport", "Annotation", "AnnotationAgent",
            "AnnotationSelector", "WebAnnotationBody", "WebAnnotationTarget", "AnnotationPage", "AnnotationCollection",
            "AnnotationRevision", "AnnotationStatusChange", "AnnotationBulkStatus", "AnnotationBulkStatusResult",
            "AnnotationTagCount", "AnnotationAgreement", "AnnotationAgreementPair", "AnnotationImportReport",
            "AnnotationImportRejection", "Problem", "Violation",
            "Assignment", "WorkloadItem", "PageWorkloadItem", "WorkflowStateChange", "DocumentWorkflow",
            "AnnotationModerationState", "AnnotationFlag", "AnnotationFlagRequest", "PageFlagView", "AnnotationModeration",
            "TeamModeration", "TeamModerationChange", "Member", "Notification", "PageNotificationView", "NotificationsRead", "NotificationsReadResult",
            "Curation", "CurationUnit", "CurationVersion", "CurationCounts", "CurationDecision", "CurationMergeResult");

    @Test
    void everyOperationHasItsStableIdAndTheRolesItRequires() {
        JsonPath document = PublishedContract.document();
        PublishedContract.assertOperations(document, OPERATIONS);
        assertEquals(List.of("curator"), document.getList("paths.'/api/v1/annotations/status'.post.x-corridor-roles"));
        String annotatedPdf = "paths.'/api/v1/documents/{id}/annotated.pdf'.get";
        assertEquals(List.of("reader"), document.getList(annotatedPdf + ".x-corridor-roles"));
        assertEquals("binary", document.getString(annotatedPdf + ".responses.'200'.content.'application/pdf'.schema.format"));
        for (String problem : List.of("404", "409")) {
            assertEquals("#/components/schemas/Problem",
                    document.getString(annotatedPdf + ".responses.'" + problem + "'.content.'application/problem+json'.schema.$ref"));
        }
    }

    @Test
    void schemasKeepTheirPublicNamesAndPageItemsAreAnnotationsOrIris() {
        JsonPath document = PublishedContract.document();
        PublishedContract.assertSchemas(document, PUBLIC_SCHEMAS);
        assertEquals("array", document.getString("components.schemas.AnnotationPage.properties.items.type"));
        assertFalse(document.getMap("components.schemas.AnnotationPage.properties.items").containsKey("anyOf"));
        List<Map<String, Object>> item = document.getList("components.schemas.AnnotationPageItem.anyOf");
        assertEquals("#/components/schemas/Annotation", item.get(0).get("$ref"));
        assertEquals("string", item.get(1).get("type"));
        assertEquals(List.of("id", "title", "authors", "kind", "tags", "version", "createdBy", "createdAt", "updatedAt"),
                document.getList("components.schemas.Document.required"));
    }
}
