package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.Annotation;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationWriter;
import io.corridor.document.api.WebAnnotationSchema;
import io.corridor.document.Caller;
import io.corridor.document.service.Orphans;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/documents/{id}/orphans")
@Tag(name = "Annotations")
public class OrphanResource {

    private final Orphans orphans;
    private final AnnotationWriter writer;
    private final SecurityIdentity identity;

    public OrphanResource(Orphans orphans, AnnotationWriter writer, SecurityIdentity identity) {
        this.orphans = orphans;
        this.writer = writer;
        this.identity = identity;
    }

    @GET
    @Produces({ AnnotationResource.LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listOrphanAnnotations", summary = "Orphaned annotations of a document", description = """
            Annotations whose quote was not found when the document got a new version (or when they were \
            imported): kept, flagged anchorState orphaned, their selectors still pointing into the version \
            they were last anchored in. One AnnotationPage with every such annotation, oldest first.""")
    @APIResponse(responseCode = "200", description = "The orphans: one AnnotationPage",
            headers = @Header(name = "Vary", description = "Accept", schema = @Schema(type = SchemaType.STRING)),
            content = { @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(implementation = WebAnnotationSchema.Page.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAnnotationSchema.Page.class)) })
    @APIResponse(responseCode = "404", description = "No such document (or deleted)")
    public Uni<Response> orphans(@Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("id") long id) {
        return orphans.of(id, Caller.of(identity)).map(list -> {
            ObjectNode page = JsonNodeFactory.instance.objectNode();
            page.put("@context", AnnotationIris.CONTEXT);
            page.put("id", writer.iris().documentIri(id) + "/orphans");
            page.put("type", "AnnotationPage");
            page.put("startIndex", 0);
            ArrayNode items = page.putArray("items");
            for (Annotation a : list) {
                ObjectNode item = writer.write(a);
                item.remove("@context");
                items.add(item);
            }
            return Response.ok(page.toString()).type(AnnotationResource.mediaType(accept)).header("Vary", "Accept").build();
        });
    }
}
