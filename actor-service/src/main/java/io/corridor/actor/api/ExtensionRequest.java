package io.corridor.actor.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A data extension request (form parameter extend): the actors reconciled and the properties wanted of them. */
@Schema(name = "ExtensionRequest", requiredProperties = { "ids", "properties" })
public record ExtensionRequest(
        @NotEmpty @Size(max = ReconciliationBatch.MAX_QUERIES) List<@NotBlank @Size(max = 30) String> ids,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Property> properties) {

    /** A property asked for. */
    @Schema(name = "ExtensionProperty", requiredProperties = "id")
    public record Property(@NotBlank @Size(max = 100) @Schema(example = "country") String id) {
    }
}
