package io.corridor.document;

import java.util.List;


/**
 * One Server-Sent Event of a document's stream: an annotation event ({@code id} set, replayable)
 * or a presence event ({@code id} null, never replayed, naming to each subscriber the viewers it may see).
 *
 * @param id the event id (SSE {@code id:}), null for presence
 * @param type the SSE event name: created, updated, deleted or presence
 * @param data the SSE data (JSON)
 * @param creator the annotation's creator, for the visibility rule (null for presence)
 * @param visibility the annotation's visibility when written (null for presence)
 * @param teams the teams the annotation is shared with
 * @param thread for a reply, who could see each annotation up its thread when it was written (parent first)
 * @param viewers for presence, every viewer with their teams (never sent as such: see {@link #presence(List)})
 */
public record LiveEvent(Long id, String type, String data, String creator, Visibility visibility, List<String> teams,
        List<Audience> thread, List<Viewer> viewers) {

    public static final String PRESENCE = "presence";
    /** Not an event: a tick of the keep-alive comment that keeps proxies from closing an idle stream. */
    public static final LiveEvent KEEP_ALIVE = new LiveEvent(null, null, null, null, null, List.of());

    public LiveEvent {
        teams = teams == null ? List.of() : List.copyOf(teams);
        thread = thread == null ? List.of() : List.copyOf(thread);
        viewers = viewers == null ? List.of() : List.copyOf(viewers);
    }

    /** An annotation event of a passage annotation (no thread above it). */
    public LiveEvent(Long id, String type, String data, String creator, Visibility visibility, List<String> teams) {
        this(id, type, data, creator, visibility, teams, List.of(), List.of());
    }

    public static LiveEvent presence(String data) {
        return new LiveEvent(null, PRESENCE, data, null, null, List.of());
    }

    /**
     * The viewers of a document on every replica, each subscriber to be sent those it may see
     * ({@link Viewer#visibleTo}); {@code data} is then written per subscriber.
     */
    public static LiveEvent presence(List<Viewer> viewers) {
        return new LiveEvent(null, PRESENCE, null, null, null, List.of(), List.of(), viewers);
    }

    public boolean presence() {
        return PRESENCE.equals(type);
    }

    public boolean keepAlive() {
        return type == null;
    }

    /**
     * The same rule as a GET of the annotation: a subscriber never sees what GET would answer 404 for,
     * a reply included whose thread it may not see all of.
     */
    public boolean visibleTo(Caller caller) {
        return visibility == null || visibility.allows(caller, creator, teams) && thread.stream().allMatch(a -> a.allows(caller));
    }
}
