package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.Caller;
import io.corridor.document.api.WorkloadItem;
import io.corridor.document.service.Workflow;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The caller's assignments. The gateway routes {@code /api/v1/me/assignments} here: its own operation is
 * {@code /api/v1/me} alone, and its route table names this path as the document-service's.
 */
@Path("/api/v1/me/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow")
public class MyAssignmentResource {

    private final Workflow workflow;
    private final SecurityIdentity identity;

    public MyAssignmentResource(Workflow workflow, SecurityIdentity identity) {
        this.workflow = workflow;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listMyAssignments", summary = "The documents assigned to the caller, newest document first",
            description = "Each with the document's workflow state, the caller's state and their count of annotations on it.")
    public Uni<Page<WorkloadItem>> mine(@Valid @BeanParam PageRequest page,
            @Parameter(description = "Only assignments in this state", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "new", "in_progress", "finished" })) @QueryParam("state") String state) {
        return workflow.mine(Caller.of(identity), state, page.page, page.size);
    }
}
