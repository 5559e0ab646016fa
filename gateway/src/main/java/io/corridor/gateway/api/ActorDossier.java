package io.corridor.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An actor with what is known about it across the services, composed by the gateway: relations,
 * neighbours, timeline, the documents naming it, the annotations citing it and the indicator
 * series of its country. A member whose service failed is absent and named in {@code degraded}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ActorDossier")
public record ActorDossier(
        @Schema(required = true, description = "The actor (actor-service)") JsonNode actor,
        @Schema(description = "Its relations, as subject or object, by start date (actor-service)") JsonNode relations,
        @Schema(description = "The actors one relation away (actor-service)") JsonNode network,
        @Schema(description = "Its relations and the documents naming it, by date (actor-service)") JsonNode timeline,
        @Schema(description = "Documents whose text names it (document-service search)") DossierDocuments documents,
        @Schema(description = "Annotations citing it that the caller may see (document-service annotation container)") ViewAnnotations annotations,
        @Schema(description = "Series of the configured indicators (corridor.dossier.indicators) for its country; "
                + "absent when the actor has no country (remittance-service)") List<DossierSeries> indicators,
        @Schema(required = true, description = "The parts that could not be fetched; empty when the dossier is complete") List<ViewDegradation> degraded) {
}
