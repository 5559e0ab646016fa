package io.corridor.remittance.rest;

import static io.corridor.testing.HostileBodies.assertClientProblem;
import static io.corridor.testing.HostileBodies.members;
import static io.corridor.testing.HostileBodies.object;
import static io.corridor.testing.HostileBodies.quoted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.corridor.testing.HostileBodies.Raw;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the service tried with hostile values (issue #20): numbers huge, negative or fractional where
 * a count is expected, JSON members of the wrong type, strings of a million characters, NUL and lone surrogates,
 * malformed and empty bodies, a wrong or missing Content-Type. Each must answer a 4xx problem document (never a
 * 5xx, never a stack trace) and write nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "remittances"))
@TestSecurity(user = "curator", roles = { "reader", "annotator", "curator" })
class HostileInputTest {

    private static final String CODE = "BX.TRF.PWKR.CD.DT";
    private static final String I = "/api/v1/indicators";
    private static final String O = I + "/" + CODE + "/observations";
    private static final String C = "/api/v1/claims";
    private static final String HUGE = "x".repeat(1_000_000);
    private static final String LONG_PARAMETER = "Z".repeat(3000);

    /** One call: method, path with its query, and a body with its media type (null: none). */
    record Call(String method, String path, String contentType, String body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : " " + (body.length() > 120 ? body.substring(0, 120) + "…(" + body.length() + ")" : body);
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " [" + contentType + "]" + shown;
        }
    }

    @BeforeAll
    static void clean() throws Exception {
        Fixtures.clean();
    }

    static Stream<Call> queries() {
        List<String> paths = new ArrayList<>();
        for (String q : new String[] { "page=-1", "size=0", "size=1000000", "size=-5", "page=1.5", "size=abc",
                "page=99999999999", "page=2147483647&size=100" }) {
            paths.add(I + "?" + q);
            paths.add(C + "?" + q);
        }
        for (String q : new String[] { "page=-1", "size=5001", "size=-3", "page=1.5", "size=1e3", "asOf=yesterday",
                "asOf=2025-13-45", "from=99999", "to=-1", "country=XXXX", "sex=robot", "kind=x", "counterpart=" + LONG_PARAMETER,
                "country=" + LONG_PARAMETER, "source=%00", "page=99999999999" }) {
            paths.add(O + "?" + q);
        }
        paths.addAll(List.of(I + "/" + LONG_PARAMETER, I + "/%00", O + "/abc", O + "/-1", O + "/99999999999999999999",
                O + "/1.5", O + "/-1/history", O + "/abc/history", O + "/1?asOf=never",
                I + "/" + CODE + "/counterparts", I + "/" + CODE + "/counterparts?country=MLI&limit=0",
                I + "/" + CODE + "/counterparts?country=MLI&limit=-1", I + "/" + CODE + "/counterparts?country=MLI&limit=1e9",
                I + "/" + CODE + "/counterparts?country=MLI&limit=2147483648", I + "/" + CODE + "/counterparts?country=MLI&limit=251",
                I + "/" + CODE + "/counterparts?country=MLI&period=garbage", I + "/" + CODE + "/ratio",
                I + "/" + CODE + "/ratio?denominator=NY.GDP.MKTP.CD", I + "/" + CODE + "/ratio?country=MLI&denominator=" + LONG_PARAMETER,
                I + "/" + CODE + "/growth", I + "/" + CODE + "/growth?country=ZZ", C + "/abc", C + "/-1",
                C + "/99999999999999999999", C + "/1.5"));
        return paths.stream().map(p -> new Call("GET", p, null, null));
    }

    static Stream<Call> bodies() {
        List<Call> calls = new ArrayList<>();
        Map<String, Map<String, Object>> valid = new LinkedHashMap<>();
        valid.put("POST " + O, members("country", "MLI", "period", "2019", "value", 1, "document", "d.md", "counterpart", "FRA",
                "sex", "total", "status", "normal", "quote", "q", "annotation", "a", "sourceCited", "s"));
        valid.put("PUT " + I + "/TEST.HOSTILE", members("nameEn", "x", "nameFr", "x", "nameFrSource", "x", "unit", "USD",
                "multiplier", 0, "source", "s", "definition", "d", "periodicity", "annual"));
        valid.put("POST " + C + "/check", members("indicator", CODE, "country", "MLI", "counterpart", "FRA", "period", "2019",
                "value", 1, "unit", "USD", "hedge", "about"));
        valid.put("POST " + C, members("document", "d.md", "annotation", "a", "quote", "q", "indicator", CODE, "country", "MLI",
                "counterpart", "FRA", "period", "2019", "value", 1, "unit", "USD", "hedge", "about", "sourceCited", "s"));
        // off the allow-list (the test configuration's is the World Bank API's): a valid-shaped fetch never leaves the service
        valid.put("POST " + I + "/fetches", members("url", "https://example.org/rest/data/IMF,BOP,1.0/A.MLI", "format", "sdmx-csv",
                "updatedAfter", "2025-01-01", "indicator", CODE, "source", "s", "release", "2025-01-28", "createIndicators", new Raw("false")));
        for (Map.Entry<String, Map<String, Object>> target : valid.entrySet()) {
            String method = target.getKey().split(" ")[0];
            String path = target.getKey().split(" ")[1];
            for (String body : new String[] { "", "{", "null", "[]", "123", "\"text\"", "{\"value\":", "{}", "[{}]", "{\"a\":1}}" }) {
                calls.add(new Call(method, path, "application/json", body));
            }
            String json = object(target.getValue());
            calls.add(new Call(method, path, "text/plain", json));
            calls.add(new Call(method, path, "application/xml", json));
            calls.add(new Call(method, path, null, json));
            calls.add(new Call(method, path, "multipart/form-data; boundary=x", json));
            for (String field : target.getValue().keySet()) {
                boolean number = target.getValue().get(field) instanceof Number;
                List<String> hostile = number
                        ? List.of("\"abc\"", "1e999999999", "-1e40", "1E-999999999", "1.5", "99999999999999999999999", "{}", "[]",
                                "true", "\"" + "9".repeat(5000) + "\"")
                        : List.of(quoted(HUGE), "5", "1.5", "true", "{}", "[1]", "\"\\u0000\"", "\"a\\ud800b\"", "\"\\udc00\"");
                for (String value : hostile) {
                    // a multiplier of 1.5 or of 10^23 is no multiplier; as a figure's value each is a figure
                    if (field.equals("value") && (value.equals("1.5") || value.equals("99999999999999999999999"))) {
                        continue;
                    }
                    Map<String, Object> changed = new LinkedHashMap<>(target.getValue());
                    changed.put(field, new Raw(value));
                    calls.add(new Call(method, path, "application/json", object(changed)));
                }
            }
        }
        return calls.stream();
    }

    static Stream<Call> imports() {
        String path = I + "/imports";
        return Stream.of(new Call("POST", path, "text/csv", ""), new Call("POST", path, "text/csv", "\u0000\u0000\u0000"),
                new Call("POST", path, "text/csv", HUGE), new Call("POST", path, "application/json", "[" + HUGE),
                new Call("POST", path, "application/json", "[{\"page\":1},[{\"value\":" + "9".repeat(5000) + "}]]"),
                new Call("POST", path, "application/json", "[".repeat(5000)),
                new Call("POST", path + "?format=bogus", "text/csv", "a,b\n1,2\n"),
                new Call("POST", path + "?format=%00", "text/csv", "a,b\n1,2\n"),
                new Call("POST", path + "?format=sdmx-csv", "text/csv", "DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\nX," + HUGE + ",2020,1\n"),
                new Call("POST", path + "?format=wb-csv", "text/csv", "\"Country Name\"," + quoted(HUGE) + "\n"),
                new Call("POST", path + "?indicator=" + LONG_PARAMETER + "&format=desa-csv", "text/csv",
                        "destination,origin,year,value\nCIV,MLI,2024,1\n"),
                new Call("POST", path, "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"x.csv\"\r\n\r\na,b\r\n--b--\r\n"));
    }

    @ParameterizedTest
    @MethodSource({ "queries", "bodies", "imports" })
    void neverA5xxAlwaysAProblemAndNothingWritten(Call call) throws Exception {
        String before = counts();
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (call.contentType() == null) {
            request = request.noContentType();
        } else {
            request = request.contentType(call.contentType());
        }
        if (call.body() != null) {
            request = request.body(call.body().getBytes(StandardCharsets.UTF_8));
        }
        Response answer = request.request(call.method(), call.path());
        assertClientProblem(call, answer);
        assertEquals(before, counts(), call + " wrote something");
    }

    /** The shared PageRequest bounds page so that page × size cannot overflow; the observations' own page is a long offset. */
    @Test
    void aPageBeyondAnyOffsetIsRefusedOrEmptyNeverAnOverflow() {
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).when().get(I).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).when().get(C).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 5000).when().get(O).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    /** What the service could have written, counted in one statement. */
    private static String counts() throws Exception {
        try (java.sql.Connection c = PostgresResource.connect(Fixtures.DB); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("select concat_ws(',', (select count(*) from observation), (select count(*) "
                        + "from observation_revision), (select count(*) from import), (select count(*) from claim), (select "
                        + "count(*) from indicator), (select coalesce(max(id), 0) from claim))")) {
            r.next();
            return "observations, revisions, imports, claims, indicators, last claim: " + r.getString(1);
        }
    }
}
