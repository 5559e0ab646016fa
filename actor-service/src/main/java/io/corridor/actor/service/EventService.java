package io.corridor.actor.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.EventEntity;
import io.corridor.actor.Backed;
import io.corridor.actor.EventInstrumentEntity;
import io.corridor.actor.Family;
import io.corridor.actor.ParticipantEntity;
import io.corridor.actor.api.Event;
import io.corridor.actor.api.EventDraft;
import io.corridor.actor.api.InstrumentActionDraft;
import io.corridor.actor.api.ParticipantDraft;
import io.corridor.actor.api.TimelineEntry;
import io.corridor.actor.mapping.EventMapper;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.actor.repository.EventInstrumentRepository;
import io.corridor.actor.repository.EventRepository;
import io.corridor.actor.repository.ParticipantRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.corridor.support.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Events: who met when and where, for whom, over which instruments, shown by which quotes. Participants must be live
 * actors, instruments live entries of the instrument family; the end may not precede the start, nor the uncertainty
 * bounds each other or the dates they bound.
 */
@ApplicationScoped
public class EventService {

    private final EventRepository events;
    private final ParticipantRepository participants;
    private final EventInstrumentRepository instruments;
    private final Provenance provenance;
    private final ActorRepository actors;
    private final ActorService actorService;

    public EventService(EventRepository events, ParticipantRepository participants, EventInstrumentRepository instruments,
            Provenance provenance, ActorRepository actors, ActorService actorService) {
        this.events = events;
        this.participants = participants;
        this.instruments = instruments;
        this.provenance = provenance;
        this.actors = actors;
        this.actorService = actorService;
    }

    @WithTransaction
    public Uni<Page<Event>> list(EventRepository.Filter filter, PageRequest request) {
        return events.count(filter).flatMap(total -> events.page(filter, request.page, request.size)
                .flatMap(this::views).map(items -> new Page<>(items, request.page, request.size, total)));
    }

    @WithTransaction
    public Uni<Event> get(long id) {
        return find(id).flatMap(this::view);
    }

    /** An actor's events as timeline entries; a merged actor answers {@link Moved}. */
    @WithTransaction
    public Uni<List<TimelineEntry>> timeline(long actorId) {
        return actorService.live(actorId).flatMap(a -> events.ofActors(List.of(actorId))).flatMap(this::views)
                .map(list -> list.stream().map(TimelineEntry::of).toList());
    }

    /** The events touching any of these actors, as the API shows them (for networks). */
    @WithTransaction
    public Uni<List<Event>> ofActors(List<Long> actorIds) {
        return events.ofActors(actorIds).flatMap(this::views);
    }

    @WithTransaction
    public Uni<Event> record(EventDraft draft, SecurityIdentity who) {
        return check(draft).flatMap(ok -> {
            EventEntity e = new EventEntity();
            apply(e, draft);
            e.created(who.getPrincipal().getName(), who.hasRole(Roles.CURATOR));
            return events.persistAndFlush(e).flatMap(saved -> replaceParts(saved, draft));
        }).flatMap(this::view);
    }

    @WithTransaction
    public Uni<Event> replace(long id, EventDraft draft, String ifMatch, SecurityIdentity who) {
        return Guarded.replace(find(id), ifMatch, who, e -> check(draft).invoke(ok -> apply(e, draft))
                .flatMap(ok -> participants.deleteOf(id)).flatMap(x -> instruments.deleteOf(id))
                .flatMap(x -> replaceParts(e, draft))).flatMap(this::view);
    }

    /** A curator accepts a proposed event; accepting an accepted one changes nothing. */
    @WithTransaction
    public Uni<Event> accept(long id, String ifMatch, SecurityIdentity who) {
        return Guarded.accept(find(id), ifMatch, who).flatMap(e -> events.flush().replaceWith(e)).flatMap(this::view);
    }

    @WithTransaction
    public Uni<Void> delete(long id, String ifMatch) {
        return Guarded.delete(find(id), ifMatch, e -> participants.deleteOf(id).flatMap(x -> instruments.deleteOf(id))
                .flatMap(x -> provenance.deleteOf(Backed.EVENT, id)).flatMap(x -> events.delete(e)));
    }

