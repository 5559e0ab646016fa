package io.corridor.remittance.rest;

import static io.corridor.remittance.rest.Fixtures.importPublished;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;

/**
 * Observations as SDMX-JSON 2.0.0 and JSON-stat 2.0 by Accept (issue #23). Each message is checked member by member
 * against its specification (SDMX-JSON 2.0.0 data message field guide and schema rules; JSON-stat 2.0 dataset: id,
 * size, dimension, value, status, role), then decoded back, by its indices alone, into the observations the JSON
 * listing gives: every value, status and footnote where the JSON listing has it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class OutputFormatsTest {

    static final String O = "/api/v1/indicators/BX.TRF.PWKR.CD.DT/observations";
    static final String SDMX_JSON = "application/vnd.sdmx.data+json;version=2.0.0";
    static final String JSON_STAT = "application/json-stat+json";
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One observation as the JSON listing gives it: the key and what a message must carry for it. */
    record Expected(String country, String source, String period, BigDecimal value, String status, String footnote, String releaseDate) {
    }

    @BeforeEach
    void data() throws Exception {
        Fixtures.clean();
        // World Bank (Mali, with a footnote; Senegal) and IMF (SDMX-CSV, UNIT_MULT, a provisional value): two sources
        Fixtures.importFile(Fixtures.worldBankJson("2025-01-28", "BX.TRF.PWKR.CD.DT", "Personal remittances, received (current US$)",
                "SEN", "2022", "2500000000", "SEN", "2023", "2600000000"), "application/json").statusCode(200);
        importPublished("worldbank/API_BX.TRF.PWKR.CD.DT_MLI_footnote.json", "application/json").statusCode(200);
        importPublished("sdmx/IMF_BOP_remittances_2.0.csv", "text/csv", "release", "2025-03-01").statusCode(200);
    }

    private static List<Expected> listed() throws Exception {
        JsonNode page = JSON.readTree(RestAssured.given().accept("application/json").queryParam("size", 100).when().get(O).then()
                .statusCode(200).extract().asString());
        List<Expected> expected = new ArrayList<>();
        for (JsonNode o : page.path("items")) {
            expected.add(new Expected(o.path("country").asText(), o.path("source").asText(), o.path("period").asText(),
                    o.path("value").decimalValue(), o.path("status").asText(),
                    o.path("caveats").path("footnote").isMissingNode() ? null : o.path("caveats").path("footnote").asText(),
                    o.path("releaseDate").asText()));
        }
        assertEquals(7, expected.size(), "the data of the test");
        return expected;
    }

    @Test
    void sdmxJsonIsADataMessageWithTimeSeriesThatDecodeToTheListing() throws Exception {
        String body = RestAssured.given().accept(SDMX_JSON).queryParam("size", 100).when().get(O).then().statusCode(200)
                .contentType(allOf(startsWith("application/vnd.sdmx.data+json;"), containsString("version=2.0.0"))).extract().asString();
        JsonNode message = JSON.readTree(body);
        // meta: id (SDMX id characters), prepared (date-time with zone), sender with an id, the schema's URL
        JsonNode meta = message.path("meta");
        assertTrue(meta.path("id").asText().matches("^[A-Za-z0-9_@$-]+$"), meta.toString());
        OffsetDateTime.parse(meta.path("prepared").asText());
        assertTrue(meta.path("sender").path("id").asText().matches("^[A-Za-z0-9_@$-]+$"));
        assertTrue(meta.path("schema").asText().endsWith("/2.0.0/sdmx-json-data-schema.json"));
        assertFalse(message.has("errors"), "data and errors never coexist");

        JsonNode structure = message.path("data").path("structures").get(0);
        assertEquals(1, message.path("data").path("structures").size());
        assertEquals("[0]", structure.path("dataSets").toString());
        // dimensions: key positions 0..5 once each, ids as SDMX ids, values present; coded values id + name, uncoded value
        List<JsonNode> dimensions = new ArrayList<>();
        for (String level : List.of("dataSet", "series", "observation")) {
            structure.path("dimensions").path(level).forEach(dimensions::add);
        }
        Set<Integer> positions = new HashSet<>();
        for (JsonNode d : dimensions) {
            assertTrue(d.path("id").asText().matches("^[A-Za-z][A-Za-z0-9_-]*$"), d.toString());
            assertTrue(positions.add(d.path("keyPosition").asInt()), "keyPosition once: " + d);
            assertTrue(d.path("values").size() >= 1, d.toString());
            for (JsonNode v : d.path("values")) {
                assertTrue(v.has("id") && v.has("name") && v.path("id").asText().matches("^[A-Za-z0-9_@$-]+$") && !v.has("value")
                        || v.has("value") && !v.has("id"), "a value is coded (id, name) or not (value): " + v);
            }
        }
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), positions);
        assertEquals("INDICATOR", structure.path("dimensions").path("dataSet").get(0).path("id").asText());
        assertEquals("BX_TRF_PWKR_CD_DT", structure.path("dimensions").path("dataSet").get(0).path("values").get(0).path("id").asText());
        List<String> seriesIds = new ArrayList<>();
        structure.path("dimensions").path("series").forEach(d -> seriesIds.add(d.path("id").asText()));
        assertEquals(List.of("REF_AREA", "COUNTERPART_AREA", "SEX", "SOURCE"), seriesIds);
        JsonNode time = structure.path("dimensions").path("observation").get(0);
        assertEquals("TIME_PERIOD", time.path("id").asText());
        for (JsonNode v : time.path("values")) {
            OffsetDateTime start = OffsetDateTime.parse(v.path("start").asText());
            OffsetDateTime end = OffsetDateTime.parse(v.path("end").asText());
            assertTrue(start.isBefore(end) && start.getYear() == Integer.parseInt(v.path("value").asText().substring(0, 4)), v.toString());
        }
        assertEquals("OBS_VALUE", structure.path("measures").path("observation").get(0).path("id").asText());
        JsonNode attributes = structure.path("attributes").path("observation");
        List<String> attributeIds = new ArrayList<>();
        for (JsonNode a : attributes) {
            attributeIds.add(a.path("id").asText());
            assertTrue(a.path("relationship").has("observation"), "an observation-level attribute: " + a);
            assertTrue(a.path("values").size() >= 1);
        }
        assertTrue(attributeIds.containsAll(List.of("OBS_STATUS", "COMMENT_OBS", "UNIT_MULT", "UNIT_MEASURE", "RELEASE_DATE")),
                attributeIds.toString());

        JsonNode dataSet = message.path("data").path("dataSets").get(0);
        assertEquals(0, dataSet.path("structure").asInt());
        assertEquals("Information", dataSet.path("action").asText());
        assertEquals("self", dataSet.path("links").get(0).path("rel").asText());
        assertTrue(dataSet.path("links").get(0).path("href").asText().startsWith(O + "?"));
        assertFalse(dataSet.has("observations"), "series, not a flat list");

        // decoded by indices alone, the series give back exactly the listing
        List<Expected> decoded = new ArrayList<>();
        JsonNode series = structure.path("dimensions").path("series");
        for (Iterator<Map.Entry<String, JsonNode>> it = dataSet.path("series").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> s = it.next();
            assertTrue(s.getKey().matches("^[0-9]+(:[0-9]+)*$"), s.getKey());
            String[] key = s.getKey().split(":");
            assertEquals(4, key.length);
            String country = series.get(0).path("values").get(Integer.parseInt(key[0])).path("id").asText();
            assertEquals("_Z", series.get(1).path("values").get(Integer.parseInt(key[1])).path("id").asText());
            assertEquals("_T", series.get(2).path("values").get(Integer.parseInt(key[2])).path("id").asText());
            String source = series.get(3).path("values").get(Integer.parseInt(key[3])).path("value").asText();
            for (Iterator<Map.Entry<String, JsonNode>> obs = s.getValue().path("observations").fields(); obs.hasNext();) {
                Map.Entry<String, JsonNode> o = obs.next();
                JsonNode values = o.getValue();
                assertEquals(1 + attributes.size(), values.size(), "the value, then one entry per attribute");
                Map<String, JsonNode> attribute = new HashMap<>();
                for (int i = 0; i < attributes.size(); i++) {
                    JsonNode index = values.get(1 + i);
                    if (!index.isNull()) {
                        attribute.put(attributes.get(i).path("id").asText(), attributes.get(i).path("values").get(index.asInt()));
                    }
                }
                String status = switch (attribute.get("OBS_STATUS").path("id").asText()) {
                    case "P" -> "provisional";
                    case "E" -> "estimate";
                    case "A" -> "normal";
                    default -> "other";
                };
                decoded.add(new Expected(country, source, time.path("values").get(Integer.parseInt(o.getKey())).path("value").asText(),
                        values.get(0).decimalValue(), status,
                        attribute.containsKey("COMMENT_OBS") ? attribute.get("COMMENT_OBS").path("value").asText() : null,
                        attribute.get("RELEASE_DATE").path("value").asText()));
            }
        }
        assertEquals(set(listed()), set(decoded));
        // the version parameter may be left out by a client
        RestAssured.given().accept("application/vnd.sdmx.data+json").when().get(O).then().statusCode(200)
                .contentType(containsString("version=2.0.0"));
    }

    @Test
    void jsonStatIsADatasetWhoseValuesDecodeToTheListing() throws Exception {
        String body = RestAssured.given().accept(JSON_STAT).queryParam("size", 100).when().get(O).then().statusCode(200)
                .contentType(JSON_STAT).extract().asString();
        JsonNode dataset = JSON.readTree(body);
        assertEquals("2.0", dataset.path("version").asText());
        assertEquals("dataset", dataset.path("class").asText());
        assertEquals("Personal remittances, received (current US$)", dataset.path("label").asText());
        assertTrue(dataset.path("updated").asText().matches("^\\d{4}-\\d{2}-\\d{2}$"));
        // id, size and dimension agree: one size per id, one dimension per id, as many categories as its size
        List<String> ids = new ArrayList<>();
        dataset.path("id").forEach(i -> ids.add(i.asText()));
        assertEquals(List.of("indicator", "country", "counterpart", "sex", "source", "period"), ids);
        assertEquals(ids.size(), dataset.path("size").size());
        assertEquals(new HashSet<>(ids), set(dataset.path("dimension").fieldNames()));
        long cells = 1;
        List<List<String>> categories = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode category = dataset.path("dimension").path(ids.get(i)).path("category");
            assertTrue(dataset.path("dimension").path(ids.get(i)).path("label").isTextual());
            List<String> index = new ArrayList<>();
            category.path("index").forEach(c -> index.add(c.asText()));
            assertEquals(dataset.path("size").get(i).asInt(), index.size(), ids.get(i));
            assertEquals(index.size(), new HashSet<>(index).size(), "unique categories of " + ids.get(i));
            if (category.has("label")) {
                assertTrue(category.path("label").size() >= 1);
                category.path("label").fieldNames().forEachRemaining(l -> assertTrue(index.contains(l), l));
            }
            categories.add(index);
            cells *= index.size();
        }
        assertEquals(List.of("period"), list(dataset.path("role").path("time")));
        assertEquals(List.of("country"), list(dataset.path("role").path("geo")));
        assertEquals(List.of("indicator"), list(dataset.path("role").path("metric")));
        assertEquals("USD", dataset.path("dimension").path("indicator").path("category").path("unit").path("BX.TRF.PWKR.CD.DT")
                .path("label").asText());

        // value (and status) keyed by row-major position, the last dimension fastest
        JsonNode value = dataset.path("value");
        assertTrue(value.isObject());
        List<Expected> decoded = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> v = it.next();
            long position = Long.parseLong(v.getKey());
            assertTrue(position >= 0 && position < cells, v.getKey());
            int[] at = new int[ids.size()];
            for (int i = ids.size() - 1; i >= 0; i--) {
                int n = categories.get(i).size();
                at[i] = (int) (position % n);
                position /= n;
            }
            String source = dataset.path("dimension").path("source").path("category").path("label")
                    .path(categories.get(4).get(at[4])).asText();
            JsonNode status = dataset.path("status").path(v.getKey());
            JsonNode footnote = dataset.path("extension").path("footnote").path(v.getKey());
            decoded.add(new Expected(categories.get(1).get(at[1]), source, categories.get(5).get(at[5]), v.getValue().decimalValue(),
                    status.isMissingNode() ? "normal" : status.asText(), footnote.isMissingNode() ? null : footnote.asText(),
                    dataset.path("extension").path("releaseDate").path(v.getKey()).asText()));
        }
        dataset.path("status").fieldNames().forEachRemaining(k -> assertTrue(value.has(k), "a status belongs to a value: " + k));
        assertEquals(set(listed()), set(decoded));
    }

    @Test
    void aPageThatIsNotTheLastLinksTheNextAndAnUnknownIndicatorIsAProblem() throws Exception {
        JsonNode sdmx = JSON.readTree(RestAssured.given().accept(SDMX_JSON).queryParam("size", 2).when().get(O).then().statusCode(200)
                .extract().asString());
        JsonNode links = sdmx.path("data").path("dataSets").get(0).path("links");
        assertEquals("next", links.get(1).path("rel").asText());
        assertTrue(links.get(1).path("href").asText().contains("page=1"), links.toString());
        JsonNode stat = JSON.readTree(RestAssured.given().accept(JSON_STAT).queryParam("size", 2).queryParam("page", 3).when().get(O)
                .then().statusCode(200).extract().asString());
        assertNull(stat.path("link").get("next"), "the last page links no next");
        assertEquals(7, stat.path("extension").path("total").asInt());
        assertNotNull(stat.path("value"));
        RestAssured.given().accept(SDMX_JSON).when().get("/api/v1/indicators/NO.SUCH/observations").then().statusCode(404)
                .contentType("application/problem+json");
        RestAssured.given().accept(JSON_STAT).queryParam("size", 0).when().get(O).then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static <T> Set<T> set(List<T> list) {
        Set<T> set = new HashSet<>(list);
        assertEquals(list.size(), set.size(), "no observation twice");
        return set;
    }

    private static Set<String> set(Iterator<String> names) {
        Set<String> set = new HashSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    private static List<String> list(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
