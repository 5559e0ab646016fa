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

import io.corridor.actor.Predicate;
import io.corridor.actor.api.Relation;
import io.corridor.actor.api.RelationDraft;
import io.corridor.actor.service.RelationService;
import io.corridor.support.concurrency.Tagged;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.corridor.support.time.PartialDate;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/relations")
@Tag(name = "Relations", description = "Relations between actors over time, each backed by evidence in the documents")
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
    @Operation(operationId = "listRelations", summary = "List relations", description = Docs.PERIOD)
    @APIResponse(responseCode = "200", description = "A page of relations")
    public Uni<Page<Relation>> list(
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("at") String at,
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("from") String from,
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("to") String to,
            @Parameter(schema = @Schema(implementation = Predicate.class)) @QueryParam("predicate") String predicate,
            @Valid @BeanParam PageRequest page) {
        return relations.list(Queries.period(at, from, to), ActorResource.predicate(predicate), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getRelation", summary = "One relation; ETag carries its version", description = "Both ends "
            + "named, with its dates, confidence, status and the evidence backing it.")
    @APIResponse(responseCode = "200", description = "The relation; ETag carries its version",
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Relation>> get(@PathParam("id") long id) {
        return relations.get(id).map(Tagged::ok);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "createRelation", summary = "Record a relation (curators) or propose one (annotators)",
            description = "Refused with the field named: an unknown predicate or actor, a relation of an actor to itself, "
                    + "an end before the start, a part_of cycle.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it, ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Relation.class)), headers = {
            @Header(name = HttpHeaders.LOCATION, description = Docs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "422", description = Docs.RELATION_RULE)
    public Uni<RestResponse<Relation>> record(@NotNull @Valid RelationDraft draft, UriInfo uri) {
        return relations.record(draft, identity).map(r -> Tagged.created(URI.create(uri.getPath() + "/" + r.id()), r));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "replaceRelation", summary = "Replace a relation (If-Match required)", description = "If-Match "
            + "must carry the ETag read last: 428 without it, 412 when the relation changed since. The draft is checked as "
            + "when recording one; its evidence replaces the relation's.")
    @APIResponse(responseCode = "200", description = Docs.DONE,
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = Docs.RELATION_RULE)
    public Uni<RestResponse<Relation>> replace(@PathParam("id") long id,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RelationDraft draft) {
        return relations.replace(id, draft, ifMatch, identity).map(Tagged::ok);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "acceptRelation", summary = "Accept a proposed relation", description = "Accepting an accepted "
            + "relation changes nothing.")
    @APIResponse(responseCode = "200", description = Docs.DONE,
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Relation>> accept(@PathParam("id") long id,
            @Parameter(description = Docs.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return relations.accept(id, ifMatch, identity).map(Tagged::ok);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "deleteRelation", summary = "Delete a relation (If-Match required)", description = "The "
            + "relation goes with its evidence. If-Match must carry the ETag read last: 428 without it, 412 when the "
            + "relation changed since.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<RestResponse<Void>> delete(@PathParam("id") long id,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return relations.delete(id, ifMatch).map(x -> RestResponse.noContent());
    }
}
