package io.corridor.document.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.LiveEvent;
import io.corridor.document.Caller;
import io.corridor.document.live.LiveEvents;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerResponse;

/** The live events of a document; next to {@link DocumentResource} under the same path. */
@Path("/api/v1/documents")
@Tag(name = "Live updates")
public class DocumentEventResource {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final LiveEvents events;
    private final SecurityIdentity identity;

    public DocumentEventResource(LiveEvents events, SecurityIdentity identity) {
        this.events = events;
        this.identity = identity;
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "streamDocumentEvents", summary = "Live annotation events of a document (Server-Sent Events)", description = """
            Events `created`, `updated` (data: the annotation's JSON-LD) and `deleted` (data: `{"id": iri}`) \
            of the annotations the caller may see, each with `id:` its sequence number; `presence` events \
            (data: `{"documentId": n, "viewers": [{"name": ..}]}`, no id) whenever the document's viewers \
            change; a `: keep-alive` comment every 20 seconds. With `Last-Event-ID` (or `lastEventId`, \
            for a browser's first connection) the events after it from the last hour come first. \
            The stream ends when the caller's token expires: reconnect with a fresh token and Last-Event-ID.""")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    example = "id: 42\nevent: created\ndata: {\"id\": \"http://localhost:8080/api/v1/annotations/…\", …}\n\n")))
    public Multi<OutboundSseEvent> events(@PathParam("id") long id,
            @Parameter(description = "The id of the last event received: replay what came after it (last hour)",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\s*[0-9]+\\s*$"))
            @HeaderParam(LAST_EVENT_ID) String lastEventHeader,
            @Parameter(description = "Same as Last-Event-ID, for clients that cannot set headers (EventSource's first connection); the header wins",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\s*[0-9]+\\s*$"))
            @QueryParam("lastEventId") String lastEventQuery,
            @Context HttpServerResponse response) {
        // Quarkus REST has sent the event-stream head when it subscribes; the frames, each encoded once for
        // every subscriber of the document, are written to the response as they are, and the stream's end
        // (the Multi completing) ends the response
        return events.follow(id, Caller.of(identity), lastEventId(lastEventHeader, lastEventQuery), expiry(), response::write);
    }

    /** The Last-Event-ID header, else the lastEventId query parameter, else null. */
    static Long lastEventId(String header, String query) {
        return header != null && !header.isBlank() ? eventId(LAST_EVENT_ID, header)
                : query != null && !query.isBlank() ? eventId("lastEventId", query) : null;
    }

    /** An event as SSE: a keep-alive comment, or the event's name, data and id (the notification streams). */
    static OutboundSseEvent sse(Sse sse, LiveEvent event) {
        if (event.keepAlive()) {
            return sse.newEventBuilder().comment("keep-alive").build();
        }
        OutboundSseEvent.Builder builder = sse.newEventBuilder().name(event.type())
                .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, event.data());
        if (event.id() != null) {
            builder.id(event.id().toString());
        }
        return builder.build();
    }

    /** When the bearer token expires: the stream ends then, so a revoked user stops receiving events. */
    private Instant expiry() {
        return expiry(identity);
    }

    static Instant expiry(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim(Claims.exp.name()) instanceof Number exp
                && exp.longValue() > 0) {
            return Instant.ofEpochSecond(exp.longValue());
        }
        return null;
    }

    static Long eventId(String field, String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(field, "must be the id of an event received from this stream (a whole number)");
    }
}
