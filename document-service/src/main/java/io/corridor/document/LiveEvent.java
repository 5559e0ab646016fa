package io.corridor.document;

import java.util.List;


/**
 * One Server-Sent Event of a live stream: an annotation event of a document's stream ({@code id} set,
 * replayable), or a notification of a member's stream. (A document's presence events are made for each
 * subscriber as frames: see io.corridor.document.live.DocumentFeed.)
 *
 * @param id the event id (SSE {@code id:})
 * @param type the SSE event name: created, updated, deleted or notification
 * @param data the SSE data (JSON)
 * @param creator the annotation's creator, for the visibility rule (null: no rule)
 * @param visibility the annotation's visibility when written (null: no rule)
 * @param teams the teams the annotation is shared with
 * @param thread for a reply, who could see each annotation up its thread when it was written (parent first)
 */
public record LiveEvent(Long id, String type, String data, String creator, Visibility visibility, List<String> teams,
        List<Audience> thread) {

    public static final String PRESENCE = "presence";
    /** Not an event: a tick of the keep-alive comment that keeps proxies from closing an idle stream. */
    public static final LiveEvent KEEP_ALIVE = new LiveEvent(null, null, null, null, null, List.of());

    public LiveEvent {
        teams = teams == null ? List.of() : List.copyOf(teams);
        thread = thread == null ? List.of() : List.copyOf(thread);
    }

    /** An annotation event of a passage annotation (no thread above it). */
    public LiveEvent(Long id, String type, String data, String creator, Visibility visibility, List<String> teams) {
        this(id, type, data, creator, visibility, teams, List.of());
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
