package io.corridor.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.gateway.api.Indicator;
import io.corridor.gateway.client.RemittanceClient;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Remittance and diaspora statistics")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final RemittanceClient remittances;

    public IndicatorResource(RemittanceClient remittances) {
        this.remittances = remittances;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The indicator catalogue, by code")
    public Uni<Page<Indicator>> catalogue(@Valid @BeanParam PageRequest page) {
        return remittances.catalogue(page);
    }
}
