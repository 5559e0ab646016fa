package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Fetches (issue #23): observations taken from the World Bank API v2 (every page, with footnotes) and from an SDMX REST
 * 2.1 service (SDMX-CSV, updatedAfter), served by {@link RecordedSources} from answers written in each API's layout;
 * the request sent and the time of the answer as provenance; the allow-list held against every way out of it
 * (other hosts and ports, dot segments, encoded dots, credentials, schemes, redirects); a slow, a huge and a failing
 * source; and nothing stored whenever a fetch fails, even on its last page.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@QuarkusTestResource(value = RecordedSources.class, restrictToAnnotatedClass = true)
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class FetchTest {

    static final String FETCHES = "/api/v1/indicators/fetches";
    static final String REMITTANCES = "/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations";

    @BeforeEach
    void clean() throws Exception {
        Fixtures.clean();
        RecordedSources.RECEIVED.clear();
    }

    static ValidatableResponse fetch(String... members) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            body.put(members[i], members[i + 1]);
        }
        return given().contentType(ContentType.JSON).body(body).when().post(FETCHES).then();
    }

    static String wb(String path) {
        return RecordedSources.base + "/wb/v2" + path;
    }

    @Test
    void everyPageOfAWorldBankQueryIsImportedWithItsFootnotesAndTheRequestAsProvenance() throws Exception {
        String url = wb("/country/MLI;SEN/indicator/BX.TRF.PWKR.CD.DT?date=2019:2021");
        String asked = wb("/country/MLI;SEN/indicator/BX.TRF.PWKR.CD.DT?date=2019:2021&format=json&footnote=y&per_page=3");
        fetch("url", url).statusCode(200)
                .body("format", equalTo("wb-json"), "pages", equalTo(2), "rows", equalTo(6), "new", equalTo(5), "missing", equalTo(1),
                        "release", equalTo("2025-01-28"), "releaseDate", equalTo("2025-01-28"),
                        "source", equalTo("World Bank, World Development Indicators"), "url", equalTo(asked),
                        "retrievedAt", notNullValue(), "fileName", nullValue());
        // both pages asked, each with Corridor's own parameters
        List<String> queries = RecordedSources.RECEIVED.stream().map(r -> r.uri().getRawQuery()).toList();
        assertEquals(List.of("date=2019:2021&format=json&footnote=y&per_page=3&page=1",
                "date=2019:2021&format=json&footnote=y&per_page=3&page=2"), queries);
        given().queryParam("country", "MLI").when().get(REMITTANCES).then().statusCode(200)
                .body("items.period", contains("2020", "2021"),
                        "items[1].caveats.footnote", equalTo("Test footnote: preliminary balance of payments estimate."),
                        "items[1].provenance.url", equalTo(asked), "items[1].provenance.retrievedAt", notNullValue(),
                        "items[1].provenance.row", equalTo(1), "items[1].provenance.importId", notNullValue());
        // rows are numbered across pages: Senegal 2019 is the 6th row of the answer
        given().queryParam("country", "SEN").queryParam("from", "2019").queryParam("to", "2019").when().get(REMITTANCES).then()
                .statusCode(200).body("items[0].provenance.row", equalTo(6), "items[0].value", equalTo(2400000000L));
        assertEquals(1, Fixtures.count("select count(*) from import where request_url = '" + asked + "' and retrieved_at is not null"));

        // a later release revises Mali 2021: a new revision, with its own request and release date
        String later = wb("/country/MLI/indicator/BX.TRF.PWKR.CD.DT?date=2021");
        fetch("url", later).statusCode(200).body("revised", equalTo(1), "releaseDate", equalTo("2025-07-01"), "pages", equalTo(1));
        int id = given().queryParam("country", "MLI").queryParam("from", "2021").when().get(REMITTANCES).then().statusCode(200)
                .extract().path("items[0].id");
        given().when().get(REMITTANCES + "/" + id + "/history").then().statusCode(200)
                .body("releaseDate", contains("2025-01-28", "2025-07-01"),
                        "provenance.url", contains(asked, later + "&format=json&footnote=y&per_page=3"),
                        "caveats.footnote", hasItem("Test footnote: revised with the 2024 survey."));
        // fetched again unchanged: nothing new
        fetch("url", later).statusCode(200).body("new", equalTo(0), "revised", equalTo(0), "unchanged", equalTo(1));
    }

    @Test
    void anSdmxDataQueryIsAskedAsSdmxCsvAndUpdatedAfterBringsOnlyTheChanges() throws Exception {
        String url = RecordedSources.base + "/sdmx/rest/data/IMF.STA,BOP,1.0.0/A.MLI+SEN.BX_TRF_PWKR";
        fetch("url", url, "release", "2025-01-28").statusCode(200)
                .body("format", equalTo("sdmx-csv"), "new", equalTo(3), "url", equalTo(url), "releaseDate", equalTo("2025-01-28"));
        assertTrue(RecordedSources.RECEIVED.get(0).accept().startsWith("application/vnd.sdmx.data+csv;version=1.0.0"),
                RecordedSources.RECEIVED.toString());
        given().queryParam("country", "MLI").queryParam("from", "2022").when().get(REMITTANCES).then().statusCode(200)
                .body("items[0].value", equalTo(1080250000), "items[0].caveats.unitMultiplier", equalTo(6),
                        "items[0].status", equalTo("provisional"), "items[0].provenance.url", equalTo(url));
        // only what was updated after: a revision of Mali 2022, its request recorded with updatedAfter
        fetch("url", url, "updatedAfter", "2025-02-01T00:00:00Z", "release", "2025-03-15").statusCode(200)
                .body("rows", equalTo(1), "revised", equalTo(1), "url", endsWith("?updatedAfter=2025-02-01T00%3A00%3A00Z"));
        given().queryParam("country", "MLI").queryParam("from", "2022").when().get(REMITTANCES).then().statusCode(200)
                .body("items[0].value", equalTo(1100000000), "items[0].releaseDate", equalTo("2025-03-15"));
        // nothing updated since: SDMX answers 404 no results, an import of nothing that records the fetch
        fetch("url", url, "updatedAfter", "2025-09-01").statusCode(200).body("rows", equalTo(0), "pages", equalTo(0),
                "url", endsWith("?updatedAfter=2025-09-01"));
        assertEquals(3, Fixtures.count("select count(*) from import where request_url like '" + url + "%'"));
        // the World Bank has no updatedAfter
        fetch("url", wb("/country/MLI/indicator/BX.TRF.PWKR.CD.DT"), "updatedAfter", "2025-01-01").statusCode(400)
                .body("errors[0].field", equalTo("updatedAfter"));
        fetch("url", url, "updatedAfter", "last week").statusCode(400).body("errors[0].field", equalTo("updatedAfter"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:PORT/private/latest/meta-data", "http://localhost:PORT/wb/v2/country/MLI/indicator/X",
            "http://127.0.0.1:1/wb/v2/country/MLI/indicator/X", "https://127.0.0.1:PORT/wb/v2/country/MLI/indicator/X",
            "http://127.0.0.1:PORT/wb/v2/../../private/indicator/X", "http://127.0.0.1:PORT/wb/v2/%2e%2e/%2e%2e/private/indicator/X",
            "http://127.0.0.1:PORT/wb/v2%2f..%2f..%2fprivate/indicator/X", "http://user:secret@127.0.0.1:PORT/wb/v2/indicator/X",
            "http://127.0.0.1:PORT/wb/v2x/indicator/X", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd",
            "gopher://127.0.0.1:PORT/wb/v2/indicator/X", "ftp://127.0.0.1:PORT/wb/v2/indicator/X", "/wb/v2/indicator/X",
            "not a url at all", "http://127.0.0.1:PORT/wb/v2/indicator/X#fragment", "https://api.worldbank.org/v2/country/MLI/indicator/X" })
    void aUrlOffTheAllowListIsRefusedNamingUrlAndNeverRequested(String url) throws Exception {
        fetch("url", url.replace("PORT", RecordedSources.base.substring(RecordedSources.base.lastIndexOf(':') + 1)))
                .statusCode(422).contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("url"));
        assertEquals(List.of(), RecordedSources.RECEIVED);
        assertEquals(0, Fixtures.count("select count(*) from import"));
    }

    @Test
    void aRedirectIsFollowedOnlyInsideTheAllowList() throws Exception {
        fetch("url", wb("/redirect/indicator/BX.TRF.PWKR.CD.DT?date=2019:2021"), "format", "wb-json").statusCode(200)
                .body("new", equalTo(5), "pages", equalTo(2));
        RecordedSources.RECEIVED.clear();
        fetch("url", wb("/escape/indicator/BX.TRF.PWKR.CD.DT")).statusCode(422)
                .body("errors[0].field", equalTo("url"), "detail", containsString("redirect"));
        assertTrue(RecordedSources.RECEIVED.stream().noneMatch(r -> r.uri().getPath().startsWith("/private")),
                RecordedSources.RECEIVED.toString());
    }

    @Test
    void aSlowAHugeAFailingOrAnErringSourceStoresNothing() throws Exception {
        long started = System.nanoTime();
        fetch("url", wb("/slow/indicator/BX.TRF.PWKR.CD.DT")).statusCode(504)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("url"));
        assertTrue(System.nanoTime() - started < 4_500_000_000L, "cut off at the 2 s timeout, not at the end of the answer");
        fetch("url", wb("/huge/indicator/BX.TRF.PWKR.CD.DT")).statusCode(422)
                .body("errors[0].field", equalTo("url"), "detail", containsString("200000 bytes"));
        fetch("url", wb("/broken/indicator/BX.TRF.PWKR.CD.DT")).statusCode(502).body("errors[0].field", equalTo("url"));
        // the World Bank's own error answer (an invalid country code)
        fetch("url", wb("/country/XYZ/indicator/BX.TRF.PWKR.CD.DT")).statusCode(422)
                .body("errors[0].field", equalTo("$[0].message"));
        // the last page has a row the import refuses: the first page is not kept either
        fetch("url", wb("/country/BAD/indicator/BX.TRF.PWKR.CD.DT")).statusCode(422)
                .body("errors[0].row", equalTo(5), "errors[0].field", equalTo("date"), "detail", containsString("nothing was imported"));
        // an SDMX service that ignores Accept and answers SDMX-ML: Corridor reads SDMX-CSV
        fetch("url", RecordedSources.base + "/sdmx/rest/data/IMF.STA,BOP,1.0.0/A.MLI.XML_ONLY").statusCode(422)
                .body("errors[0].field", equalTo("url"), "detail", containsString("SDMX-ML"));
        assertEquals(0, Fixtures.count("select count(*) from import"));
        assertEquals(0, Fixtures.count("select count(*) from observation_revision"));
    }

    @Test
    void theRequestItselfIsChecked() {
        RecordedSources.RECEIVED.clear();
        fetch().statusCode(400).body("errors[0].field", containsString("url"));
        fetch("url", wb("/somewhere")).statusCode(400).body("errors[0].field", equalTo("format"));
        fetch("url", wb("/country/MLI/indicator/X"), "format", "desa-csv").statusCode(400).body("errors[0].field", equalTo("format"));
        fetch("url", wb("/country/MLI/indicator/X"), "release", "last summer").statusCode(400)
                .body("errors[0].field", equalTo("release"));
        assertEquals(List.of(), RecordedSources.RECEIVED, "a request refused is never sent");
    }
}
