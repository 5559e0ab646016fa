package io.corridor.gateway.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.gateway.api.Relation;
import io.corridor.gateway.api.RelationDraft;
import io.corridor.gateway.client.ActorClient;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/relations")
@Tag(name = "Relations", description = "Relations between actors over time, each backed by evidence in the documents")
@Produces(MediaType.APPLICATION_JSON)
public class RelationResource {

    private static final String DATE = "A partial date: YYYY, YYYY-MM or YYYY-MM-DD";

    private final ActorClient actors;

    public RelationResource(ActorClient actors) {
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List relations", description = "at: in force at some moment of that partial date; from/to: "
            + "overlapping that period. Unknown starts and ends count as open.")
    public Uni<Page<Relation>> list(@Parameter(description = DATE) @QueryParam("at") String at,
            @Parameter(description = DATE) @QueryParam("from") String from,
            @Parameter(description = DATE) @QueryParam("to") String to, @QueryParam("predicate") String predicate,
            @Valid @BeanParam PageRequest page) {
        return actors.relations(at, from, to, predicate, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One relation; ETag carries its version")
    public Uni<RestResponse<Relation>> get(@PathParam("id") long id) {
        return actors.relation(id).map(ActorResource::tagged);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Record a relation (curators) or propose one (annotators)", description = "Refused with the "
            + "field named: an unknown predicate or actor, a relation of an actor to itself, an end before the start, a "
            + "part_of cycle.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it, ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Relation.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule of the registry; errors name the field (unknown or merged actor, self relation, end before start, part_of cycle)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<RestResponse<Relation>> record(@NotNull @Valid RelationDraft draft, UriInfo uri) {
        return actors.record(draft).map(r -> RestResponse.ResponseBuilder
                .<Relation> created(URI.create(uri.getPath() + "/" + r.getEntity().id())).entity(r.getEntity())
                .header(HttpHeaders.ETAG, r.getHeaderString(HttpHeaders.ETAG)).build());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Replace a relation (If-Match required)")
    @APIResponse(responseCode = "422", description = "Refused by a rule of the registry; errors name the field (unknown or merged actor, self relation, end before start, part_of cycle)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "200", description = "Done; ETag carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Relation.class)))
    public Uni<RestResponse<Relation>> replace(@PathParam("id") long id,
            @Parameter(required = true, description = "The ETag read last") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RelationDraft draft) {
        return actors.replaceRelation(id, ifMatch, draft).map(ActorResource::tagged);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Accept a proposed relation")
    @APIResponse(responseCode = "200", description = "Done; ETag carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Relation.class)))
    public Uni<RestResponse<Relation>> accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return actors.acceptRelation(id, ifMatch).map(ActorResource::tagged);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Delete a relation (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<RestResponse<Void>> delete(@PathParam("id") long id,
            @Parameter(required = true, description = "The ETag read last") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return actors.deleteRelation(id, ifMatch).map(r -> RestResponse.noContent());
    }
}
