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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.actor.RelationDraft;
import io.corridor.actor.RelationView;
import io.corridor.actor.service.RelationService;
import io.corridor.support.concurrency.Tagged;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/relations")
@Tag(name = "Relations")
@Produces(MediaType.APPLICATION_JSON)
public class RelationResource {

    private final RelationService relations;
    private final SecurityIdentity identity;

    public RelationResource(RelationService relations, SecurityIdentity identity) {
        this.relations = relations;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List relations", description = "at: in force at some moment of that partial date; from/to: overlapping that period.")
    public Uni<Page<RelationView>> list(@QueryParam("at") String at, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("predicate") String predicate, @Valid @BeanParam PageRequest page) {
        return relations.list(Queries.period(at, from, to), ActorResource.predicate(predicate), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One relation")
    public Uni<RestResponse<RelationView>> get(@PathParam("id") long id) {
        return relations.get(id).map(Tagged::ok);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Record a relation (curators) or propose one (annotators)")
    public Uni<RestResponse<RelationView>> record(@NotNull @Valid RelationDraft draft, UriInfo uri) {
        return relations.record(draft, identity).map(r -> Tagged.created(URI.create(uri.getPath() + "/" + r.id()), r));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Replace a relation (If-Match required)")
    public Uni<RestResponse<RelationView>> replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RelationDraft draft) {
        return relations.replace(id, draft, ifMatch, identity).map(Tagged::ok);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Accept a proposed relation")
    public Uni<RestResponse<RelationView>> accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return relations.accept(id, ifMatch, identity).map(Tagged::ok);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Delete a relation (If-Match required)")
    public Uni<RestResponse<Void>> delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return relations.delete(id, ifMatch).map(x -> RestResponse.noContent());
    }
}
