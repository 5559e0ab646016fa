package io.corridor.remittance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;

import org.junit.jupiter.api.Test;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
class IndicatorResourceTest {

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void catalogueIsPagedByCode() throws Exception {
        given().when().get("/api/v1/indicators").then().statusCode(200)
                .body("total", equalTo(0), "page", equalTo(0), "size", equalTo(20));
        try (Connection c = PostgresResource.connect("remittances")) {
            c.createStatement().execute("""
                    insert into indicator (code, name_en, name_fr, unit, source) values
                    ('SP.POP.TOTL', 'Population, total', 'Population, total', 'persons', 'World Bank WDI'),
                    ('BX.TRF.PWKR.CD.DT', 'Personal remittances, received (current US$)',
                     'Envois de fonds personnels, reçus ($ US courants)', 'USD', 'World Bank WDI')""");
        }
        given().queryParam("size", 1).when().get("/api/v1/indicators").then().statusCode(200)
                .body("total", equalTo(2), "items.code", contains("BX.TRF.PWKR.CD.DT"),
                        "items[0].nameFr", equalTo("Envois de fonds personnels, reçus ($ US courants)"));
        given().queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("SP.POP.TOTL"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void negativePageNamesTheField() {
        given().queryParam("page", -1).when().get("/api/v1/indicators").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("page"));
    }

    @Test
    void anonymousGets401() {
        given().when().get("/api/v1/indicators").then().statusCode(401).contentType("application/problem+json");
    }
}
