package io.corridor.remittance.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.corridor.testing.PublishedContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The service's OpenAPI document is the public contract of indicators and claims (the gateway assembles the public
 * document from it): stable operation ids, the roles each requires, the public schema names generated clients are
 * built on, and the two forms of an observation listing.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
class OpenApiDocumentTest {

    static final Set<String> OPERATIONS = Set.of("listIndicators", "getIndicator", "replaceIndicator", "importIndicators",
            "listObservations", "addObservation", "getObservation", "getObservationHistory", "listCounterparts",
            "getIndicatorGrowth", "getIndicatorRatio", "listClaims", "createClaim", "getClaim", "checkClaim", "fetchIndicators");

    static final Set<String> PUBLIC_SCHEMAS = Set.of("Indicator", "IndicatorDraft", "PageIndicator", "Observation",
            "ObservationDraft", "ObservationProvenance", "ObservationRevision", "DerivedPoint", "ImportReport", "Claim",
            "ClaimDraft", "ClaimCheck", "PageClaim", "Verdict", "VerdictHint", "VerdictReference", "Problem", "Violation",
            "FetchRequest");

    @Test
    void everyOperationHasItsStableIdAndTheRolesItRequires() {
        JsonPath document = PublishedContract.document();
        PublishedContract.assertOperations(document, OPERATIONS);
        assertEquals(List.of("curator"), document.getList("paths.'/api/v1/indicators/imports'.post.x-corridor-roles"));
        assertEquals(List.of("annotator"), document.getList("paths.'/api/v1/claims'.post.x-corridor-roles"));
        assertEquals(List.of("curator"), document.getList("paths.'/api/v1/indicators/fetches'.post.x-corridor-roles"));
    }

    @Test
    void schemasKeepTheirPublicNamesAndObservationsComeAsJsonCsvSdmxJsonOrJsonStat() {
        JsonPath document = PublishedContract.document();
        PublishedContract.assertSchemas(document, PUBLIC_SCHEMAS);
        assertEquals(Set.of("application/json", "text/csv", "application/vnd.sdmx.data+json;version=2.0.0",
                "application/json-stat+json"),
                document.getMap("paths.'/api/v1/indicators/{code}/observations'.get.responses.'200'.content").keySet());
        assertEquals(List.of("consistent", "discrepant", "no_data"),
                document.getList("components.schemas.Verdict.properties.verdict.enum"));
        assertEquals(5000, document.getInt(
                "paths.'/api/v1/indicators/{code}/observations'.get.parameters.find { it.name == 'size' }.schema.maximum"));
    }

}
