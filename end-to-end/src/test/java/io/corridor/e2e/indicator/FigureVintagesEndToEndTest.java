package io.corridor.e2e.indicator;

import static io.corridor.e2e.indicator.IndicatorEndToEndTest.API;
import static io.corridor.e2e.indicator.IndicatorEndToEndTest.as;
import static io.corridor.e2e.indicator.IndicatorEndToEndTest.file;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.demo.Api;
import io.corridor.demo.Corpus;
import io.corridor.demo.FigureCorpus;
import io.corridor.e2e.Stack;
import io.restassured.path.json.JsonPath;

/**
 * Issue #23's "done when", through the demo on the real stack: the population figure of the corpus's 2019 document
 * (manifest date 2019), loaded by the demo's FigureCorpus, is checked as of 2019 and as of today, and the two verdicts
 * name two different references, each with its vintage. Two World Bank releases of the series (test values, bulk CSV
 * layout) are imported first, the later one first: what counts is the publisher's release date.
 */
@ExtendWith(Stack.class)
class FigureVintagesEndToEndTest {

    static final String SIPRI = "sipri-conascipal-livre-blanc-paix-securite.txt";

    static String release(String date, String y2018, String y2019) {
        return "\ufeff\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"" + date + "\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2018\",\"2019\",\n"
                + "\"Mali\",\"MLI\",\"Population, total\",\"SP.POP.TOTL\",\"" + y2018 + "\",\"" + y2019 + "\",\n";
    }

    @Test
    void theDemosClaimOfA2019DocumentGivesTwoReferencesEachWithItsVintage() throws Exception {
        file("curator", release("2024-12-16", "20300000", "20900000"), "text/csv").when().post(API + "/indicators/imports").then()
                .statusCode(200);
        file("curator", release("2019-07-01", "18600000", ""), "text/csv").when().post(API + "/indicators/imports").then()
                .statusCode(200);
        Corpus corpus = new Corpus(Path.of(System.getProperty("corridor.corpus", "../../shared/corpus")).toAbsolutePath());
        new FigureCorpus().load(new Api(Stack.GATEWAY, Stack.ISSUER, "curator"), corpus);

        List<Map<String, Object>> claims = as("reader").queryParam("document", SIPRI).queryParam("size", 100).when()
                .get(API + "/claims").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> population = claims.stream().filter(c -> "SP.POP.TOTL".equals(c.get("indicator"))).findFirst()
                .orElseThrow(() -> new AssertionError("no population claim of " + SIPRI + " in " + claims));
        JsonPath claim = as("reader").when().get(API + "/claims/" + population.get("id")).then().statusCode(200).extract().jsonPath();
        assertEquals("2019-12-31", claim.getString("documentDate"), "the demo sends the document's date");
        assertEquals("2019-12-31", claim.getString("verdict.vintage"));
        assertEquals("2019-07-01", claim.getString("verdict.reference.releaseDate"));
        assertEquals(18600000, claim.getInt("verdict.reference.value"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), claim.getString("currentVerdict.vintage"));
        assertEquals("2024-12-16", claim.getString("currentVerdict.reference.releaseDate"));
        assertEquals(20300000, claim.getInt("currentVerdict.reference.value"));
    }
}
