package io.corridor.document.rest;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The OPTIONS answers of the annotation container and of an annotation are 200 with headers and no
 * body (the W3C protocol's tests want 200, not 204). SmallRye OpenAPI gives every 200 of a method
 * returning a Response a JSON content; this removes it there, so that the document says what is sent.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OptionsWithoutBody implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation options = item.getOPTIONS();
            if (options != null && options.getResponses() != null) {
                APIResponse ok = options.getResponses().getAPIResponse("200");
                if (ok != null) {
                    ok.setContent(null);
                }
            }
        });
    }
}
