package io.corridor.actor.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.actor.EventKind;
import io.corridor.actor.api.Event;
import io.corridor.actor.api.EventDraft;
import io.corridor.actor.repository.EventRepository;
import io.corridor.actor.service.EventService;
import io.corridor.support.concurrency.Tagged;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.corridor.support.time.PartialDate;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/events")
@Tag(name = "Events", description = "Negotiation rounds, summits, high-level dialogues, signings: who took part for whom, "
        + "over which instruments, when and where, shown by quotes in the documents")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventService events;
    private final SecurityIdentity identity;

    public EventResource(EventService events, SecurityIdentity identity) {
        this.events = events;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listEvents", summary = "List events by date", description = "actor: events it took part "
            + "in or was represented at (onBehalfOf). " + Docs.PERIOD)
    @APIResponse(responseCode = "200", description = "A page of events, by date")
    public Uni<Page<Event>> list(
            @Parameter(description = "Actor id", example = "1") @QueryParam("actor") Long actor,
            @Parameter(schema = @Schema(implementation = EventKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("at") String at,
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("from") String from,
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("to") String to,
            @Valid @BeanParam PageRequest page) {
        if (kind != null) {
            try {
                EventKind.of(kind);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("kind", e.getMessage());
            }
        }
        return events.list(new EventRepository.Filter(actor, kind, Queries.period(at, from, to)), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getEvent", summary = "One event; ETag carries its version", description = "With its "
            + "participants, instruments and evidence.")
    @APIResponse(responseCode = "200", description = "The event; ETag carries its version",
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Event>> get(@PathParam("id") long id) {
        return events.get(id).map(Tagged::ok);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "createEvent", summary = "Record an event (curators) or propose one (annotators)",
            description = "Refused with the field named: an unknown kind, an end before the start, uncertainty bounds "
                    + "out of order or not around the dates, a participant or onBehalfOf that is no live actor, an "
                    + "instrument that is no live instrument, evidence without annotation or quote.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it, ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Event.class)), headers = {
            @Header(name = HttpHeaders.LOCATION, description = Docs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "422", description = Docs.EVENT_RULE)
    public Uni<RestResponse<Event>> record(@NotNull @Valid EventDraft draft, UriInfo uri) {
        return events.record(draft, identity).map(e -> Tagged.created(URI.create(uri.getPath() + "/" + e.id()), e));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "replaceEvent", summary = "Replace an event (If-Match required)", description = "If-Match "
            + "must carry the ETag read last: 428 without it, 412 when the event changed since. Participants, "
            + "instruments and evidence are replaced with the draft's.")
    @APIResponse(responseCode = "200", description = Docs.DONE,
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = Docs.EVENT_RULE)
    public Uni<RestResponse<Event>> replace(@PathParam("id") long id,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EventDraft draft) {
        return events.replace(id, draft, ifMatch, identity).map(Tagged::ok);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "acceptEvent", summary = "Accept a proposed event", description = "An annotator's event is "
            + "proposed until a curator accepts it; accepting an accepted event changes nothing.")
    @APIResponse(responseCode = "200", description = Docs.DONE,
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Event>> accept(@PathParam("id") long id,
            @Parameter(description = Docs.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return events.accept(id, ifMatch, identity).map(Tagged::ok);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "deleteEvent", summary = "Delete an event (If-Match required)", description = "The event "
            + "goes with its participants, instruments and evidence.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<RestResponse<Void>> delete(@PathParam("id") long id,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return events.delete(id, ifMatch).map(x -> RestResponse.noContent());
    }
}
