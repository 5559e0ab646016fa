package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.mapping.InterchangeTypes;
import io.corridor.support.security.Roles;

/** The UIMA type system of the CAS XMI interchange (see {@link InterchangeResource}). */
@Path("/api/v1/annotations/typesystem")
@Tag(name = "Interchange")
public class InterchangeTypeSystemResource {

    static final String XML = "application/xml";

    @GET
    @Produces(XML)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getInterchangeTypeSystem", summary = "The UIMA type system of Corridor's CAS XMI (TypeSystem.xml)",
            description = """
                    The UIMA type system descriptor the XMI export is written with and the import reads: \
                    webanno.custom.Passage, webanno.custom.PassageLink and DKPro Core's Sentence and Token. Give it to \
                    a UIMA tool with the XMI; in INCEpTION, create the two custom layers with these features.""")
    @APIResponse(responseCode = "200", description = "TypeSystem.xml",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    public Response typeSystem() {
        return Response.ok(InterchangeTypes.xml(), XML + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"TypeSystem.xml\"").build();
    }
}
