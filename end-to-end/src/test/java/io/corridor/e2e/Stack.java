package io.corridor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * The real platform, started once for the whole suite with {@code ./corridor up} on ports of its
 * own and a state directory under target/, and stopped with {@code ./corridor down} when the
 * suite ends. Tests reach it through the URLs below.
 */
public final class Stack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final int GATEWAY_PORT = 28080;
    public static final int KEYCLOAK_PORT = 28180;
    public static final int KEYCLOAK_MANAGEMENT_PORT = 29180;
    public static final int DOCUMENT_PORT = 28081;
    public static final int ACTOR_PORT = 28082;
    public static final int REMITTANCE_PORT = 28083;
    public static final int POSTGRES_PORT = 25432;

    public static final String GATEWAY = "http://localhost:" + GATEWAY_PORT;
    public static final String KEYCLOAK = "http://localhost:" + KEYCLOAK_PORT;
    public static final String ISSUER = KEYCLOAK + "/realms/corridor";
    public static final String DOCUMENT_SERVICE = "http://localhost:" + DOCUMENT_PORT;
    public static final String ACTOR_SERVICE = "http://localhost:" + ACTOR_PORT;
    public static final String REMITTANCE_SERVICE = "http://localhost:" + REMITTANCE_PORT;

    // Generous: on a loaded 2-core machine Keycloak alone has been seen to need 3 minutes.
    private static final Duration START_LIMIT = Duration.ofMinutes(15);

    @Override
    public void beforeAll(ExtensionContext context) {
        // One stack for every test class: the root store closes it after the last one.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Stack.class, k -> {
            RestAssured.config = RestAssuredConfig.config()
                    .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
            // Every call to the public API is checked against the OpenAPI document (see Contract).
            RestAssured.filters(new Contract());
            // A fresh database each run, so that the realm under deploy/ is imported as it is now;
            // whatever an aborted run left running is stopped first.
            corridor("down", Duration.ofMinutes(2));
            deleteRecursively(stateDir().resolve("data"));
            corridor("up", START_LIMIT);
            return this;
        });
    }

    @Override
    public void close() {
        corridor("down", Duration.ofMinutes(2));
    }

    /**
     * Stops one component of the running stack ({@code ./corridor down} with CORRIDOR_COMPONENTS), for a
     * test of an outage; it must {@link #start} it again in a finally block.
     */
    public static void stop(String component) {
        corridor("down", Duration.ofMinutes(2), component);
    }

    /** Starts one stopped component again and waits until it is ready ({@code ./corridor up} does). */
    public static void start(String component) {
        corridor("up", START_LIMIT, component);
    }

    private static Path stateDir() {
        return Path.of(System.getProperty("corridor.state.dir", "target/stack")).toAbsolutePath();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not delete " + dir, e);
        }
    }

    private static void corridor(String command, Duration limit) {
        corridor(command, limit, null);
    }

    private static void corridor(String command, Duration limit, String component) {
        Path root = Path.of(System.getProperty("corridor.root", "..")).toAbsolutePath().normalize();
        Path state = stateDir();
        List<String> args = new ArrayList<>(List.of(root.resolve("corridor").toString(), command));
        ProcessBuilder builder = new ProcessBuilder(args).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("CORRIDOR_STATE_DIR", state.toString());
        env.put("CORRIDOR_GATEWAY_PORT", String.valueOf(GATEWAY_PORT));
        env.put("CORRIDOR_KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT));
        env.put("CORRIDOR_KEYCLOAK_MANAGEMENT_PORT", String.valueOf(KEYCLOAK_MANAGEMENT_PORT));
        env.put("CORRIDOR_DOCUMENT_PORT", String.valueOf(DOCUMENT_PORT));
        env.put("CORRIDOR_ACTOR_PORT", String.valueOf(ACTOR_PORT));
        env.put("CORRIDOR_REMITTANCE_PORT", String.valueOf(REMITTANCE_PORT));
        env.put("CORRIDOR_POSTGRES_PORT", String.valueOf(POSTGRES_PORT));
        env.putIfAbsent("CORRIDOR_START_TIMEOUT", "420");
        if (component != null) {
            env.put("CORRIDOR_COMPONENTS", component);
        }
        try {
            Files.createDirectories(state);
            Path log = state.resolve("corridor-" + command + (component == null ? "" : "-" + component) + ".log");
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                throw new IllegalStateException("./corridor " + command + " did not finish within " + limit + "; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("./corridor " + command + " failed (exit " + process.exitValue() + "):\n"
                        + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run ./corridor " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running ./corridor " + command, e);
        }
    }
}
