package io.corridor.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The gateway publishes one valid OpenAPI 3 document for the whole public API. */
@ExtendWith(Stack.class)
class OpenApiTest {

    @Test
    void gatewayDocumentIsValidOpenApi3ListingThePublicPaths() {
        String document = given().when().get(Stack.GATEWAY + "/q/openapi").then().statusCode(200).extract().asString();
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document);
        assertNotNull(result.getOpenAPI(), "parsable: " + result.getMessages());
        assertEquals(List.of(), result.getMessages(), "no validation messages");
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3."));
        for (String path : List.of("/api/v1/documents", "/api/v1/actors", "/api/v1/actors/{id}", "/api/v1/indicators")) {
            assertTrue(result.getOpenAPI().getPaths().containsKey(path), path + " documented");
        }
        assertTrue(result.getOpenAPI().getPaths().keySet().stream().allMatch(p -> p.startsWith("/api/v1/")),
                "only the public API: " + result.getOpenAPI().getPaths().keySet());
    }

    @Test
    void swaggerUiIsPublic() {
        given().redirects().follow(true).when().get(Stack.GATEWAY + "/q/swagger-ui/").then().statusCode(200);
    }
}
