package io.corridor.document.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.Caller;
import io.corridor.document.api.NotificationView;
import io.corridor.document.api.ReadRequest;
import io.corridor.document.api.ReadResult;
import io.corridor.document.live.NotificationStreams;
import io.corridor.document.repository.NotificationQueries;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The caller's inbox: notifications, marking them read, and their live stream. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "Mentions, replies, assignments, flags, moderation, statuses and new versions, for their recipient")
public class NotificationResource {

    static final int MAX_IDS = 1000;

    private final NotificationQueries notifications;
    private final NotificationStreams streams;
    private final SecurityIdentity identity;

    public NotificationResource(NotificationQueries notifications, NotificationStreams streams, SecurityIdentity identity) {
        this.notifications = notifications;
        this.streams = streams;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first", description = """
            Each points to its document and, when it is about one, its annotation (IRIs). What the caller may not see \
            now (a deleted document, an annotation made private, deleted, or pending) is left out, counts included. \
            unread=true: the unread ones only (their total is the unread count).""")
    public Uni<Page<NotificationView>> list(@Valid @BeanParam PageRequest page,
            @Parameter(description = "true: unread only", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("unread") String unread) {
        return notifications.page(Caller.of(identity), flag(unread), page.page, page.size);
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "markNotificationsRead", summary = "Mark notifications read",
            description = "ids (the caller's; others are ignored), or all: true. Answers how many were unread.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReadRequest.class)))
    @APIResponse(responseCode = "200", description = "How many changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReadResult.class)))
    public Uni<ReadResult> read(ReadRequest request) {
        boolean all = request != null && Boolean.TRUE.equals(request.all());
        List<Long> ids = request == null ? null : request.ids();
        if (!all && (ids == null || ids.isEmpty())) {
            throw ProblemException.invalid("ids", "name at least one notification, or send all: true");
        }
        if (!all && ids.size() > MAX_IDS) {
            throw ProblemException.invalid("ids", "must name at most " + MAX_IDS + " notifications");
        }
        if (!all && ids.contains(null)) {
            throw ProblemException.invalid("ids", "must be notification ids (whole numbers)");
        }
        return notifications.markRead(Caller.of(identity).name(), all ? null : ids).map(ReadResult::new);
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "streamNotifications", summary = "The caller's notifications, live (Server-Sent Events)", description = """
            `notification` events (data: the notification's JSON, as in the list; `id:` its id) as they are written, \
            only those the caller may see when they are sent; a `: keep-alive` comment every 20 seconds. With \
            Last-Event-ID (or lastEventId) the caller's notifications after it come first (they are kept: no window). \
            The stream ends when the token expires: reconnect with a fresh token and Last-Event-ID. Accept must name \
            text/event-stream (406 otherwise: a client accepting anything would wait forever).""")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    example = "id: 42\nevent: notification\ndata: {\"id\": 42, \"type\": \"mentioned\", …}\n\n")))
    public Multi<OutboundSseEvent> events(
            @Parameter(description = "The id of the last notification received: send what came after it",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\s*[0-9]+\\s*$"))
            @HeaderParam(DocumentEventResource.LAST_EVENT_ID) String lastEventHeader,
            @Parameter(description = "Same as Last-Event-ID, for EventSource's first connection; the header wins",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\s*[0-9]+\\s*$"))
            @QueryParam("lastEventId") String lastEventQuery,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context Sse sse) {
        // a stream only for who asks for one (EventSource does): a client that accepts anything gets a 406, not
        // a response that never ends
        if (accept == null || !accept.toLowerCase(java.util.Locale.ROOT).contains(MediaType.SERVER_SENT_EVENTS)) {
            throw new ProblemException(406, "not-acceptable", "Not acceptable",
                    "this is an event stream: send Accept: text/event-stream", List.of(
                            io.corridor.support.problem.Violation.field("Accept", "must name text/event-stream")));
        }
        return streams.follow(Caller.of(identity), DocumentEventResource.lastEventId(lastEventHeader, lastEventQuery),
                DocumentEventResource.expiry(identity)).map(event -> DocumentEventResource.sse(sse, event));
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank() || "false".equals(value.strip())) {
            return false;
        }
        if ("true".equals(value.strip())) {
            return true;
        }
        throw ProblemException.invalid("unread", "must be true or false");
    }
}
