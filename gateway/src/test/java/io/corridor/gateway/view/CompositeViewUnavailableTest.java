package io.corridor.gateway.view;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The composite views with every service down (the %test profile's closed port): without the main
 * resource there is no view, only 503 with Retry-After; and what the OpenAPI document says of them.
 */
@QuarkusTest
class CompositeViewUnavailableTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/documents/1/view", "/api/v1/actors/1/dossier" })
    @TestSecurity(user = "reader", roles = "reader")
    void withoutTheMainServiceTheViewIsUnavailable(String path) {
        given().when().get(path).then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json");
    }

    @Test
    void openApiDocumentsBothViews() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/documents/{id}/view'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/DocumentView"))
                .body("paths.'/api/v1/documents/{id}/view'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/documents/{id}/view'.get.responses.'503'.headers", hasKey("Retry-After"))
                .body("paths.'/api/v1/actors/{id}/dossier'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/ActorDossier"))
                .body("paths.'/api/v1/actors/{id}/dossier'.get.responses.'308'.headers", hasKey("Location"))
                .body("paths.'/api/v1/actors/{id}/dossier'.get.responses.'401'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/actors/{id}/dossier'.get.responses.'403'.content", hasKey("application/problem+json"))
                .body("components.schemas.DocumentView.required", hasItems("document", "degraded"))
                .body("components.schemas.ViewDegradation.required", hasItems("part", "service", "type", "title", "status"))
                .body("components.schemas.ActorDossier.properties", hasKey("indicators"));
    }
}
