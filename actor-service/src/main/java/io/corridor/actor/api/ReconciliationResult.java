package io.corridor.actor.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The candidates for one query of a batch, best first. */
@Schema(name = "ReconciliationResult", requiredProperties = "result")
public record ReconciliationResult(List<ReconciliationCandidate> result) {
}
