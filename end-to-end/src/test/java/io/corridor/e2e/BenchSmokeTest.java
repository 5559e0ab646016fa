package io.corridor.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.bench.Bench;
import io.corridor.bench.Figure;
import io.corridor.bench.Scale;
import io.corridor.bench.Target;
import io.corridor.demo.Api;

/**
 * Every benchmark of ./corridor bench runs once on tiny data against the real stack: this proves the
 * harness works. It asserts that figures were produced without errors, never how fast they are.
 */
@ExtendWith(Stack.class)
class BenchSmokeTest {

    @Test
    void everyBenchmarkProducesItsFiguresWithoutErrors() {
        Path state = Path.of(System.getProperty("corridor.state.dir", "target/stack")).toAbsolutePath();
        Path corpus = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus")).toAbsolutePath();
        Target target = new Target(Stack.GATEWAY, Stack.ISSUER, Stack.DOCUMENT_SERVICE, Stack.ACTOR_SERVICE,
                Stack.REMITTANCE_SERVICE, "jdbc:postgresql://localhost:" + Stack.POSTGRES_PORT, state, corpus,
                new Api(Stack.GATEWAY, Stack.ISSUER, "curator"));
        List<Figure> figures = Bench.run(target, Scale.TINY);
        assertFalse(figures.isEmpty());
        assertAll(figures.stream().map(f -> () -> {
            assertFalse(f.name().endsWith("-failed"), f.name() + ": " + f.note());
            assertTrue(f.measured().operations() > 0, f.name() + " measured nothing");
            assertTrue(f.measured().errors() == 0, f.name() + " had " + f.measured().errors() + " errors");
            if (f.floor() != null) {
                assertTrue(f.floor().operations() > 0 && f.floor().errors() == 0, f.name() + " floor: " + f.floor());
            }
        }));
    }
}
