package io.corridor.gateway.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The public contract's header: what Corridor is and how clients authenticate. */
@OpenAPIDefinition(
        info = @Info(title = "Corridor API", version = "1.0.0",
                description = "Documents, annotations, actors and indicators of migration governance. "
                        + "Every error is application/problem+json (RFC 9457).",
                license = @License(name = "Apache License 2.0", identifier = "Apache-2.0")),
        security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "oidc") })
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                bearerFormat = "JWT",
                description = "An access token of the Keycloak realm corridor (client credentials on corridor-api for applications)"),
        @SecurityScheme(securitySchemeName = "oidc", type = SecuritySchemeType.OPENIDCONNECT,
                openIdConnectUrl = "http://localhost:8180/realms/corridor/.well-known/openid-configuration",
                description = "OpenID Connect discovery of the corridor realm")
})
public class CorridorApi extends Application {
}
