package io.corridor.e2e.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.e2e.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * {@code ./corridor backup} and {@code ./corridor restore} on the suite's running stack: a populated platform
 * (a corpus document with its original, annotations, actors and a relation, an indicator import, a Keycloak user)
 * is backed up while it runs, then changed and partly destroyed; the restore brings every part back as it was
 * and undoes every change made after the backup. A damaged backup, or one of another PostgreSQL major version,
 * is refused before anything stops.
 */
@ExtendWith(Stack.class)
class BackupRestoreEndToEndTest {

    static final String API = Stack.GATEWAY + "/api/v1";
    static final String LD_JSON = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    static final String CORPUS_FILE = "crisis-group-mali-piege-isolement-2023.txt";
    static final Duration RESTORE_LIMIT = Duration.ofMinutes(25);

    final String run = "bkp" + Long.toString(System.nanoTime(), 36);

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    @Test
    void aRestoredBackupBringsBackEveryServiceAndTheRealm() throws IOException {
        // --- a populated platform -------------------------------------------------------------
        Path corpus = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"));
        byte[] original = Files.readAllBytes(corpus.resolve(CORPUS_FILE));
        long document = upload(CORPUS_FILE, original);
        String text = as("reader").when().get(API + "/documents/" + document + "/text").then().statusCode(200).extract().asString();
        String exact = text.substring(0, text.indexOf(' ', 40)).strip();
        String kept = annotate(document, exact, run + " kept");
        String deleted = annotate(document, exact, run + " deleted after the backup");

        long actorA = actor("Association des migrants de retour " + run);
        long actorB = actor("Collectif des diasporas " + run);
        long relation = ((Number) settled(() -> as("curator").contentType(ContentType.JSON).body(Map.of("subject", actorA,
                "predicate", "allied_with", "object", actorB, "start", "2015")).when().post(API + "/relations"))
                .then().statusCode(201).extract().path("id")).longValue();

        String indicator = "BKP." + run.toUpperCase();
        String csv = "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2025-01-28\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2021\",\"2022\",\n"
                + "\"Mali\",\"MLI\",\"Backup probe " + run + "\",\"" + indicator + "\",\"111\",\"222\",\n";
        settled(() -> as("curator").contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("fileName", run + ".csv").queryParam("createIndicators", true)
                .when().post(API + "/indicators/imports")).then().statusCode(200);

        String user = run + "-reader";
        String userLocation = createKeycloakUser(user);
        assertEquals(200, login(user), "the new user logs in");

        int documents = total("documents");
        int actors = total("actors");
        String documentBefore = as("reader").when().get(API + "/documents/" + document).then().statusCode(200).extract().asString();

        // --- backup while the stack runs ------------------------------------------------------
        Path backup = Path.of("target/backups").toAbsolutePath().resolve(run);
        Files.createDirectories(backup.getParent());
        Stack.Outcome made = Stack.run(Duration.ofMinutes(15), "backup", backup.toString());
        assertEquals(0, made.exit(), made.output());
        String manifest = Files.readString(backup.resolve("MANIFEST"));
        for (String line : List.of("postgres_major=17", "databases=documents actors remittances gateway keycloak",
                "file=pgdata.tar ", "file=pg_wal.tar ")) {
            assertTrue(manifest.contains(line), () -> "MANIFEST lacks " + line + ":\n" + manifest);
        }

        // --- refused: damaged, or from another major version (checked before anything stops) ---
        Path damaged = sibling(backup, "damaged");
        try (RandomAccessFile f = new RandomAccessFile(damaged.resolve("pg_wal.tar").toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0xff);
        }
        Stack.Outcome refused = Stack.run(Duration.ofMinutes(5), "restore", damaged.toString());
        assertNotEquals(0, refused.exit());
        assertTrue(refused.output().contains("pg_wal.tar is damaged"), refused.output());
        Path otherMajor = sibling(backup, "pg16");
        Files.writeString(otherMajor.resolve("MANIFEST"), manifest.replace("postgres_major=17", "postgres_major=16"));
        refused = Stack.run(Duration.ofMinutes(5), "restore", otherMajor.toString());
        assertNotEquals(0, refused.exit());
        assertTrue(refused.output().contains("made by PostgreSQL 16, this stack runs PostgreSQL 17"), refused.output());
        as("reader").when().get(API + "/documents/" + document).then().statusCode(200); // nothing stopped

        // --- changes after the backup ---------------------------------------------------------
        String etag = as("annotator").accept(LD_JSON).when().get(Stack.GATEWAY + deleted).then().statusCode(200).extract().header("ETag");
        as("annotator").header("If-Match", etag).when().delete(Stack.GATEWAY + deleted).then().statusCode(204);
        long later = actor("Acteur créé après la sauvegarde " + run);
        long laterDocument = upload(run + "-after.txt", ("Texte déposé après la sauvegarde " + run).getBytes(StandardCharsets.UTF_8));
        deleteKeycloakUser(userLocation);
        assertNotEquals(200, login(user), "the deleted user no longer logs in");

        // --- restore --------------------------------------------------------------------------
        Stack.Outcome restored = Stack.run(RESTORE_LIMIT, "restore", backup.toString());
        Health.ensureAllReady();
        assertEquals(0, restored.exit(), restored.output());

        // --- everything as it was at the backup -----------------------------------------------
        assertEquals(200, login(user), "the user the backup holds logs in again");
        given().auth().oauth2(token(user)).when().get(API + "/me").then().statusCode(200);
        assertEquals(documents, total("documents"));
        assertEquals(actors, total("actors"));
        as("reader").when().get(API + "/documents/" + document).then().statusCode(200).body(equalTo(documentBefore));
        assertEquals(text, as("reader").when().get(API + "/documents/" + document + "/text").then().statusCode(200).extract().asString());
        assertArrayEquals(original, as("reader").when().get(API + "/documents/" + document + "/original").then().statusCode(200)
                .extract().asByteArray());
        for (String[] a : List.of(new String[] { kept, run + " kept" }, new String[] { deleted, run + " deleted after the backup" })) {
            as("annotator").accept(LD_JSON).when().get(Stack.GATEWAY + a[0]).then().statusCode(200)
                    .body("body[0].value", equalTo(a[1]), "target.selector.find { it.type == 'TextQuoteSelector' }.exact", equalTo(exact));
        }
        as("reader").when().get(API + "/actors/" + actorA).then().statusCode(200).body("name", equalTo("Association des migrants de retour " + run));
        as("reader").when().get(API + "/relations/" + relation).then().statusCode(200)
                .body("subject.id", equalTo((int) actorA), "object.id", equalTo((int) actorB));
        as("reader").when().get(API + "/actors/" + later).then().statusCode(404);
        as("reader").when().get(API + "/documents/" + laterDocument).then().statusCode(404);
        as("reader").queryParam("country", "MLI").when().get(API + "/indicators/" + indicator + "/observations").then().statusCode(200)
                .body("items.value", org.hamcrest.Matchers.containsInAnyOrder(111, 222));
    }

