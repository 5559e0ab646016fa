package io.corridor.actor.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One query of a reconciliation batch (W3C Reconciliation Service API 0.2), as OpenRefine sends it. */
@Schema(name = "ReconciliationQuery", requiredProperties = "query")
public record ReconciliationQuery(
        @NotBlank @Size(max = 500) @Schema(description = "The name to match", example = "Haut conseil des maliens de l'exterieur") String query,
        @Size(max = 100) @Schema(description = "A type id of the manifest: an actor kind, or actor / instrument", example = "diaspora_institution", nullable = true) String type,
        @Min(1) @Max(ReconciliationQuery.MAX_LIMIT) @Schema(description = "Candidates wanted, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")", nullable = true) Integer limit,
        @Size(max = 20) @Schema(description = "Values of properties that candidates should have", nullable = true) List<@NotNull @Valid PropertyValue> properties,
        @JsonProperty("type_strict") @Pattern(regexp = "any|all|should", message = "must be any, all or should")
        @Schema(description = "Sent by OpenRefine; a type is always a filter here", enumeration = { "any", "all", "should" }, nullable = true) String typeStrict) {

    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 10;

    public int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    public List<PropertyValue> propertiesOrEmpty() {
        return properties == null ? List.of() : properties;
    }
}
