package io.corridor.support.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The checks every service shares, each answering a problem that names what is at fault, never a 5xx. */
@QuarkusTest
class HostileInputTest {

    @Test
    void nulInQueryParameterIsRefusedNamingIt() {
        given().urlEncodingEnabled(false).get("/probe?q=a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }

    @Test
    void otherControlCharactersTooButNotTabOrLineFeed() {
        given().urlEncodingEnabled(false).get("/probe?q=a%07b").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().urlEncodingEnabled(false).get("/probe?q=a%09b%0Ac").then().statusCode(200);
    }

    @Test
    void nulInPathIsRefused() {
        given().urlEncodingEnabled(false).get("/probe/a%00b").then().statusCode(400).body("errors[0].field", equalTo("path"));
    }

    @Test
    void unconvertibleQueryParametersAre400NamingThem() {
        given().get("/probe?size=abc").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size")).body("errors[0].value", equalTo("abc"));
        given().get("/probe?page=1.5").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/probe?page=99999999999").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void unconvertiblePathParameterIs400NamingIt() {
        given().get("/probe/abc").then().statusCode(400).body("errors[0].field", equalTo("id"))
                .body("detail", containsString("id"));
        given().get("/probe/" + java.util.UUID.randomUUID() + "?limit=x").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    /** The multipart parser's IOException is the client's malformed body (400), not a failing downstream (503). */
    @Test
    void malformedMultipartIs400NamingTheBody() {
        given().contentType("multipart/form-data; boundary=zz").body("--zz\r\nContent-Disposition: form-data; name=\"file\"".getBytes(StandardCharsets.UTF_8))
                .post("/probe/upload").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        given().contentType("multipart/form-data; boundary=zz")
                .body("--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc\r\n--zz--\r\n"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/probe/upload").then().statusCode(200).body(equalTo("a.txt"));
    }

    @Test
    void pageCannotOverflowTheOffset() {
        given().get("/probe?page=2147483647&size=100").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/probe?page=1000000&size=100").then().statusCode(200).body("offset", equalTo(100000000));
    }

    @Test
    void nulOrLoneSurrogateInJsonStringsIsRefusedNamingTheMember() {
        given().contentType(ContentType.JSON).body("{\"text\":\"a\\u0000b\"}").post("/probe").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body("{\"tags\":[\"ok\",\"\\ud800\"]}").post("/probe").then().statusCode(400)
                .body("errors[0].field", equalTo("tags[1]"));
        given().contentType(ContentType.JSON).body("{\"extra\":{\"a\":\"\\u0000\"}}").post("/probe").then().statusCode(400)
                .body("errors[0].field", containsString("extra"));
        given().contentType(ContentType.JSON).body("{\"text\":\"\\ud83d\\ude00 fine\"}").post("/probe").then().statusCode(200);
    }

    @Test
    void aMissingBodyIsNamedBodyNotByItsJavaName() {
        given().contentType(ContentType.JSON).post("/probe").then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().get("/probe?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get("/probe/" + java.util.UUID.randomUUID() + "?limit=9").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void nulInABareTreeIsRefused() {
        given().contentType(ContentType.JSON).body("{\"a\":[\"\\u0000\"]}").post("/probe/tree").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void unsupportedAndMissingMediaTypesSaySoInWords() {
        given().contentType("*/*").body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/probe").then().statusCode(415)
                .body("errors[0].field", equalTo("Content-Type")).body("detail", containsString("application/json"));
        given().contentType("application/json; charset=UTF-16").body("{}").post("/probe").then().statusCode(415);
        given().contentType("text/plain").body("x").post("/probe").then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Content-Type"))
                .body("detail", containsString("text/plain")).body("detail", not(containsString("@Consumes")));
        given().accept("image/png").get("/probe").then().statusCode(406).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Accept")).body("detail", containsString("image/png"));
    }
}
