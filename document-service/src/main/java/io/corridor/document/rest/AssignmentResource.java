package io.corridor.document.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.Caller;
import io.corridor.document.api.AssignmentView;
import io.corridor.document.api.StateChange;
import io.corridor.document.api.WorkflowView;
import io.corridor.document.service.Workflow;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Who is assigned a document, their states, and the document's workflow state; under the documents' path. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow", description = "Assignments of documents to annotators, their states, documents' workflow states, workloads")
public class AssignmentResource {

    static final String USERNAME = "The annotator's user name";
    static final String USERNAME_PATTERN = "^[A-Za-z0-9._@+-]{1,100}$";
    static final String ILLEGAL = "An illegal transition: the problem names the current state and the allowed ones";

    private final Workflow workflow;
    private final SecurityIdentity identity;

    public AssignmentResource(Workflow workflow, SecurityIdentity identity) {
        this.workflow = workflow;
        this.identity = identity;
    }

    @GET
    @Path("{id}/assignments")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listDocumentAssignments", summary = "Who is assigned the document, and their states",
            description = "By user name; allowed lists the moves the caller may make (their own, or any as a curator).")
    @APIResponse(responseCode = "200", description = "The assignments", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AssignmentView.class)))
    public Uni<List<AssignmentView>> list(@PathParam("id") long id) {
        return workflow.assignmentsOf(id, caller());
    }

    @PUT
    @Path("{id}/assignments/{username}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "assignDocument", summary = "Assign the document to an annotator (curators)",
            description = "Idempotent: assigning again answers 200 with the assignment as it is (its state kept). The "
                    + "assignee is notified and follows the document.")
    @APIResponse(responseCode = "201", description = "Assigned", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "200", description = "Already assigned", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentView.class)))
    public Uni<Response> assign(@PathParam("id") long id, @PathParam("username") @Parameter(description = USERNAME,
            schema = @Schema(type = SchemaType.STRING, pattern = USERNAME_PATTERN, maxLength = 100)) String username) {
        return workflow.assign(id, username, caller()).map(r -> (r.created()
                ? Response.created(URI.create("/api/v1/documents/" + id + "/assignments/" + username))
                : Response.ok()).entity(r.value()).build());
    }

    @DELETE
    @Path("{id}/assignments/{username}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "unassignDocument", summary = "Take the document back from an annotator (curators)",
            description = "Their annotations stay. 404 when they are not assigned it.")
    @APIResponse(responseCode = "204", description = "Unassigned")
    public Uni<Response> unassign(@PathParam("id") long id, @PathParam("username") @Parameter(description = USERNAME,
            schema = @Schema(type = SchemaType.STRING, pattern = USERNAME_PATTERN, maxLength = 100)) String username) {
        return workflow.unassign(id, username, caller()).map(x -> Response.noContent().build());
    }

    @PUT
    @Path("{id}/assignments/{username}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "setAssignmentState", summary = "Move an annotator's state on the document (curators)",
            description = "new → in_progress → finished as the annotator would, and reopening: finished → in_progress "
                    + "(or new), which unfreezes the annotator's annotations on the document.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StateChange.class)))
    @APIResponse(responseCode = "200", description = "The assignment", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public Uni<AssignmentView> setStateOf(@PathParam("id") long id, @PathParam("username") @Parameter(description = USERNAME,
            schema = @Schema(type = SchemaType.STRING, pattern = USERNAME_PATTERN, maxLength = 100)) String username,
            StateChange change) {
        return workflow.setStateOf(id, username, state(change), caller());
    }

    @PUT
    @Path("{id}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "setOwnAssignmentState", summary = "Move one's own state on an assigned document",
            description = "new → in_progress → finished (new → finished in one step too). Finished freezes the caller's "
                    + "annotations on the document (their writes answer 409) until a curator reopens it. 404 when the "
                    + "caller is not assigned the document.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StateChange.class)))
    @APIResponse(responseCode = "200", description = "The caller's assignment", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public Uni<AssignmentView> setOwnState(@PathParam("id") long id, StateChange change) {
        return workflow.setOwnState(id, state(change), caller());
    }

    @GET
    @Path("{id}/workflow")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getDocumentWorkflow", summary = "The document's workflow state (annotating, curating, curated)")
    @APIResponse(responseCode = "200", description = "The state and the moves a curator may make",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkflowView.class)))
    public Uni<WorkflowView> workflow(@PathParam("id") long id) {
        return workflow.workflowOf(id);
    }

    @PUT
    @Path("{id}/workflow")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "setDocumentWorkflow", summary = "Move the document's workflow state (curators)",
            description = "annotating → curating → curated, or one step back (reopening).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StateChange.class)))
    @APIResponse(responseCode = "200", description = "The new state", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WorkflowView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public Uni<WorkflowView> setWorkflow(@PathParam("id") long id, StateChange change) {
        return workflow.moveDocument(id, state(change), caller());
    }

    static String state(StateChange change) {
        if (change == null || change.state() == null) {
            throw ProblemException.invalid("state", "is required");
        }
        return change.state();
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
