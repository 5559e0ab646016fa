package io.corridor.document.repository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Audience;
import io.corridor.document.Visibility;
import io.corridor.document.LiveEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads and pruning of the event log, on the reactive pool: they run from the LISTEN connection's
 * notifications and from timers, outside any request and Hibernate session.
 */
@ApplicationScoped
public class AnnotationEventQueries {

    /** Events read per query; a longer backlog is read page after page. */
    static final int PAGE = 500;

    private static final String COLUMNS = "select id, type, payload, creator, visibility, teams, thread::text as thread "
            + "from annotation_event ";

    private final Pool pool;

    public AnnotationEventQueries(Pool pool) {
        this.pool = pool;
    }

    /**
     * The events of a document after {@code afterId}, in id order (which is commit order within a
     * document), written less than {@code window} ago; null window: however old.
     */
    public Multi<LiveEvent> after(long documentId, long afterId, Duration window) {
        Uni<List<LiveEvent>> page = window == null
                ? pool.preparedQuery(COLUMNS + "where document_id = $1 and id > $2 order by id limit $3")
                        .execute(Tuple.of(documentId, afterId, PAGE)).map(AnnotationEventQueries::events)
                : pool.preparedQuery(COLUMNS
                        + "where document_id = $1 and id > $2 and at > now() - make_interval(secs => $3) order by id limit $4")
                        .execute(Tuple.of(documentId, afterId, (double) window.toMillis() / 1000, PAGE))
                        .map(AnnotationEventQueries::events);
        return page.onItem().transformToMulti(events -> {
            Multi<LiveEvent> these = Multi.createFrom().iterable(events);
            return events.size() < PAGE ? these
                    : Multi.createBy().concatenating().streams(these,
                            after(documentId, events.getLast().id(), window));
        });
    }

    /** The id of the document's latest event, 0 if none. */
    public Uni<Long> lastId(long documentId) {
        return pool.preparedQuery("select coalesce(max(id), 0) as last from annotation_event where document_id = $1")
                .execute(Tuple.of(documentId)).map(rows -> rows.iterator().next().getLong("last"));
    }

    /** Deletes the events older than {@code age}; returns how many. */
    public Uni<Integer> deleteOlderThan(Duration age) {
        return pool.preparedQuery("delete from annotation_event where at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) age.toMillis() / 1000)).map(rows -> rows.rowCount());
    }

    /** The audiences of a reply's thread; one unreadable is a rule no one passes (private to no one). */
    private static List<Audience> thread(String json) {
        List<Audience> thread = new ArrayList<>();
        if (json == null) {
            return thread;
        }
        for (Object item : new JsonArray(json)) {
            JsonObject audience = item instanceof JsonObject o ? o : new JsonObject();
            List<String> teams = new ArrayList<>();
            JsonArray listed = audience.getJsonArray("teams", new JsonArray());
            listed.forEach(t -> teams.add(String.valueOf(t)));
            Visibility visibility = Visibility.of(audience.getString("visibility"));
            thread.add(new Audience(audience.getString("creator", ""), visibility == null ? Visibility.PRIVATE : visibility,
                    teams));
        }
        return thread;
    }

    private static List<LiveEvent> events(Iterable<Row> rows) {
        List<LiveEvent> events = new ArrayList<>();
        for (Row row : rows) {
            Visibility visibility = Visibility.of(row.getString("visibility"));
            events.add(new LiveEvent(row.getLong("id"), row.getString("type"), row.getString("payload"),
                    row.getString("creator"), visibility == null ? Visibility.PRIVATE : visibility,
                    List.of(row.getArrayOfStrings("teams")), thread(row.getString("thread"))));
        }
        return events;
    }
}
