package io.corridor.actor.mapping;

import java.util.List;
import java.util.Map;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.PostEntity;
import io.corridor.actor.Predicate;
import io.corridor.actor.RelationEntity;
import io.corridor.actor.api.Evidence;
import io.corridor.actor.api.Holder;
import io.corridor.actor.api.Post;
import io.corridor.support.time.PartialDate;

public final class PostMapper {

    private PostMapper() {
    }

    /** A post with its holders (memberships naming it, in order); with a date, those whose span may include it. */
    public static Post view(PostEntity p, Map<Long, ActorEntity> actors, List<RelationEntity> held, List<Evidence> evidence,
            PartialDate at) {
        List<Holder> holders = held.stream().map(r -> holder(r, actors)).toList();
        List<Holder> inOffice = at == null ? null : held.stream()
                .filter(r -> (r.startFrom == null || !r.startFrom.isAfter(at.end())) && (r.endTo == null || !r.endTo.isBefore(at.start())))
                .map(r -> holder(r, actors)).toList();
        return new Post(p.id, RelationMapper.ref(p.organizationId, actors), p.label, p.role, p.description,
                PartialDate.parse(p.startDate), PartialDate.parse(p.endDate), p.notBefore, p.notAfter, holders, inOffice,
                evidence, p.status, p.version, p.createdBy, p.createdAt, p.changedBy, p.changedAt);
    }

    private static Holder holder(RelationEntity r, Map<Long, ActorEntity> actors) {
        return new Holder(r.id, RelationMapper.ref(r.subjectId, actors), Predicate.of(r.predicate),
                r.onBehalfOf == null ? null : RelationMapper.ref(r.onBehalfOf, actors), PartialDate.parse(r.startDate),
                PartialDate.parse(r.endDate), r.notBefore, r.notAfter, r.status);
    }
}
