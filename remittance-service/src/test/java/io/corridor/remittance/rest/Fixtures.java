package io.corridor.remittance.rest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;

import io.corridor.testing.PostgresResource;
import io.restassured.response.ValidatableResponse;

/**
 * Files shaped like the ones the field publishes, written by the tests themselves. The numbers
 * are test values in the right orders of magnitude, not the published statistics.
 */
final class Fixtures {

    static final String DB = "remittances";

    /** A request whose JSON paths read decimals as doubles, so closeTo() compares them exactly enough. */
    static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given().config(io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig()
                        .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private Fixtures() {
    }

    /** A World Bank bulk CSV: four preamble lines, the header, one column per year, trailing commas. */
    static String worldBankCsv(String lastUpdated, String... rows) {
        StringBuilder s = new StringBuilder("\ufeff\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\""
                + lastUpdated + "\",\n\n\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\",\"2020\",\"2021\",\"2022\",\"2023\",\n");
        for (String row : rows) {
            s.append(row).append(",\n");
        }
        return s.toString();
    }

    static final String REMITTANCES = "\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\"";
    static final String GDP = "\"GDP (current US$)\",\"NY.GDP.MKTP.CD\"";

    /** A World Bank API v2 answer: [page metadata, rows]. */
    static String worldBankJson(String lastUpdated, String indicator, String name, String... countryDateValue) {
        StringBuilder s = new StringBuilder("[{\"page\":1,\"pages\":1,\"per_page\":50,\"total\":" + countryDateValue.length / 3
                + ",\"sourceid\":\"2\",\"lastupdated\":\"" + lastUpdated + "\"},[");
        for (int i = 0; i < countryDateValue.length; i += 3) {
            if (i > 0) {
                s.append(',');
            }
            s.append("{\"indicator\":{\"id\":\"").append(indicator).append("\",\"value\":\"").append(name)
                    .append("\"},\"country\":{\"id\":\"XX\",\"value\":\"Country\"},\"countryiso3code\":\"")
                    .append(countryDateValue[i]).append("\",\"date\":\"").append(countryDateValue[i + 1])
                    .append("\",\"value\":").append(countryDateValue[i + 2])
                    .append(",\"unit\":\"\",\"obs_status\":\"\",\"decimal\":0}");
        }
        return s.append("]]").toString();
    }

    /** A file written for the tests in a publisher's layout, under src/test/resources/publishers. */
    static byte[] publisherFile(String path) {
        try (var in = Fixtures.class.getResourceAsStream("/publishers/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file publishers/" + path);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Posts a test file as published (its bytes as they are) to the import. */
    static ValidatableResponse importPublished(String path, String contentType, String... params) {
        var request = given().contentType(contentType).body(publisherFile(path)).queryParam("fileName",
                path.substring(path.lastIndexOf('/') + 1));
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.when().post("/api/v1/indicators/imports").then();
    }

    static ValidatableResponse importFile(String body, String contentType, String... params) {
        var request = given().contentType(contentType + "; charset=UTF-8").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.when().post("/api/v1/indicators/imports").then();
    }

    /** Empties observations, imports and claims, and removes indicators the tests created. */
    static void clean() throws Exception {
        try (Connection c = PostgresResource.connect(DB); Statement s = c.createStatement()) {
            s.execute("truncate claim, observation_revision, observation, import restart identity");
            s.execute("delete from indicator where code not in ('BX.TRF.PWKR.CD.DT','BX.TRF.PWKR.DT.GD.ZS','BM.TRF.PWKR.CD.DT',"
                    + "'NY.GDP.MKTP.CD','SP.POP.TOTL','PA.NUS.FCRF','SM.POP.TOTL','UNDESA.IMS.BILATERAL',"
                    + "'KNOMAD.REMITTANCES.BILATERAL')");
        }
    }

    static long count(String sql) throws Exception {
        try (Connection c = PostgresResource.connect(DB); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static OffsetDateTime databaseNow() throws Exception {
        try (Connection c = PostgresResource.connect(DB); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select clock_timestamp()")) {
            r.next();
            return r.getObject(1, OffsetDateTime.class);
        }
    }
}
