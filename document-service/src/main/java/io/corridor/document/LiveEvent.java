package io.corridor.document;

import java.util.List;


/**
 * One Server-Sent Event of a document's stream: an annotation event ({@code id} set, replayable)
 * or a presence event ({@code id} null, never replayed, seen by every subscriber).
 *
 * @param id the event id (SSE {@code id:}), null for presence
 * @param type the SSE event name: created, updated, deleted or presence
 * @param data the SSE data (JSON)
 * @param creator the annotation's creator, for the visibility rule (null for presence)
 * @param visibility the annotation's visibility when written (null for presence)
 * @param teams the teams the annotation is shared with
 */
public record LiveEvent(Long id, String type, String data, String creator, Visibility visibility, List<String> teams) {

    public static final String PRESENCE = "presence";
    /** Not an event: a tick of the keep-alive comment that keeps proxies from closing an idle stream. */
    public static final LiveEvent KEEP_ALIVE = new LiveEvent(null, null, null, null, null, List.of());

    public LiveEvent {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    public static LiveEvent presence(String data) {
        return new LiveEvent(null, PRESENCE, data, null, null, List.of());
    }

    public boolean keepAlive() {
        return type == null;
    }

    /** The same rule as a GET of the annotation: a subscriber never sees what GET would answer 404 for. */
    public boolean visibleTo(Caller caller) {
        return visibility == null || visibility.allows(caller, creator, teams);
    }
}
