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

/** A curator's workload: who has which document, in which state, with how many annotations. */
@Path("/api/v1/workload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow")
public class WorkloadResource {

    private final Workflow workflow;
    private final SecurityIdentity identity;

    public WorkloadResource(Workflow workflow, SecurityIdentity identity) {
        this.workflow = workflow;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "getWorkload", summary = "Who has what, in which state, with how many annotations (curators)",
            description = "One row per document × assignee, newest document first, then by assignee; filters combine.")
    public Uni<Page<WorkloadItem>> workload(@Valid @BeanParam PageRequest page,
            @Parameter(description = "Only this document", schema = @Schema(type = SchemaType.INTEGER, format = "int64",
                    minimum = "1")) @QueryParam("document") Long document,
            @Parameter(description = "Only this annotator", schema = @Schema(type = SchemaType.STRING,
                    pattern = AssignmentResource.USERNAME_PATTERN, maxLength = 100)) @QueryParam("assignee") String assignee,
            @Parameter(description = "Only assignments in this state", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "new", "in_progress", "finished" })) @QueryParam("state") String state) {
        return workflow.workload(document, assignee, state, Caller.of(identity), page.page, page.size);
    }
}
