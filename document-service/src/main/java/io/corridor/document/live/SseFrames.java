package io.corridor.document.live;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.LiveEvent;
import io.vertx.core.buffer.Buffer;

/**
 * The text/event-stream encoding of a document's streams (the WHATWG HTML "Server-sent events" format):
 * {@code id:}, {@code event:}, one {@code data:} line per line of the data, a blank line; a comment for the
 * keep-alive. Written here rather than by Quarkus REST so that an event is encoded once for all its
 * subscribers instead of once for each.
 */
final class SseFrames {

    /** The keep-alive comment that keeps proxies from closing an idle stream. */
    static final Buffer KEEP_ALIVE = Buffer.buffer(":keep-alive\n\n");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SseFrames() {
    }

    /** @param id null: no {@code id:} line */
    static Buffer encode(Long id, String type, String data) {
        StringBuilder frame = new StringBuilder(data.length() + 48);
        if (id != null) {
            frame.append("id:").append(id).append('\n');
        }
        frame.append("event:").append(type).append('\n');
        // a line break inside the data starts a new data line (CR LF, LF or CR alike)
        int start = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\n' || c == '\r') {
                frame.append("data:").append(data, start, i).append('\n');
                if (c == '\r' && i + 1 < data.length() && data.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        frame.append("data:").append(data, start, data.length()).append("\n\n");
        return Buffer.buffer(frame.toString());
    }

    /** A presence event naming these viewers: {@code {"documentId": n, "viewers": [{"name": ..}]}}. */
    static Frame presence(long documentId, List<String> names) {
        ObjectNode data = JSON.createObjectNode();
        data.put("documentId", documentId);
        ArrayNode list = data.putArray("viewers");
        names.forEach(name -> list.addObject().put("name", name));
        return new Frame(null, null, encode(null, LiveEvent.PRESENCE, data.toString()));
    }
}
