package io.corridor.actor.mapping;

import java.util.List;
import java.util.Map;

import io.corridor.actor.Actor;
import io.corridor.actor.ActorRef;
import io.corridor.actor.Evidence;
import io.corridor.actor.EvidenceItem;
import io.corridor.actor.Predicate;
import io.corridor.actor.Relation;
import io.corridor.actor.RelationView;
import io.corridor.support.time.PartialDate;

public final class RelationMapper {

    private RelationMapper() {
    }

    public static RelationView view(Relation r, Map<Long, Actor> actors, List<Evidence> evidence) {
        List<EvidenceItem> items = evidence.stream().filter(e -> e.relationId.equals(r.id))
                .map(e -> new EvidenceItem(e.annotation, e.document, e.quote)).toList();
        return new RelationView(r.id, ref(r.subjectId, actors), Predicate.of(r.predicate), ref(r.objectId, actors), r.role,
                PartialDate.parse(r.startDate), PartialDate.parse(r.endDate), r.confidence, r.status, items, r.version,
                r.createdBy, r.createdAt, r.changedBy, r.changedAt);
    }

    private static ActorRef ref(Long id, Map<Long, Actor> actors) {
        Actor a = actors.get(id);
        return a == null ? new ActorRef(id, null, null, null) : ActorRef.of(a);
    }
}
