package io.corridor.actor.mapping;

import java.util.List;
import java.util.Map;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.PostEntity;
import io.corridor.actor.Predicate;
import io.corridor.actor.RelationEntity;
import io.corridor.actor.api.ActorRef;
import io.corridor.actor.api.Evidence;
import io.corridor.actor.api.PostRef;
import io.corridor.actor.api.Relation;
import io.corridor.support.time.PartialDate;

public final class RelationMapper {

    private RelationMapper() {
    }

    public static Relation view(RelationEntity r, Map<Long, ActorEntity> actors, Map<Long, PostEntity> posts,
            List<Evidence> evidence) {
        PostEntity post = r.postId == null ? null : posts.get(r.postId);
        return new Relation(r.id, ref(r.subjectId, actors), Predicate.of(r.predicate), ref(r.objectId, actors), r.role,
                post == null ? null : new PostRef(post.id, post.label),
                r.onBehalfOf == null ? null : ref(r.onBehalfOf, actors), PartialDate.parse(r.startDate),
                PartialDate.parse(r.endDate), r.notBefore, r.notAfter, r.confidence, r.status, evidence, r.version,
                r.createdBy, r.createdAt, r.changedBy, r.changedAt);
    }

    static ActorRef ref(Long id, Map<Long, ActorEntity> actors) {
        ActorEntity a = actors.get(id);
        return a == null ? new ActorRef(id, null, null, null) : new ActorRef(a.id, a.name, a.kind, a.family);
    }
}
