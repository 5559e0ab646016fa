package io.corridor.actor.api;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of reconciliation queries sent as JSON: what the form parameter queries carries, keyed by the client. */
@Schema(name = "ReconciliationBatch", requiredProperties = "queries")
public record ReconciliationBatch(
        @NotEmpty @Size(max = ReconciliationBatch.MAX_QUERIES)
        @Schema(description = "Queries keyed by the client (q0, q1 ...), at most " + MAX_QUERIES)
        Map<@NotNull @Size(min = 1, max = 100) String, @NotNull @Valid ReconciliationQuery> queries) {

    public static final int MAX_QUERIES = 100;
}
