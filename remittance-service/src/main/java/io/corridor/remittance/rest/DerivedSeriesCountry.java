package io.corridor.remittance.rest;

import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A derived series (ratio, growth) is one country's: the service refuses it without {@code country}, so the contract
 * says the parameter is required there. It comes from the observation filters shared with the listings
 * (ObservationParams), where it is optional, and a method's own @Parameter does not override a bean's.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DerivedSeriesCountry implements OASFilter {

    static final Set<String> DERIVED = Set.of("getIndicatorRatio", "getIndicatorGrowth");

    @Override
    public Operation filterOperation(Operation operation) {
        if (DERIVED.contains(operation.getOperationId()) && operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "country".equals(p.getName())).forEach(p -> p.setRequired(true));
        }
        return operation;
    }
}
