package io.corridor.actor.rest;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Test helpers that go through the API like any client. */
final class Registry {

    private Registry() {
    }

    static RequestSpecification json() {
        return given().contentType(ContentType.JSON.withCharset("UTF-8"));
    }

    /** A name no other test uses, so that tests sharing the database do not see each other. */
    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
    }

    static long actor(String kind, String name, String... aliases) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        body.put("aliases", Arrays.asList(aliases));
        return actor(body);
    }

    static long actor(Map<String, Object> body) {
        return json().body(body).when().post("/api/v1/actors").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long relation(long subject, String predicate, long object, String start, String end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", subject);
        body.put("predicate", predicate);
        body.put("object", object);
        body.put("start", start);
        body.put("end", end);
        return json().body(body).when().post("/api/v1/relations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The corpus CSV's instruments carry no finer kind: tell agreements, funds and programmes by their names. */
    static String kindOf(String csvKind, String name) {
        if (!csvKind.equals("policy_instrument")) {
            return csvKind;
        }
        if (name.startsWith("Accord") || name.startsWith("Convention") || name.startsWith("Déclaration")) {
            return "agreement";
        }
        if (name.startsWith("Fonds")) {
            return "fund";
        }
        if (name.startsWith("Programme") || name.equals("TOKTEN")) {
            return "programme";
        }
        return "policy";
    }

    /** Aliases of the corpus CSV, split into acronyms and other aliases. */
    static Map<String, List<String>> splitAliases(String aliases) {
        List<String> plain = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        for (String a : aliases.split("\\|")) {
            if (a.isBlank()) {
                continue;
            }
            (io.corridor.actor.mention.AliasMatcher.isAcronym(a) ? acronyms : plain).add(a.strip());
        }
        return Map.of("aliases", plain, "acronyms", acronyms);
    }
}
