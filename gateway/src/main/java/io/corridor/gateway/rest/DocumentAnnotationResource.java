package io.corridor.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.gateway.api.AnnotationAgreement;
import io.corridor.gateway.api.AnnotationPage;
import io.corridor.gateway.api.SuggestionReport;
import io.corridor.gateway.client.AnnotationClient;
import io.corridor.gateway.client.DocumentEventStream;
import io.corridor.support.security.Roles;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.ext.web.RoutingContext;

/** The annotation views of one document: live events, orphans, suggested actor links, agreement. */
@Path("/api/v1/documents")
@Tag(name = "Annotations")
public class DocumentAnnotationResource {

    private final AnnotationClient annotations;
    private final DocumentEventStream events;
    private final SecurityIdentity identity;

    public DocumentAnnotationResource(AnnotationClient annotations, DocumentEventStream events, SecurityIdentity identity) {
        this.annotations = annotations;
        this.events = events;
        this.identity = identity;
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Live annotation events of a document (Server-Sent Events)", description = "Events created, "
            + "updated (data: the annotation's JSON-LD), deleted (data: {\"id\": iri}) and presence (data: {\"documentId\": "
            + "id, \"viewers\": [{\"name\": ...}]}) of the annotations the subscriber may see, from every replica. Each "
            + "event's id is its sequence number: reconnecting with Last-Event-ID (or ?lastEventId=, for EventSource "
            + "reopened by a script) replays what was missed in the last hour. Browsers subscribe with their session "
            + "cookie. The stream has no time limit.")
    @APIResponse(responseCode = "200", description = "The event stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(type = SchemaType.STRING, example = "id: 42\nevent: created\ndata: {\"id\": \"http://localhost:8080/api/v1/annotations/…\", …}\n\n")))
    public Uni<Void> events(@PathParam("id") long id,
            @Parameter(description = "Id of the last event received: the events after it are replayed first")
            @HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @Parameter(description = "Same as Last-Event-ID, for clients that cannot set headers")
            @QueryParam("lastEventId") String lastEventIdQuery,
            @Context SseEventSink sink, @Context Sse sse, @Context RoutingContext routing) {
        String last = lastEventIdHeader != null && !lastEventIdHeader.isBlank() ? lastEventIdHeader : lastEventIdQuery;
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        // Opened before the answer starts: a refusal of the service (404, 401) becomes the gateway's problem.
        return events.open(id, token == null ? null : token.getToken(), last).invoke(stream -> {
            Cancellable relay = stream.onItem().transformToUniAndConcatenate(e -> e.comment() != null
                    ? keepAlive(routing, e.comment())
                    : Uni.createFrom().completionStage(() -> sink.send(outbound(sse, e))))
                    .subscribe().with(sent -> {
                    }, failure -> sink.close(), sink::close);
            // The subscriber left: the service's stream is closed with it.
            routing.addEndHandler(ended -> relay.cancel());
        }).replaceWithVoid();
    }

    /** The service's keep-alive comment, passed on so that proxies in front of the gateway keep the stream open too. */
    private static Uni<Void> keepAlive(RoutingContext routing, String comment) {
        if (!routing.response().headWritten() || routing.response().closed()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().completionStage(() -> routing.response().write(": " + comment + "\n\n").toCompletionStage());
    }

    private static OutboundSseEvent outbound(Sse sse, DocumentEventStream.Event e) {
        OutboundSseEvent.Builder builder = sse.newEventBuilder().mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, e.data());
        if (e.id() != null) {
            builder.id(e.id());
        }
        if (e.name() != null) {
            builder.name(e.name());
        }
        if (e.retry() != null) {
            builder.reconnectDelay(e.retry());
        }
        return builder.build();
    }

    @GET
    @Path("{id}/orphans")
    @Produces({ AnnotationResource.LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Orphaned annotations of a document", description = "Annotations the caller may see whose passage "
            + "a newer version no longer contains: kept and flagged anchorState orphaned, listed here to re-attach or delete.")
    @APIResponse(responseCode = "200", description = "The orphans", content = {
            @Content(mediaType = AnnotationResource.LD_JSON, schema = @Schema(implementation = AnnotationPage.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnotationPage.class)) })
    public Uni<Response> orphans(@PathParam("id") long id) {
        return annotations.orphans(id).map(Relay::of);
    }

    @POST
    @Path("{id}/suggestions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Suggest actor links in a document", description = "Runs the actor-mention detection of the actor "
            + "registry over the document's latest text and stores each mention as a proposed identifying annotation by "
            + "corridor-suggester (visibility public, status proposed), for curators to accept or reject in bulk. "
            + "Idempotent: a span and actor already proposed is skipped.")
    @APIResponse(responseCode = "201", description = "What was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestionReport.class)))
    @APIResponse(responseCode = "200", description = "Nothing new to propose",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestionReport.class)))
    public Uni<Response> suggest(@PathParam("id") long id) {
        return annotations.suggest(id).map(Relay::of);
    }

    @GET
    @Path("{id}/agreement")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Inter-annotator agreement on a document", description = "Over the passages several annotators "
            + "marked with actors (identifying) or tags (tagging), among the annotations the caller may see.")
    @APIResponse(responseCode = "200", description = "Cohen's kappa per pair, Krippendorff's alpha",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnotationAgreement.class)))
    public Uni<Response> agreement(@PathParam("id") long id) {
        return annotations.agreement(id).map(Relay::of);
    }
}
