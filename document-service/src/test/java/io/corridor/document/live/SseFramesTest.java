package io.corridor.document.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.corridor.document.LiveEvent;
import io.corridor.document.Visibility;

class SseFramesTest {

    @Test
    void anEventIsItsIdNameAndOneDataLinePerLine() {
        Frame frame = Frame.of(new LiveEvent(42L, "created", "{\"a\":1}", "bob", Visibility.PUBLIC, List.of()));
        assertEquals(42L, frame.id());
        assertEquals("id:42\nevent:created\ndata:{\"a\":1}\n\n", frame.bytes().toString());
        // every line break of the data, LF, CR LF or CR, starts a data line: none can end the event early
        assertEquals("event:x\ndata:one\ndata:two\ndata:three\ndata:\ndata:four\n\n",
                SseFrames.encode(null, "x", "one\ntwo\r\nthree\r\rfour").toString());
        assertEquals("event:x\ndata:é\n\n", SseFrames.encode(null, "x", "é").toString());
        assertEquals(17, SseFrames.encode(null, "x", "é").length(), "UTF-8: é is two bytes");
    }

    @Test
    void presenceNamesTheViewersAndHasNoId() {
        Frame frame = SseFrames.presence(12, List.of("alice", "carol"));
        assertNull(frame.id());
        assertEquals("event:presence\ndata:{\"documentId\":12,\"viewers\":[{\"name\":\"alice\"},{\"name\":\"carol\"}]}\n\n",
                frame.bytes().toString());
    }

    @Test
    void theKeepAliveIsAComment() {
        assertEquals(":keep-alive\n\n", SseFrames.KEEP_ALIVE.toString());
    }
}