    private Uni<EventEntity> find(long id) {
        return events.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("no event " + id));
    }

    /** Dates ordered, bounds ordered and around the dates, every actor named live and of the right family. */
    private Uni<Void> check(EventDraft draft) {
        ActorService.checkDates(draft.start(), draft.end());
        ActorService.checkBounds(draft.start(), draft.notBeforeDay(), draft.notAfterDay());
        Provenance.check(Backed.EVENT, draft.evidenceOrEmpty());
        Set<Long> named = new HashSet<>();
        draft.participantsOrEmpty().forEach(p -> {
            named.add(p.actor());
            if (p.onBehalfOf() != null) {
                named.add(p.onBehalfOf());
            }
        });
        draft.instrumentsOrEmpty().forEach(i -> named.add(i.instrument()));
        return actors.byIds(named).map(found -> {
            Map<Long, ActorEntity> byId = found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
            List<Violation> wrong = new ArrayList<>();
            for (int i = 0; i < draft.participantsOrEmpty().size(); i++) {
                ParticipantDraft p = draft.participantsOrEmpty().get(i);
                live(byId, p.actor(), "participants[" + i + "].actor", Family.ACTOR, wrong);
                if (p.onBehalfOf() != null) {
                    if (p.onBehalfOf().equals(p.actor())) {
                        wrong.add(Violation.field("participants[" + i + "].onBehalfOf", String.valueOf(p.onBehalfOf()),
                                "must differ from actor"));
                    }
                    live(byId, p.onBehalfOf(), "participants[" + i + "].onBehalfOf", Family.ACTOR, wrong);
                }
            }
            for (int i = 0; i < draft.instrumentsOrEmpty().size(); i++) {
                live(byId, draft.instrumentsOrEmpty().get(i).instrument(), "instruments[" + i + "].instrument",
                        Family.INSTRUMENT, wrong);
            }
            if (!wrong.isEmpty()) {
                throw ProblemException.unprocessable("the event names actors it cannot", wrong);
            }
            return null;
        });
    }

    private static void live(Map<Long, ActorEntity> byId, Long id, String field, Family family, List<Violation> wrong) {
        ActorEntity a = byId.get(id);
        if (a == null) {
            wrong.add(Violation.field(field, String.valueOf(id), "names no actor"));
        } else if (a.mergedInto != null) {
            wrong.add(Violation.field(field, String.valueOf(id), "was merged into " + a.mergedInto));
        } else if (!a.family.equals(family.code())) {
            wrong.add(Violation.field(field, String.valueOf(id), "must name an entry of the " + family.code() + " family"));
        }
    }

    private Uni<EventEntity> replaceParts(EventEntity e, EventDraft draft) {
        List<ParticipantEntity> people = new ArrayList<>();
        for (ParticipantDraft p : draft.participantsOrEmpty()) {
            ParticipantEntity row = new ParticipantEntity();
            row.eventId = e.id;
            row.actorId = p.actor();
            row.role = blank(p.role()) ? null : p.role().strip();
            row.onBehalfOf = p.onBehalfOf();
            people.add(row);
        }
        List<EventInstrumentEntity> acted = new ArrayList<>();
        for (InstrumentActionDraft i : draft.instrumentsOrEmpty()) {
            EventInstrumentEntity row = new EventInstrumentEntity();
            row.eventId = e.id;
            row.instrumentId = i.instrument();
            row.action = i.action();
            acted.add(row);
        }
        Uni<Void> saved = Uni.createFrom().voidItem();
        if (!people.isEmpty()) {
            saved = saved.flatMap(x -> participants.persist(people));
        }
        if (!acted.isEmpty()) {
            saved = saved.flatMap(x -> instruments.persist(acted));
        }
        return saved.flatMap(x -> provenance.replace(Backed.EVENT, e.id, draft.evidenceOrEmpty())).flatMap(x -> events.flush())
                .replaceWith(e);
    }

    private static void apply(EventEntity e, EventDraft draft) {
        e.kind = draft.kind().code();
        e.title = draft.title().strip().replaceAll("\\s+", " ");
        e.span(draft.start(), draft.end());
        if (draft.end() == null && draft.start() != null) {
            e.endTo = draft.start().end(); // a date, not a span: it lasts the days its precision allows
        }
        e.notBefore = draft.notBeforeDay();
        e.notAfter = draft.notAfterDay();
        e.place = blank(draft.place()) ? null : draft.place().strip();
        e.description = blank(draft.description()) ? null : draft.description().strip();
    }

    Uni<Event> view(EventEntity e) {
        return views(List.of(e)).map(list -> list.get(0));
    }

    Uni<List<Event>> views(List<EventEntity> list) {
        List<Long> ids = list.stream().map(e -> e.id).toList();
        return participants.ofEvents(ids).flatMap(people -> instruments.ofEvents(ids).flatMap(acted -> provenance.of(Backed.EVENT, ids)
                .flatMap(shown -> {
                    Set<Long> named = new HashSet<>();
                    people.forEach(p -> p.addNamed(named));
                    acted.forEach(i -> named.add(i.instrumentId));
                    return actors.byIds(named).map(found -> {
                        Map<Long, ActorEntity> byId = found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                        EventMapper.Parts parts = new EventMapper.Parts(people, acted, shown, byId);
                        return list.stream().map(e -> EventMapper.view(e, parts)).toList();
                    });
                })));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
