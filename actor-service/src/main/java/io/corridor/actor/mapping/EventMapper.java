package io.corridor.actor.mapping;

import java.util.List;
import java.util.Map;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.Backed;
import io.corridor.actor.EventEntity;
import io.corridor.actor.EvidenceEntity;
import io.corridor.actor.EventInstrumentEntity;
import io.corridor.actor.EventKind;
import io.corridor.actor.ParticipantEntity;
import io.corridor.actor.api.Event;
import io.corridor.actor.api.Evidence;
import io.corridor.actor.api.InstrumentAction;
import io.corridor.actor.api.Participant;
import io.corridor.support.time.PartialDate;

public final class EventMapper {

    private EventMapper() {
    }

    /** What an event's view needs besides the event: its rows and the actors they name. */
    public record Parts(List<ParticipantEntity> participants, List<EventInstrumentEntity> instruments,
            List<EvidenceEntity> evidence, Map<Long, ActorEntity> actors) {
    }

    public static Event view(EventEntity e, Parts parts) {
        PartialDate start = PartialDate.parse(e.startDate);
        List<Participant> participants = parts.participants().stream().filter(p -> p.eventId.equals(e.id))
                .map(p -> new Participant(RelationMapper.ref(p.actorId, parts.actors()), p.role,
                        p.onBehalfOf == null ? null : RelationMapper.ref(p.onBehalfOf, parts.actors())))
                .toList();
        List<InstrumentAction> instruments = parts.instruments().stream().filter(i -> i.eventId.equals(e.id))
                .map(i -> new InstrumentAction(RelationMapper.ref(i.instrumentId, parts.actors()), i.action)).toList();
        List<Evidence> evidence = EvidenceMapper.views(Backed.EVENT, e.id, parts.evidence());
        return new Event(e.id, EventKind.of(e.kind), e.title, start, PartialDate.parse(e.endDate),
                start == null ? null : start.precision().name().toLowerCase(), e.notBefore, e.notAfter, e.place,
                e.description, participants, instruments, evidence, e.status, e.version, e.createdBy, e.createdAt,
                e.changedBy, e.changedAt);
    }
}
