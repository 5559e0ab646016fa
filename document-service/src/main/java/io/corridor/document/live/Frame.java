package io.corridor.document.live;

import io.corridor.document.Caller;
import io.corridor.document.LiveEvent;
import io.vertx.core.buffer.Buffer;

/**
 * One Server-Sent Event as its bytes on the wire, encoded once and written as they are to every stream
 * that may receive it.
 *
 * @param id the annotation event's id (SSE {@code id:}); null for presence, which is never replayed
 * @param event the annotation event, whose visibility decides who receives it; null for a frame already
 *        made for its subscriber (presence)
 * @param bytes the frame, blank line included
 */
record Frame(Long id, LiveEvent event, Buffer bytes) {

    /** The frame of an annotation event. */
    static Frame of(LiveEvent event) {
        return new Frame(event.id(), event, SseFrames.encode(event.id(), event.type(), event.data()));
    }

    boolean visibleTo(Caller caller) {
        return event == null || event.visibleTo(caller);
    }
}
