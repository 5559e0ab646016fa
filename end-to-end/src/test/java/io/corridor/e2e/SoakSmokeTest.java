package io.corridor.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.bench.Soak;
import io.corridor.bench.SoakReport;
import io.corridor.bench.SoakSettings;
import io.corridor.bench.Target;
import io.corridor.demo.Api;

/**
 * ./corridor soak, tiny: 20 s of the mixed workload against the real stack (2 readers, 1 annotator,
 * 1 open event stream, pauses that keep every user under the stack's rate limits). It proves the
 * workload and the report work: every kind of call happened, none failed, memory was read for every
 * component. It never looks at a time or a size.
 */
@ExtendWith(Stack.class)
class SoakSmokeTest {

    @Test
    void aShortSoakExercisesEveryKindOfCallWithoutErrorsAndWritesItsReport() throws Exception {
        Path state = Path.of(System.getProperty("corridor.state.dir", "target/stack")).toAbsolutePath();
        Path corpus = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus")).toAbsolutePath();
        Target target = new Target(Stack.GATEWAY, Stack.ISSUER, Stack.DOCUMENT_SERVICE, Stack.ACTOR_SERVICE,
                Stack.REMITTANCE_SERVICE, "jdbc:postgresql://localhost:" + Stack.POSTGRES_PORT, state, corpus,
                new Api(Stack.GATEWAY, Stack.ISSUER, "curator"));
        SoakSettings settings = new SoakSettings(2, 1, 1, Duration.ofSeconds(20), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofMillis(200), 0.10);

        SoakReport report = Soak.run(target, settings);
        Path results = Path.of("target", "soak");
        report.write(results);

        assertAll(SoakReport.KINDS.stream().map(kind -> () -> {
            assertTrue(report.kind(kind).operations() > 0, kind + " never happened");
        }));
        assertEquals(0, report.errors(), "failures: " + report.errorSamples());
        assertEquals(java.util.List.of("gateway", "document-service", "actor-service", "remittance-service", "keycloak",
                "postgres"), report.components(), "memory read for every component");
        assertFalse(report.memory().isEmpty());
        for (String file : new String[] { "soak.md", "soak.json", "soak.svg" }) {
            assertTrue(Files.size(results.resolve(file)) > 0, file + " written");
        }
    }
}
