package io.corridor.actor.rest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.actor.mapping.FtmExport;
import io.corridor.actor.mapping.PopoloExport;
import io.corridor.actor.mapping.Registry;
import io.corridor.actor.service.ExportService;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * The registry in the field's formats, page by page (page and size count actors, at most 100 a page): Popolo JSON and
 * FollowTheMoney entities as JSON lines. Link rel="next" names the next page while there is one; X-Total-Count the
 * actors in all.
 */
@Path("/api/v1/exports")
@Tag(name = "Exports", description = "The registry as Popolo JSON and FollowTheMoney entities")
public class ExportResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String PAGING = "Link rel=\"next\" names the next page while there is one; X-Total-Count counts "
            + "the actors of all pages. Instruments are left out: neither format has a class for a policy instrument.";

    private final ExportService exports;
    private final ObjectMapper json;

    public ExportResource(ExportService exports, ObjectMapper json) {
        this.exports = exports;
        this.json = json;
    }

    @GET
    @Path("popolo")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "exportPopolo", summary = "A page of the registry as a Popolo JSON document",
            description = "persons, organizations (classification: the kind; parent_id: part_of), memberships (member_of, "
                    + "leader_of, adviser_to an organization, with post_id and on_behalf_of_id), posts and events (classification: "
                    + "the kind; location: the place; attendees: the persons taking part), as "
                    + "https://www.popoloproject.com/specs/ defines them; other_names carry former names with their "
                    + "periods, sources the annotations that show a statement. " + PAGING)
    @APIResponse(responseCode = "200", description = "A Popolo document", headers = {
            @Header(name = "Link", description = "The next page", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "X-Total-Count", description = "Actors in all pages", schema = @Schema(type = SchemaType.INTEGER)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = { "persons", "organizations", "memberships", "posts", "events" })))
    public Uni<Response> popolo(@Valid @BeanParam PageRequest page, UriInfo uri) {
        return exports.page(page).map(p -> paged(Response.ok(PopoloExport.document(p.items().get(0)), MediaType.APPLICATION_JSON),
                p, uri));
    }

    @GET
    @Path("ftm")
    @Produces(NDJSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "exportFollowTheMoney", summary = "A page of the registry as FollowTheMoney entities, one JSON "
            + "object a line", description = "Person, PublicBody, Organization, Company, Position, Occupancy, Membership, "
                    + "Directorship, UnknownLink and Event (involved: the participants and those they act for) entities (id, schema, properties, first_seen, last_seen), as "
                    + "followthemoney's schemata define them. " + PAGING)
    @APIResponse(responseCode = "200", description = "JSON lines of entities", headers = {
            @Header(name = "Link", description = "The next page", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "X-Total-Count", description = "Actors in all pages", schema = @Schema(type = SchemaType.INTEGER)) },
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> followTheMoney(@Valid @BeanParam PageRequest page, UriInfo uri) {
        return exports.page(page).map(p -> paged(Response.ok(lines(FtmExport.entities(p.items().get(0))), NDJSON + ";charset=UTF-8"),
                p, uri));
    }

    private String lines(List<Map<String, Object>> entities) {
        return entities.stream().map(e -> {
            try {
                return json.writeValueAsString(e);
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }).map(line -> line + "\n").collect(Collectors.joining());
    }

    private static Response paged(Response.ResponseBuilder answer, Page<Registry> page, UriInfo uri) {
        answer.header("X-Total-Count", page.total());
        if ((long) (page.page() + 1) * page.size() < page.total()) {
            // a path, not the service's own host: the gateway serves the same path
            java.net.URI next = uri.getRequestUriBuilder().replaceQueryParam("page", page.page() + 1).build();
            answer.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
