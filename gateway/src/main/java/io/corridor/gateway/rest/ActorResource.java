package io.corridor.gateway.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

import io.corridor.gateway.api.Actor;
import io.corridor.gateway.api.ActorPage;
import io.corridor.gateway.api.ActorDraft;
import io.corridor.gateway.api.ActorMerge;
import io.corridor.gateway.api.ActorTimeline;
import io.corridor.gateway.api.Mention;
import io.corridor.gateway.api.MentionRequest;
import io.corridor.gateway.api.Network;
import io.corridor.gateway.api.Relation;
import io.corridor.gateway.client.ActorClient;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.corridor.support.validation.Country;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/actors")
@Tag(name = "Actors", description = "The registry of actors of migration governance and the policy instruments they act on")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    static final String GEXF = "application/gexf+xml";
    static final String GRAPHML = "application/graphml+xml";
    private static final String DATE = "A partial date: YYYY, YYYY-MM or YYYY-MM-DD";

    private final ActorClient actors;

    public ActorResource(ActorClient actors) {
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List or search actors and instruments", description = "q matches names, aliases and acronyms "
            + "regardless of case and accents and tolerates typos (\"Konare\" finds \"Alpha Oumar Konaré\"), best first; "
            + "key finds an entry by its key, merged or not. ids reads up to " + ActorClient.BATCH + " actors in one call: "
            + "a merged id stands for its survivor (listed once), an unknown id for nothing; by name, then id, paged as any "
            + "listing (size=" + ActorClient.BATCH + " holds them all); an id's own answer (308 or 404) says which it was.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorPage.class)))
    public Uni<Response> list(
            @Parameter(description = "Actor ids separated by commas (ids=3,5,8; the parameter may also be repeated), at most "
                    + ActorClient.BATCH + "; not combinable with the other filters") @QueryParam("ids") List<String> ids,
            @QueryParam("q") @Size(max = 200) String q, @QueryParam("key") String key,
            @QueryParam("kind") String kind,
            @QueryParam("family") @Pattern(regexp = "actor|instrument", message = "must be actor or instrument") String family,
            @QueryParam("country") @Country String country,
            @QueryParam("status") @Pattern(regexp = "proposed|accepted", message = "must be proposed or accepted") String status,
            @Valid @BeanParam PageRequest page) {
        return actors.list(new ActorClient.Filter(ids, q, key, kind, family, country, status), page).map(Relay::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One actor or instrument")
    @APIResponse(responseCode = "200", description = "The actor; ETag carries its version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)))
    @APIResponse(responseCode = "308", description = "Merged into another actor: Location names the survivor",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> get(@PathParam("id") long id) {
        return actors.get(id).map(Relay::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Register an actor or instrument (curators) or propose one (annotators)")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new actor, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)))
    @APIResponse(responseCode = "409", description = "The key is taken by another actor",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Refused by a rule of the registry; errors name the field (end before start, merge into itself or into a merged actor)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<RestResponse<Actor>> register(@NotNull @Valid ActorDraft draft, UriInfo uri) {
        return actors.register(draft).map(r -> RestResponse.ResponseBuilder
                .<Actor> created(URI.create(uri.getPath() + "/" + r.getEntity().id())).entity(r.getEntity())
                .header(HttpHeaders.ETAG, r.getHeaderString(HttpHeaders.ETAG)).build());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Replace an actor's description and names", description = "If-Match must carry the ETag read "
            + "last: 428 without it, 412 when the actor changed since.")
    @APIResponse(responseCode = "409", description = "The key is taken by another actor",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Refused by a rule of the registry; errors name the field (end before start, merge into itself or into a merged actor)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "308", description = "Merged into another actor: Location names the same resource of the survivor",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "Done; ETag carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)))
    public Uni<RestResponse<Actor>> replace(@PathParam("id") long id,
            @Parameter(required = true, description = "The ETag read last") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActorDraft draft) {
        return actors.replace(id, ifMatch, draft).map(ActorResource::tagged);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Accept a proposed actor")
    @APIResponse(responseCode = "308", description = "Merged into another actor: Location names the same resource of the survivor",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "Done; ETag carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)))
    public Uni<RestResponse<Actor>> accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return actors.accept(id, ifMatch).map(ActorResource::tagged);
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Merge this actor into another", description = "Its names become the survivor's aliases, its "
            + "relations move to the survivor, and its id answers 308 to the survivor from then on. Answers the survivor.")
    @APIResponse(responseCode = "422", description = "Refused by a rule of the registry; errors name the field (end before start, merge into itself or into a merged actor)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "308", description = "Merged into another actor: Location names the same resource of the survivor",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "Done; ETag carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)))
    public Uni<RestResponse<Actor>> merge(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActorMerge merge) {
        return actors.merge(id, ifMatch, merge).map(ActorResource::tagged);
    }

    @GET
    @Path("{id}/relations")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Relations of an actor, as subject or object, by start date",
            description = "at: in force at some moment of that partial date (2009-06); from/to: overlapping that period. "
                    + "Unknown starts and ends count as open.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Relation.class)))
    @APIResponse(responseCode = "308", description = "Merged into another actor: Location names the same resource of the survivor",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<List<Relation>>> relations(@PathParam("id") long id,
            @Parameter(description = DATE) @QueryParam("at") String at,
            @Parameter(description = DATE) @QueryParam("from") String from,
            @Parameter(description = DATE) @QueryParam("to") String to,
            @QueryParam("predicate") String predicate) {
        return actors.relationsOf(id, at, from, to, predicate).map(r -> relay(r, new GenericType<List<Relation>>() {
        }));
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "An actor's relations and the documents that mention it, by date, undated ones last",
            description = "A relation is dated by its start, a mention by the date of the document that names the actor. "
                    + "Mentions come from the documents the caller may read; when they cannot be read the relations are "
                    + "still returned, with complete false and a note.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActorTimeline.class)))
    @APIResponse(responseCode = "308", description = "Merged into another actor: Location names the same resource of the survivor",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<ActorTimeline>> timeline(@PathParam("id") long id) {
        return actors.timeline(id).map(r -> relay(r, new GenericType<ActorTimeline>() {
        }));
    }

    @GET
    @Path("{id}/network")
    @Produces({ MediaType.APPLICATION_JSON, GEXF, GRAPHML })
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The actors within depth relations of this one",
            description = "JSON nodes and edges for the web client, GEXF 1.3 for Gephi, or GraphML: choose with Accept "
                    + "or ?format=json|gexf|graphml. With at, relations not in force then are left out.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Network.class)),
            @Content(mediaType = GEXF, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = GRAPHML, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "308", description = "Merged into another actor: Location names the same resource of the survivor",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> network(@PathParam("id") long id,
            @QueryParam("depth") @DefaultValue("1") @Min(value = 1, message = "must be between 1 and 3") @Max(value = 3, message = "must be between 1 and 3") int depth,
            @Parameter(description = DATE) @QueryParam("at") String at,
            @QueryParam("format") @Pattern(regexp = "json|gexf|graphml", message = "must be json, gexf or graphml") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String chosen = format != null ? format : accept != null && accept.contains("gexf") ? "gexf"
                : accept != null && accept.contains("graphml") ? "graphml" : "json";
        return actors.network(id, depth, at, chosen).map(r -> {
            if (r.getStatus() == 308) {
                return Response.status(308).header(HttpHeaders.LOCATION, r.getHeaderString(HttpHeaders.LOCATION)).build();
            }
            if (chosen.equals("json")) {
                return Response.ok(r.readEntity(Network.class), MediaType.APPLICATION_JSON).build();
            }
            return Response.ok(r.readEntity(String.class), (chosen.equals("gexf") ? GEXF : GRAPHML) + ";charset=UTF-8").build();
        });
    }

    @POST
    @Path("mentions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Find the actors a text names", description = "Send text, or documentId to use the text the "
            + "document-service serves. Aliases match regardless of case and accents on word boundaries, acronyms of up "
            + "to five capitals with their case; the longest match wins; an alias of several actors is marked ambiguous. "
            + "Offsets are code points of that text, end exclusive.")
    public Uni<List<Mention>> mentions(@NotNull @Valid MentionRequest request) {
        return actors.mentions(request);
    }

    /** A service answer passed on: the entity with its ETag, or a merged actor's 308 with its Location. */
    static <T> RestResponse<T> relay(Response r, GenericType<T> type) {
        if (r.getStatus() == 308) {
            return RestResponse.ResponseBuilder.<T> create(308)
                    .header(HttpHeaders.LOCATION, r.getHeaderString(HttpHeaders.LOCATION)).build();
        }
        RestResponse.ResponseBuilder<T> ok = RestResponse.ResponseBuilder.ok(r.readEntity(type));
        String etag = r.getHeaderString(HttpHeaders.ETAG);
        return etag == null ? ok.build() : ok.header(HttpHeaders.ETAG, etag).build();
    }

    static <T> RestResponse<T> tagged(RestResponse<T> r) {
        if (r.getStatus() == 308) {
            return RestResponse.ResponseBuilder.<T> create(308)
                    .header(HttpHeaders.LOCATION, r.getHeaderString(HttpHeaders.LOCATION)).build();
        }
        RestResponse.ResponseBuilder<T> ok = RestResponse.ResponseBuilder.ok(r.getEntity());
        String etag = r.getHeaderString(HttpHeaders.ETAG);
        return etag == null ? ok.build() : ok.header(HttpHeaders.ETAG, etag).build();
    }
}
