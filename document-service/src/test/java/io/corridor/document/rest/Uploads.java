package io.corridor.document.rest;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Multipart uploads as a client sends them, text fields in UTF-8. */
final class Uploads {

    private Uploads() {
    }

    static RequestSpecification form(String fileName, byte[] bytes, String type, Map<String, ?> fields) {
        RequestSpecification spec = given().multiPart(new MultiPartSpecBuilder(bytes).controlName("file")
                .fileName(fileName).mimeType(type == null ? "application/octet-stream" : type).build());
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            Iterable<?> values = field.getValue() instanceof Iterable<?> many ? many : java.util.List.of(field.getValue());
            for (Object value : values) {
                spec = spec.multiPart(new MultiPartSpecBuilder(String.valueOf(value)).controlName(field.getKey())
                        .mimeType("text/plain").charset(StandardCharsets.UTF_8).build());
            }
        }
        return spec;
    }

    static Response upload(String fileName, byte[] bytes, String type, Map<String, ?> fields) {
        return form(fileName, bytes, type, fields).when().post("/api/v1/documents");
    }

    /** Uploads and answers the new document's id, failing unless it was created. */
    static long create(String fileName, byte[] bytes, String type, Map<String, ?> fields) {
        return ((Number) upload(fileName, bytes, type, fields).then().statusCode(201).extract().path("id")).longValue();
    }
}
