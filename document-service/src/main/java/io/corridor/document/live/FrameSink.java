package io.corridor.document.live;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;

/** Where one stream's frames go, as they are: the HTTP response of its subscriber. */
@FunctionalInterface
public interface FrameSink {

    /** Completes once the frame is handed to the connection; fails if the stream is gone. */
    Future<Void> write(Buffer frame);
}
