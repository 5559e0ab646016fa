package io.corridor.actor.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.corridor.testing.PublishedContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The service's OpenAPI document is the public contract of the registry (the gateway assembles the public
 * document from it): stable operation ids, the roles each requires, the public schema names generated clients
 * are built on, and the answers a merged actor and a network give.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
class OpenApiDocumentTest {

    static final Set<String> OPERATIONS = Set.of("listActors", "createActor", "getActor", "replaceActor", "acceptActor",
            "mergeActor", "listActorRelations", "getActorTimeline", "getActorNetwork", "detectMentions", "listRelations",
            "createRelation", "getRelation", "replaceRelation", "deleteRelation", "acceptRelation", "getReconciliationManifest",
            "reconcile", "reconcileJson", "previewReconciledActor", "proposeReconciliationProperties", "listEvents", "getEvent",
            "createEvent", "replaceEvent", "deleteEvent", "listPosts", "getPost", "createPost", "replacePost", "deletePost",
            "acceptEvent", "acceptPost",
            "exportPopolo", "exportFollowTheMoney");

    static final Set<String> PUBLIC_SCHEMAS = Set.of("Actor", "ActorDraft", "ActorRef", "LocalizedName", "MergeRequest",
            "Relation", "RelationDraft", "Evidence", "Network", "NetworkNode", "NetworkEdge", "Mention", "MentionRequest",
            "MentionedIn", "Timeline", "TimelineEntry", "PageActor", "PageRelation", "PartialDate", "Problem", "Violation",
            "ReconciliationManifest", "ReconciliationBatch", "ReconciliationQuery", "ReconciliationResult", "ReconciliationCandidate",
            "ReconciliationType", "PropertyValue", "PropertyProposal", "Event", "EventDraft", "EventKind", "Participant",
            "ParticipantDraft", "InstrumentAction", "InstrumentActionDraft", "PageEvent", "Post", "PostDraft", "PostRef", "Holder",
            "PagePost");

    @Test
    void everyOperationHasItsStableIdAndTheRolesItRequires() {
        JsonPath document = PublishedContract.document();
        PublishedContract.assertOperations(document, OPERATIONS);
        assertEquals(List.of("annotator"), document.getList("paths.'/api/v1/actors'.post.x-corridor-roles"));
        assertEquals(List.of("curator"), document.getList("paths.'/api/v1/actors/{id}/merge'.post.x-corridor-roles"));
        assertEquals(List.of("annotator"), document.getList("paths.'/api/v1/posts'.post.x-corridor-roles"));
        assertEquals(List.of("curator"), document.getList("paths.'/api/v1/posts/{id}'.delete.x-corridor-roles"));
        assertEquals(List.of("reader"), document.getList("paths.'/api/v1/exports/ftm'.get.x-corridor-roles"));
    }

    @Test
    void schemasKeepTheirPublicNamesAndAnswersTheirHeaders() {
        JsonPath document = PublishedContract.document();
        PublishedContract.assertSchemas(document, PUBLIC_SCHEMAS);
        assertEquals("#/components/schemas/Actor",
                document.getString("components.schemas.PageActor.properties.items.items.$ref"));
        assertTrue(document.getList("components.schemas.Actor.required")
                .containsAll(List.of("id", "kind", "name", "status", "version")));
        assertTrue(document.getMap("paths.'/api/v1/actors/{id}'.get.responses.'308'.headers").containsKey("Location"));
        assertTrue(document.getMap("paths.'/api/v1/actors'.post.responses.'201'.headers").keySet()
                .containsAll(Set.of("Location", "ETag")));
        assertEquals(Set.of("application/json", "application/gexf+xml", "application/graphml+xml"),
                document.getMap("paths.'/api/v1/actors/{id}/network'.get.responses.'200'.content").keySet());
    }

}
