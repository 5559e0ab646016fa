package io.corridor.actor.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corridor.actor.api.Mention;
import io.corridor.actor.api.MentionedIn;
import io.corridor.actor.api.Timeline;
import io.corridor.actor.api.TimelineEntry;
import io.corridor.actor.client.DocumentClient;
import io.corridor.actor.client.DocumentPage;
import io.corridor.actor.client.DocumentSummary;
import io.corridor.actor.client.Identification;
import io.corridor.actor.mention.DocumentScan;
import io.corridor.actor.mention.DocumentScans;
import io.corridor.actor.mention.MentionIndex;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.time.PartialDate;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * An actor's timeline: its relations from the registry, and the documents that mention it, found
 * by running the registry's automaton over the texts the caller may read in the document-service.
 * Scans are cached per (document version, registry revision), so a timeline reads only texts it
 * has not seen at this revision; the listing is read every time, since it decides what the caller
 * may see. Without the document-service the timeline still answers, with its relations and a note.
 */
@ApplicationScoped
public class TimelineService {

    private static final Logger LOG = Logger.getLogger(TimelineService.class);
    /** Texts read at once: enough to hide latency, few enough to spare the document-service. */
    private static final int PARALLEL_READS = 4;

    private final RelationService relations;
    private final EventService events;
    private final MentionIndex index;
    private final DocumentClient documents;
    private final DocumentScans scans;

    public TimelineService(RelationService relations, EventService events, MentionIndex index, DocumentClient documents,
            DocumentScans scans) {
        this.relations = relations;
        this.events = events;
        this.index = index;
        this.documents = documents;
        this.scans = scans;
    }

    public Uni<Timeline> of(long actorId) {
        // relations first: an unknown or merged actor answers 404/308 without reaching the document-service
        return relations.timeline(actorId).flatMap(ofRelations -> events.timeline(actorId).map(ofEvents -> {
            List<TimelineEntry> both = new ArrayList<>(ofRelations);
            both.addAll(ofEvents);
            return both;
        })).flatMap(entries -> identifications(actorId).flatMap(curated -> mentions(actorId, curated)
                .map(found -> {
                    List<TimelineEntry> all = new ArrayList<>(entries);
                    all.addAll(found.entries());
                    all.sort(TimelineEntry.BY_DATE);
                    String note = curated != null ? found.note() : join(found.note(),
                            "accepted annotations could not be read: mentions come from detection only");
                    return new Timeline(all, curated == null ? "detection" : "annotations+detection", found.documents(),
                            found.complete(), note);
                })));
    }

    private record Found(List<TimelineEntry> entries, int documents, boolean complete, String note) {
    }

    /**
     * One listed document with the accepted annotations naming the actor in it, or else its scan
     * (null when its text could not be read).
     */
    private record Read(DocumentSummary document, DocumentScan scan, List<Identification> identifications) {

        Read(DocumentSummary document, DocumentScan scan) {
            this(document, scan, null);
        }
    }

    /** What people said: the annotated passages, the first in the text first. */
    private static MentionedIn annotated(long actorId, DocumentSummary d, List<Identification> found) {
        Identification first = found.stream().min(Comparator.comparingInt((Identification i) -> i.version())
                .reversed().thenComparing(i -> i.start() == null ? Integer.MAX_VALUE : i.start())).orElseThrow();
        Mention mention = new Mention(actorId, first.start() == null ? -1 : first.start(), first.end() == null ? -1 : first.end(),
                first.exact(), null, false, List.of(actorId));
        return new MentionedIn(d.id(), d.title(), first.version(), "annotation", found.size(), 0, mention);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }

    /**
     * The accepted identifying annotations that name the actor, by document, or null when the
     * annotation container cannot be read (then detection alone speaks).
     */
    private Uni<Map<Long, List<Identification>>> identifications(long actorId) {
        return documents.identifications(actorId, 0).flatMap(first -> {
            long pages = (first.total() + DocumentClient.ANNOTATION_PAGES - 1) / DocumentClient.ANNOTATION_PAGES;
            Uni<List<Identification>> all = pages <= 1 ? Uni.createFrom().item(first.items())
                    : Multi.createFrom().iterable(IntStream.range(1, (int) Math.min(pages, Integer.MAX_VALUE)).boxed().toList())
                            .onItem().transformToUni(n -> documents.identifications(actorId, n)).concatenate()
                            .collect().in(() -> new ArrayList<>(first.items()), (list, page) -> list.addAll(page.items()))
                            .map(list -> (List<Identification>) list);
            return all.map(list -> list.stream().collect(Collectors.groupingBy(Identification::documentId)));
        }).onFailure().recoverWithItem(e -> {
            LOG.debugf(e, "timeline of actor %d without annotations", actorId);
            return null;
        });
    }

