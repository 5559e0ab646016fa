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

import io.corridor.testing.OpenApiContract;
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
    // A service's first start of a build records its start-up archive, which the JVM writes as it stops (about
    // 40 s each on a busy machine; ./corridor gives each up to 3 minutes, docs/operations.md "Memory and start-up").
    private static final Duration STOP_LIMIT = Duration.ofMinutes(8);

    @Override
    public void beforeAll(ExtensionContext context) {
        // One stack for every test class: the root store closes it after the last one.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Stack.class, k -> {
            RestAssured.config = RestAssuredConfig.config()
                    .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
            // Every call to the public API is checked against the OpenAPI document the gateway serves.
            RestAssured.filters(OpenApiContract.of(GATEWAY));
            // A fresh database each run, so that the realm under deploy/ is imported as it is now;
            // whatever an aborted run left running is stopped first.
            corridor("down", STOP_LIMIT);
            deleteRecursively(stateDir().resolve("data"));
            corridor("up", START_LIMIT);
            return this;
        });
    }

    @Override
    public void close() {
        corridor("down", STOP_LIMIT);
    }

    /**
     * Stops one component of the running stack ({@code ./corridor down} with CORRIDOR_COMPONENTS), for a
     * test of an outage; it must {@link #start} it again in a finally block.
     */
    public static void stop(String component) {
        corridor("down", STOP_LIMIT, component);
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
        Outcome outcome = execute(List.of(command), limit, component);
        if (outcome.exit() != 0) {
            throw new IllegalStateException("./corridor " + command + " failed (exit " + outcome.exit() + "):\n" + outcome.output());
        }
    }

    /** What a {@code ./corridor} command ended with: its exit code and everything it printed. */
    public record Outcome(int exit, String output) {
    }

    /**
     * Runs {@code ./corridor} with these arguments against the suite's stack (its ports and state directory), e.g.
     * {@code backup DIR} or {@code restore DIR}, and answers how it ended, failure included.
     */
    public static Outcome run(Duration limit, String... args) {
        return execute(List.of(args), limit, null);
    }

    /**
     * Kills one component with SIGKILL, as a crash would, without letting it clean up: the process group of a
     * service or of Keycloak (its group id is the first word of run/NAME.pid, which the corridor script writes),
     * or PostgreSQL's postmaster with every backend (the postmaster leads a session of its own; its pid is the
     * first line of data/postmaster.pid). Returns once no process of the group is left; {@link #start} brings
     * the component back.
     */
    public static void kill(String component) {
        Path pidFile = "postgres".equals(component) ? stateDir().resolve("data").resolve("postmaster.pid")
                : stateDir().resolve("run").resolve(component + ".pid");
        long group;
        try {
            group = Long.parseLong(Files.readAllLines(pidFile).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(component + " is not running (no usable " + pidFile + ")", e);
        }
        try {
            for (int i = 0; i < 300; i++) {
                // kill -0 fails once no process of the group is left
                int alive = new ProcessBuilder("kill", i == 0 ? "-KILL" : "-0", "--", "-" + group)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                if (alive != 0) {
                    if (i == 0) {
                        throw new IllegalStateException(component + " (process group " + group + ") was not running");
                    }
                    return;
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not kill " + component, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + component, e);
        }
        throw new IllegalStateException("process group " + group + " of " + component + " survived SIGKILL for 30 s");
    }

    private static Outcome execute(List<String> arguments, Duration limit, String component) {
        Path root = Path.of(System.getProperty("corridor.root", "..")).toAbsolutePath().normalize();
        Path state = stateDir();
        String command = arguments.get(0);
        List<String> args = new ArrayList<>(List.of(root.resolve("corridor").toString()));
        args.addAll(arguments);
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
        // The gateway's limiter stays on, with a per-user ceiling this suite does not reach: its users call far
        // more often than a person (the benchmark smoke alone, as curator, over 600 calls in 40 s). The 429s
        // themselves are tested in the gateway module (ProtectionTest).
        env.putIfAbsent("CORRIDOR_RATE_LIMIT_USER_CAPACITY", "100000");
        // Fetches reach only the allow-list; this machine has no internet, and the OpenAPI-driven suites send the
        // contract's example (a World Bank URL): with a list naming nothing reachable, every fetch they send is a 422
        // naming url, never a request out (the fetch itself is tested against recorded answers in the service).
        env.putIfAbsent("CORRIDOR_FETCH_SOURCES", "http://127.0.0.1:9/no-source-in-end-to-end-tests/");
        // Each run starts a fresh build once: recording a start-up archive would only slow that start and every stop
        // (writing it), never serve a later start. ./corridor up keeps it on for people (docs/operations.md).
        env.putIfAbsent("CORRIDOR_AOT_CACHE", "0");
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
            return new Outcome(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new IllegalStateException("could not run ./corridor " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running ./corridor " + command, e);
        }
    }
}
