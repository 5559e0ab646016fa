package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationCsv;
import io.corridor.document.api.WebAnnotationSchema;
import io.corridor.document.service.AnnotationExport;
import io.corridor.document.AnnotationFilter;
import io.corridor.document.Caller;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/annotations/export")
@Tag(name = "Annotations")
public class AnnotationExportResource {

    static final String CSV_UTF8 = AnnotationCsv.MEDIA_TYPE + ";charset=utf-8";

    private final AnnotationExport export;
    private final SecurityIdentity identity;

    public AnnotationExportResource(AnnotationExport export, SecurityIdentity identity) {
        this.export = export;
        this.identity = identity;
    }

    @GET
    @Produces({ AnnotationResource.LD_JSON, MediaType.APPLICATION_JSON, AnnotationCsv.MEDIA_TYPE })
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "exportAnnotations", summary = "Export annotations: one JSON-LD collection, or CSV", description = """
            Every annotation the caller may see that the filters select (the container's filters), oldest first. \
            Accept application/ld+json (default): one AnnotationCollection with all items embedded in its first \
            page. Accept text/csv: one row per annotation with the columns id, document, version, quote, start, end \
            (code points), page (of a paginated version), motivation, tags, actors (ids; lists joined with "; "), \
            creator, visibility, status, created, modified.""")
    @APIResponse(responseCode = "200", description = "The annotations the caller may see",
            headers = { @Header(name = "Content-Disposition", description = "attachment; filename=\"annotations.csv\" for CSV",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", description = "Accept", schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(implementation = WebAnnotationSchema.Collection.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAnnotationSchema.Collection.class)),
                    @Content(mediaType = AnnotationCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "A filter is malformed")
    @APIResponse(responseCode = "406", description = "Accept allows none of application/ld+json, application/json and text/csv")
    public Uni<Response> export(@Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @BeanParam AnnotationFilterParams filters) {
        AnnotationFilter filter = filters.toFilter();
        Caller caller = Caller.of(identity);
        if (wantsCsv(accept)) {
            return export.csv(filter, caller).map(csv -> Response.ok(csv).type(CSV_UTF8).header("Vary", "Accept")
                    .header("Content-Disposition", "attachment; filename=\"annotations.csv\"").build());
        }
        return export.jsonLd(filter, caller).map(json -> Response.ok(json.toString())
                .type(AnnotationResource.mediaType(accept)).header("Vary", "Accept").build());
    }

    /** CSV only when asked for by name, ahead of JSON: a browser's or a client's wildcard gets JSON-LD. */
    static boolean wantsCsv(String accept) {
        if (accept == null) {
            return false;
        }
        int csv = accept.indexOf("text/csv");
        if (csv < 0) {
            return false;
        }
        int json = accept.indexOf("json");
        return json < 0 || csv < json;
    }
}