    /** Another directory with the backup's tar files as hard links (no copy of the data), but copies of what a test changes. */
    static Path sibling(Path backup, String suffix) throws IOException {
        Path dir = backup.resolveSibling(backup.getFileName() + "-" + suffix);
        Files.createDirectories(dir);
        try (var files = Files.list(backup)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals("pg_wal.tar") || name.equals("MANIFEST")) {
                    Files.copy(f, dir.resolve(name));
                } else {
                    Files.createLink(dir.resolve(f.getFileName()), f);
                }
            }
        }
        return dir;
    }

    static long upload(String fileName, byte[] bytes) {
        // setup, not a contract check: the validator cannot read multipart bodies
        Response r = settled(() -> given().noFilters().auth().oauth2(Tokens.of("annotator"))
                .multiPart("file", fileName, bytes, "text/plain; charset=UTF-8").when().post(API + "/documents"));
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, () -> "upload: " + r.asString());
        return r.jsonPath().getLong("id");
    }

    static String annotate(long document, String exact, String comment) {
        return settled(() -> as("annotator").contentType(LD_JSON).body(Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "type", "Annotation",
                "motivation", "commenting",
                "body", List.of(Map.of("type", "TextualBody", "value", comment, "format", "text/plain", "purpose", "commenting")),
                "target", Map.of("source", API + "/documents/" + document,
                        "selector", List.of(Map.of("type", "TextQuoteSelector", "exact", exact)))))
                .when().post(API + "/annotations/")).then().statusCode(201).extract().header("Location");
    }

    static long actor(String name) {
        return ((Number) settled(() -> as("curator").contentType(ContentType.JSON).body(Map.of("kind", "civil_society", "name", name))
                .when().post(API + "/actors")).then().statusCode(201).extract().path("id")).longValue();
    }

    /**
     * The call's answer once it is not a 503: on a loaded 2-core machine a service just started (or just restored)
     * can miss the gateway's 5 s timeout, which the gateway answers 503 with Retry-After, as a client would retry.
     */
    static Response settled(Supplier<Response> call) {
        Response r = call.get();
        for (int i = 0; i < 10 && r.statusCode() == 503; i++) {
            CrashSafetyEndToEndTest.pause(2000);
            r = call.get();
        }
        return r;
    }

    static int total(String collection) {
        return as("reader").queryParam("size", 1).when().get(API + "/" + collection).then().statusCode(200).extract().path("total");
    }

    static String adminToken() {
        return given().noFilters().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("client_id", "admin-cli").formParam("username", "admin").formParam("password", "admin")
                .when().post(Stack.KEYCLOAK + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    /** A realm change to survive the round trip: a new reader (password = user name) made with the admin API. */
    static String createKeycloakUser(String user) {
        String users = Stack.KEYCLOAK + "/admin/realms/corridor/users";
        String location = given().noFilters().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("username", user, "enabled", true, "email", user + "@example.org", "emailVerified", true,
                        "firstName", "Backup", "lastName", "Probe",
                        "credentials", List.of(Map.of("type", "password", "value", user, "temporary", false))))
                .when().post(users).then().statusCode(201).extract().header("Location");
        Map<String, Object> role = given().noFilters().auth().oauth2(adminToken())
                .when().get(Stack.KEYCLOAK + "/admin/realms/corridor/roles/reader").then().statusCode(200).extract().as(Map.class);
        given().noFilters().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(List.of(role))
                .when().post(location + "/role-mappings/realm").then().statusCode(204);
        return location;
    }

    static void deleteKeycloakUser(String location) {
        given().noFilters().auth().oauth2(adminToken()).when().delete(location).then().statusCode(204);
    }

    static int login(String user) {
        return given().noFilters().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("client_id", "corridor-cli").formParam("username", user).formParam("password", user)
                .when().post(Stack.ISSUER + "/protocol/openid-connect/token").statusCode();
    }

    static String token(String user) {
        return given().noFilters().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("client_id", "corridor-cli").formParam("username", user).formParam("password", user)
                .when().post(Stack.ISSUER + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }
}
