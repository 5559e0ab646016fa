package io.corridor.gateway.openapi;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Where this installation's API and identity provider are, from its configuration when the document is served:
 * {@code servers} is the public base URL ({@code corridor.public-url}), and the OpenID Connect scheme names the realm
 * the gateway trusts ({@code quarkus.oidc.auth-server-url}) instead of a localhost written into the code.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class PublicServers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var config = ConfigProvider.getConfig();
        config.getOptionalValue("corridor.public-url", String.class).ifPresent(url -> openAPI.setServers(
                List.of(OASFactory.createServer().url(url).description("This installation of Corridor"))));
        config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).ifPresent(realm -> {
            if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
                return;
            }
            for (SecurityScheme scheme : openAPI.getComponents().getSecuritySchemes().values()) {
                if (scheme.getType() == SecurityScheme.Type.OPENIDCONNECT) {
                    scheme.setOpenIdConnectUrl(realm.replaceAll("/+$", "") + "/.well-known/openid-configuration");
                }
            }
        });
    }
}
