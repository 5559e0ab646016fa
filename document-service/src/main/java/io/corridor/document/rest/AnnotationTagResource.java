package io.corridor.document.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.api.TagCount;
import io.corridor.document.service.AnnotationTags;
import io.corridor.document.Caller;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The tags in use, for the editor's autocomplete. */
@Path("/api/v1/annotations/tags")
@Tag(name = "Annotations")
public class AnnotationTagResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final AnnotationTags tags;
    private final SecurityIdentity identity;

    public AnnotationTagResource(AnnotationTags tags, SecurityIdentity identity) {
        this.tags = tags;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listAnnotationTags", summary = "Tags in use, for autocomplete", description = """
            The tags of the live, not rejected annotations the caller may see (the container's visibility rule: \
            public, their own, or team annotations of one of their teams), each with how many such annotations \
            carry it; most used first, then alphabetically. prefix (case-insensitive, matched literally) narrows \
            them; a tag only present on annotations the caller may not see is never listed.""")
    @APIResponse(responseCode = "200", description = "The tags with their counts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TagCount.class)))
    @APIResponse(responseCode = "400", description = "size is not between 1 and 100; errors name it")
    public Uni<List<TagCount>> tags(@Parameter(description = "The tags' beginning", example = "réad") @QueryParam("prefix") String prefix,
            @Parameter(description = "How many tags at most (default 20)", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "" + MAX_SIZE)) @QueryParam("size") String size) {
        int n = AnnotationResource.number("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
        return tags.inUse(prefix, Caller.of(identity), n);
    }
}
