package io.corridor.document.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.corridor.document.Visibility;
import io.corridor.document.LiveEvent;

class ReplayGateTest {

    private final List<String> out = new ArrayList<>();

    @Test
    void liveEventsWaitForTheReplayAndNothingIsSentTwice() {
        ReplayGate gate = new ReplayGate(10, e -> out.add(e.id() == null ? "presence" : e.id().toString()));
        gate.live(event(13)); // arrives live while the replay is being read
        gate.live(SseFrames.presence(1, List.of("alice")));
        gate.replayed(event(11));
        gate.replayed(event(12));
        gate.replayed(event(13)); // in the replay too
        gate.open();
        gate.live(event(13)); // a feed that loaded it again
        gate.live(event(14));
        assertEquals(List.of("11", "12", "13", "presence", "14"), out);
    }

    @Test
    void nothingAtOrBeforeLastEventIdIsSent() {
        ReplayGate gate = new ReplayGate(20, e -> out.add(e.id().toString()));
        gate.open();
        gate.live(event(19));
        gate.live(event(20));
        gate.live(event(21));
        assertEquals(List.of("21"), out);
    }

    private static Frame event(long id) {
        return Frame.of(new LiveEvent(id, "created", "{}", "bob", Visibility.PUBLIC, List.of()));
    }
}
