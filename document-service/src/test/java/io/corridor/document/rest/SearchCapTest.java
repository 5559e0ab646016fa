package io.corridor.document.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corridor.document.Fixtures;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * The bounded search: with the cap at three, four matching documents report a total of three that
 * is a lower bound (gte), ranked among the three newest; fewer matches than the cap are counted
 * exactly (eq). Pages end at the cap.
 */
@QuarkusTest
@TestProfile(SearchCapTest.CapOfThree.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestSecurity(user = "annotator", roles = { "annotator", "reader" })
class SearchCapTest {

    public static class CapOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("corridor.search.max-matches", "3");
        }
    }

    static final String TAG = Fixtures.unique("cap");
    static final long[] ids = new long[4];

    @BeforeEach
    void library() {
        if (ids[0] != 0) {
            return;
        }
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Uploads.create("cap" + i + ".txt", Fixtures.utf8("La diaspora malienne, document " + i + ". " + TAG),
                    "text/plain", Map.of("title", "Cap " + i, "tags", TAG, "language", "fr",
                            "kind", i % 2 == 0 ? "press_article" : "interview"));
        }
    }

    private JsonPath search(Object... more) {
        var spec = given().queryParam("q", "diaspora").queryParam("tag", TAG);
        for (int i = 0; i < more.length; i += 2) {
            spec = spec.queryParam((String) more[i], more[i + 1]);
        }
        return spec.when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void beyondTheCapTheTotalIsALowerBoundOverTheNewest() {
        JsonPath r = search();
        assertEquals(3, r.getInt("total"));
        assertEquals("gte", r.getString("totalRelation"));
        assertEquals(List.of(ids[1], ids[2], ids[3]), r.getList("items.document.id", Long.class).stream().sorted().toList());
    }

    @Test
    void belowTheCapTheTotalIsExact() {
        JsonPath r = search("kind", "interview");
        assertEquals(2, r.getInt("total"));
        assertEquals("eq", r.getString("totalRelation"));
        assertEquals(List.of(ids[1], ids[3]), r.getList("items.document.id", Long.class).stream().sorted().toList());
    }

    @Test
    void pagesEndAtTheCapAndStillCount() {
        assertEquals(1, search("size", 2, "page", 1).getList("items").size());
        JsonPath past = search("size", 2, "page", 2);
        assertEquals(List.of(), past.getList("items"));
        assertEquals(3, past.getInt("total"));
        assertEquals("gte", past.getString("totalRelation"));
    }
}
