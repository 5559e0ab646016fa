package io.corridor.actor.mapping;

import java.util.List;
import java.util.Map;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.EvidenceEntity;
import io.corridor.actor.Predicate;
import io.corridor.actor.RelationEntity;
import io.corridor.actor.api.ActorRef;
import io.corridor.actor.api.Evidence;
import io.corridor.actor.api.Relation;
import io.corridor.support.time.PartialDate;

public final class RelationMapper {

    private RelationMapper() {
    }

    public static Relation view(RelationEntity r, Map<Long, ActorEntity> actors, List<EvidenceEntity> evidence) {
        List<Evidence> items = evidence.stream().filter(e -> e.relationId.equals(r.id))
                .map(e -> new Evidence(e.annotation, e.document, e.quote)).toList();
        return new Relation(r.id, ref(r.subjectId, actors), Predicate.of(r.predicate), ref(r.objectId, actors), r.role,
                PartialDate.parse(r.startDate), PartialDate.parse(r.endDate), r.confidence, r.status, items, r.version,
                r.createdBy, r.createdAt, r.changedBy, r.changedAt);
    }

    static ActorRef ref(Long id, Map<Long, ActorEntity> actors) {
        ActorEntity a = actors.get(id);
        return a == null ? new ActorRef(id, null, null, null) : new ActorRef(a.id, a.name, a.kind, a.family);
    }
}