    private Uni<Found> mentions(long actorId, Map<Long, List<Identification>> curated) {
        return index.snapshot().flatMap(snapshot -> listing().flatMap(listed -> Multi.createFrom().iterable(listed)
                .onItem().transformToUni(d -> curated != null && curated.containsKey(d.id())
                        ? Uni.createFrom().item(new Read(d, null, curated.get(d.id())))
                        : read(d, snapshot)).merge(PARALLEL_READS)
                .collect().asList()
                .map(reads -> {
                    List<TimelineEntry> entries = new ArrayList<>();
                    int unread = 0;
                    for (Read r : reads) {
                        if (r.identifications() != null) {
                            entries.add(TimelineEntry.of(date(r.document()), annotated(actorId, r.document(), r.identifications())));
                            continue;
                        }
                        if (r.scan() == null) {
                            unread++;
                            continue;
                        }
                        DocumentScan.Found f = r.scan().byActor().get(actorId);
                        if (f != null) {
                            entries.add(TimelineEntry.of(date(r.document()), new MentionedIn(r.document().id(),
                                    r.document().title(), r.scan().version(), "detection", f.mentions(), f.ambiguous(),
                                    f.first())));
                        }
                    }
                    String note = unread == 0 ? null
                            : unread + " of " + reads.size() + " documents could not be read: their mentions are missing";
                    return new Found(entries, reads.size() - unread, unread == 0, note);
                })))
                .onFailure().recoverWithItem(e -> {
                    LOG.debugf(e, "timeline of actor %d without mentions", actorId);
                    return new Found(List.of(), 0, false, "mentions are missing: the document-service could not be reached ("
                            + reason(e) + ")");
                });
    }

    /** Every document the caller may see: the first page says how many pages follow. */
    private Uni<List<DocumentSummary>> listing() {
        return documents.list(0).flatMap(first -> {
            int pages = (int) Math.min(Integer.MAX_VALUE, (first.total() + DocumentClient.PAGE_SIZE - 1) / DocumentClient.PAGE_SIZE);
            if (pages <= 1) {
                return Uni.createFrom().item(first.items());
            }
            return Multi.createFrom().iterable(IntStream.range(1, pages).boxed().toList())
                    .onItem().transformToUni(documents::list).concatenate()
                    .collect().in(() -> new ArrayList<>(first.items()), (all, page) -> all.addAll(page.items()))
                    .map(all -> (List<DocumentSummary>) all);
        });
    }

    private Uni<Read> read(DocumentSummary d, MentionIndex.Snapshot snapshot) {
        int version = d.latest();
        DocumentScan cached = scans.get(d.id(), version, snapshot.revision());
        if (cached != null) {
            return Uni.createFrom().item(new Read(d, cached));
        }
        return documents.text(d.id(), version)
                .map(text -> DocumentScan.of(d.id(), version, snapshot.revision(), snapshot.matcher().find(text)))
                .invoke(scans::put)
                .map(scan -> new Read(d, scan))
                .onFailure().recoverWithItem(e -> {
                    if (e instanceof ProblemException p && p.status() == 404) {
                        // deleted or hidden since the listing: no longer among what the caller may see
                        return new Read(d, DocumentScan.of(d.id(), version, snapshot.revision(), List.of()));
                    }
                    LOG.debugf(e, "document %d version %d not read for a timeline", d.id(), version);
                    return new Read(d, null);
                });
    }

    private static PartialDate date(DocumentSummary d) {
        try {
            return PartialDate.parse(d.date());
        } catch (IllegalArgumentException e) {
            return null; // a date this service cannot place: the entry goes with the undated ones
        }
    }

    private static String reason(Throwable e) {
        return e instanceof ProblemException p ? p.toProblem().detail() : "no answer";
    }
}
