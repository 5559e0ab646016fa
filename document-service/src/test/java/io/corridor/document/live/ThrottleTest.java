package io.corridor.document.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;

class ThrottleTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aStormOfRequestsRunsOnceAtOnceAndOnceAfterTheInterval() throws Exception {
        Throttle throttle = new Throttle(vertx, Duration.ofMillis(300));
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            throttle.request(1, runs::incrementAndGet);
        }
        throttle.request(2, other::incrementAndGet);
        assertEquals(1, runs.get(), "the first request runs at once");
        assertEquals(1, other.get(), "keys are apart");
        Thread.sleep(1_000);
        assertEquals(2, runs.get(), "the requests of the interval run once after it");
        assertEquals(1, other.get(), "a key not requested again does not run again");
        // quiet for longer than the interval: the next request runs at once again
        throttle.request(1, runs::incrementAndGet);
        assertEquals(3, runs.get());
    }
}
