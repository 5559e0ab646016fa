package io.corridor.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A route's connection pools (one per event loop, one for other threads) hold its bulkhead between them. */
class PoolShareTest {

    @Test
    void theSharesAddUpToTheBulkhead() {
        for (int pools : new int[] { 1, 2, 3, 5, 9 }) {
            for (int bulkhead : new int[] { 9, 16, 200, 201 }) {
                int total = IntStream.range(0, pools).map(i -> Service.share(bulkhead, pools, i)).sum();
                assertEquals(bulkhead, total, bulkhead + " over " + pools);
            }
        }
    }

    @Test
    void theSharesDifferByOneAtMost() {
        int[] shares = IntStream.range(0, 5).map(i -> Service.share(203, 5, i)).toArray();
        assertEquals(41, shares[0]);
        assertEquals(40, shares[4]);
        assertTrue(IntStream.of(shares).allMatch(s -> s == 40 || s == 41));
    }

    @Test
    void everyPoolHasAConnectionEvenWhenTheBulkheadIsSmaller() {
        assertEquals(1, Service.share(2, 5, 4));
        assertEquals(1, Service.share(2, 5, 0));
    }
}
