package io.corridor.gateway.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.gateway.AuditRecord;
import io.corridor.gateway.repository.AuditRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Every write through the public API, for admins")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditRepository audit;

    public AuditResource(AuditRepository audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAuditRecords", summary = "Search the audit trail, newest first")
    public CompletionStage<Page<AuditRecord>> search(
            @Parameter(description = "User name") @QueryParam("user") String user,
            @Parameter(description = "success, rejected or failed")
            @QueryParam("outcome") @Pattern(regexp = "success|rejected|failed", message = "must be success, rejected or failed") String outcome,
            @Parameter(description = "From this instant (ISO 8601, inclusive)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "Before this instant (ISO 8601, exclusive)") @QueryParam("to") String to,
            @Valid @BeanParam PageRequest page) {
        return audit.search(user, outcome, instant("from", from), instant("to", to), page).toCompletionStage();
    }

    private static OffsetDateTime instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO 8601 instant with offset, e.g. 2026-11-01T00:00:00Z");
        }
    }
}
