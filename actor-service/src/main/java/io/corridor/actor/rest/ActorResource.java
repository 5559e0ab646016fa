package io.corridor.actor.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;

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

import io.corridor.actor.ActorKind;
import io.corridor.actor.Predicate;
import io.corridor.actor.Status;
import io.corridor.actor.api.Actor;
import io.corridor.actor.api.ActorDraft;
import io.corridor.actor.api.MergeRequest;
import io.corridor.actor.api.Network;
import io.corridor.actor.api.Patterns;
import io.corridor.actor.api.Relation;
import io.corridor.actor.api.Timeline;
import io.corridor.actor.mapping.NetworkFormats;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.actor.service.ActorService;
import io.corridor.actor.service.NetworkService;
import io.corridor.actor.service.RelationService;
import io.corridor.actor.service.TimelineService;
import io.corridor.support.concurrency.Tagged;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.corridor.support.time.PartialDate;
import io.corridor.support.validation.Country;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/actors")
@Tag(name = "Actors", description = "The registry of actors of migration governance and the policy instruments they act on")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    private final ActorService actors;
    private final RelationService relations;
    private final NetworkService networks;
    private final TimelineService timelines;
    private final SecurityIdentity identity;

    public ActorResource(ActorService actors, RelationService relations, NetworkService networks, TimelineService timelines,
            SecurityIdentity identity) {
        this.actors = actors;
        this.relations = relations;
        this.networks = networks;
        this.timelines = timelines;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listActors", summary = "List or search actors and instruments", description = "q matches "
            + "names, aliases and acronyms regardless of case and accents and tolerates typos (\"Konare\" finds \"Alpha Oumar "
            + "Konaré\"), best first; key finds an entry by its key, merged or not. ids reads up to " + Queries.MAX_IDS
            + " actors in one call: a merged id stands for its survivor (listed once), an unknown id for nothing; by name, "
            + "then id, paged as any listing (size=" + Queries.MAX_IDS + " holds them all); an id's own answer (308 or 404) "
            + "says which it was.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    public Uni<Page<Actor>> list(
            @Parameter(description = "Actor ids separated by commas (ids=3,5,8; the parameter may also be repeated), at most "
                    + Queries.MAX_IDS + "; not combinable with the other filters",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = Queries.MAX_IDS, implementation = String.class))
            @QueryParam("ids") List<String> ids,
            @Parameter(description = "Words of a name, alias or acronym", example = "Konare")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "The client's own key of an entry, merged or not", example = "hcme")
            @QueryParam("key") String key,
            @Parameter(schema = @Schema(implementation = ActorKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "actor", "instrument" }))
            @QueryParam("family") @Pattern(regexp = "actor|instrument", message = "must be actor or instrument") String family,
            @Parameter(description = "ISO 3166-1 alpha-3", example = "MLI", schema = @Schema(type = SchemaType.STRING, pattern = Patterns.COUNTRY))
            @QueryParam("country") @Country String country,
            @Parameter(schema = @Schema(implementation = Status.class))
            @QueryParam("status") @Pattern(regexp = "proposed|accepted", message = "must be proposed or accepted") String status,
            @Valid @BeanParam PageRequest page, UriInfo uri) {
        Set<Long> wanted = Queries.ids(ids, uri.getQueryParameters().containsKey("ids"));
        if (wanted != null) {
            if (q != null || key != null || kind != null || family != null || country != null || status != null) {
                throw ProblemException.invalid("ids", "cannot be combined with q, key, kind, family, country or status");
            }
            return actors.byIds(wanted, page);
        }
        if (kind != null) {
            try {
                ActorKind.of(kind);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("kind", e.getMessage());
            }
        }
        String query = q == null || q.isBlank() ? null : q.strip();
        return actors.list(new ActorRepository.Filter(query, key, kind, family, country, status), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getActor", summary = "One actor or instrument", description = "With its names per language "
            + "(and the periods they were in use), aliases, acronyms and the evidence of its statements; with at, the name "
            + "shown is the one in use at that date. The ETag carries its version, to send back in If-Match; a merged actor answers 308 to "
            + "its survivor.")
    @APIResponse(responseCode = "200", description = "The actor; ETag carries its version",
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "308", description = Docs.MERGED,
            headers = @Header(name = HttpHeaders.LOCATION, description = Docs.SURVIVOR, schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Actor>> get(@PathParam("id") long id,
            @Parameter(description = "A date: name is then the name in use at that date (a ministry before it was renamed)",
                    schema = @Schema(implementation = PartialDate.class)) @QueryParam("at") String at) {
        return actors.get(id, Queries.date("at", at)).map(Tagged::ok);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "createActor", summary = "Register an actor or instrument (curators) or propose one (annotators)",
            description = "A curator's entry is accepted at once, an annotator's is proposed until a curator accepts it. "
                    + "The kind decides the family (agreements, policies, programmes and funds are instruments); a key, when "
                    + "given, is unique in the registry.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new actor, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)), headers = {
            @Header(name = HttpHeaders.LOCATION, description = Docs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "409", description = Docs.KEY_TAKEN)
    @APIResponse(responseCode = "422", description = Docs.ACTOR_RULE)
    public Uni<RestResponse<Actor>> register(@NotNull @Valid ActorDraft draft, UriInfo uri) {
        return actors.register(draft, identity).map(actor -> Tagged.created(URI.create(uri.getPath() + "/" + actor.id()), actor));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "replaceActor", summary = "Replace an actor's description and names", description = "If-Match "
            + "must carry the ETag read last: 428 without it, 412 when the actor changed since.")
    @APIResponse(responseCode = "200", description = Docs.DONE,
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "308", description = Docs.MERGED_RESOURCE,
            headers = @Header(name = HttpHeaders.LOCATION, description = Docs.SURVIVOR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = Docs.KEY_TAKEN)
    @APIResponse(responseCode = "422", description = Docs.ACTOR_RULE)
    public Uni<RestResponse<Actor>> replace(@PathParam("id") long id,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActorDraft draft) {
        return actors.replace(id, draft, ifMatch, identity).map(Tagged::ok);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "acceptActor", summary = "Accept a proposed actor", description = "Accepting an accepted "
            + "actor changes nothing.")
    @APIResponse(responseCode = "200", description = Docs.DONE,
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "308", description = Docs.MERGED_RESOURCE,
            headers = @Header(name = HttpHeaders.LOCATION, description = Docs.SURVIVOR, schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Actor>> accept(@PathParam("id") long id,
            @Parameter(description = Docs.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return actors.accept(id, ifMatch, identity).map(Tagged::ok);
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "mergeActor", summary = "Merge this actor into another", description = "Its names become the "
            + "survivor's aliases, its relations move to the survivor, and its id answers 308 to the survivor from then on. "
            + "Answers the survivor.")
    @APIResponse(responseCode = "200", description = "Merged; the survivor, whose ETag carries its new version",
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "308", description = Docs.MERGED_RESOURCE,
            headers = @Header(name = HttpHeaders.LOCATION, description = Docs.SURVIVOR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = Docs.ACTOR_RULE)
    public Uni<RestResponse<Actor>> merge(@PathParam("id") long id,
            @Parameter(description = Docs.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MergeRequest request) {
        return actors.merge(id, request.into(), ifMatch, identity).map(Tagged::ok);
    }

    @GET
    @Path("{id}/relations")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listActorRelations", summary = "Relations of an actor, as subject or object, by start date",
            description = Docs.PERIOD)
    @APIResponse(responseCode = "200", description = "The relations, by start date")
    @APIResponse(responseCode = "308", description = Docs.MERGED_RESOURCE,
            headers = @Header(name = HttpHeaders.LOCATION, description = Docs.SURVIVOR, schema = @Schema(type = SchemaType.STRING)))
    public Uni<List<Relation>> relations(@PathParam("id") long id,
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("at") String at,
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("from") String from,
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("to") String to,
            @Parameter(schema = @Schema(implementation = Predicate.class)) @QueryParam("predicate") String predicate) {
        return relations.ofActor(id, Queries.period(at, from, to), predicate(predicate));
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getActorTimeline", summary = "An actor's relations and the documents that mention it, by "
            + "date, undated ones last", description = "A relation is dated by its start, a mention by the date of the "
            + "document that names the actor. Mentions come from the documents the caller may read; when they cannot be "
            + "read the relations are still returned, with complete false and a note.")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "308", description = Docs.MERGED_RESOURCE,
            headers = @Header(name = HttpHeaders.LOCATION, description = Docs.SURVIVOR, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Timeline> timeline(@PathParam("id") long id) {
        return timelines.of(id);
    }

    @GET
    @Path("{id}/network")
    @Produces({ MediaType.APPLICATION_JSON, NetworkFormats.GEXF, NetworkFormats.GRAPHML })
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getActorNetwork", summary = "The actors within depth relations of this one",
            description = "JSON nodes and edges for the web client, GEXF 1.3 for Gephi, or GraphML: choose with Accept "
                    + "or ?format=json|gexf|graphml. With at, relations not in force then are left out. GEXF is written "
                    + "mode=\"dynamic\" with spells (timeformat date: each relation from the first day its start may denote "
                    + "to the last day of its end, open when unknown; each actor over its own dates or else its relations'), "
                    + "so that Gephi's timeline replays it; gexfMode=static writes it without spells, as before.")
    @APIResponse(responseCode = "200", description = "The network in the format asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Network.class)),
            @Content(mediaType = NetworkFormats.GEXF, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = NetworkFormats.GRAPHML, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "308", description = Docs.MERGED_RESOURCE,
            headers = @Header(name = HttpHeaders.LOCATION, description = Docs.SURVIVOR, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> network(@PathParam("id") long id,
            @Parameter(description = "How many relations away from this actor, 1 to 3")
            @QueryParam("depth") @DefaultValue("1") @Min(value = 1, message = "must be between 1 and 3") @Max(value = 3, message = "must be between 1 and 3") int depth,
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("at") String at,
            @Parameter(description = "Overrides Accept", schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "gexf", "graphml" }))
            @QueryParam("format") @Pattern(regexp = "json|gexf|graphml", message = "must be json, gexf or graphml") String format,
            @Parameter(description = "GEXF only: dynamic (spells, the default) or static", schema = @Schema(type = SchemaType.STRING, enumeration = { "dynamic", "static" }))
            @QueryParam("gexfMode") @DefaultValue("dynamic") @Pattern(regexp = "dynamic|static", message = "must be dynamic or static") String gexfMode,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String chosen = format != null ? format : accept != null && accept.contains("gexf") ? "gexf"
                : accept != null && accept.contains("graphml") ? "graphml" : "json";
        Uni<Network> network = networks.around(id, depth, Queries.date("at", at));
        return network.map(n -> switch (chosen) {
            case "gexf" -> Response.ok(NetworkFormats.gexf(n, gexfMode.equals("dynamic")), NetworkFormats.GEXF + ";charset=UTF-8").build();
            case "graphml" -> Response.ok(NetworkFormats.graphml(n), NetworkFormats.GRAPHML + ";charset=UTF-8").build();
            default -> Response.ok(n, MediaType.APPLICATION_JSON).build();
        });
    }

    static Predicate predicate(String code) {
        try {
            return code == null ? null : Predicate.of(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("predicate", e.getMessage());
        }
    }
}
