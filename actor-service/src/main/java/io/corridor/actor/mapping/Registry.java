package io.corridor.actor.mapping;

import java.util.List;
import java.util.Map;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.ActorName;
import io.corridor.actor.EventEntity;
import io.corridor.actor.EvidenceEntity;
import io.corridor.actor.ParticipantEntity;
import io.corridor.actor.PostEntity;
import io.corridor.actor.RelationEntity;

/**
 * One page of the registry as exports write it: live actors (not instruments), their names, the relations they are
 * the subject of (so that each relation is written once over all pages), the posts of those organizations, the
 * events whose first live participant is on the page (each written once over all pages) with their participants,
 * the evidence of all of these, and every actor the relations and events name (to tell a person from an organization).
 */
public record Registry(List<ActorEntity> actors, List<ActorName> names, List<RelationEntity> relations, List<PostEntity> posts,
        List<EvidenceEntity> actorEvidence, List<EvidenceEntity> relationEvidence, List<EvidenceEntity> postEvidence,
        List<EventEntity> events, List<ParticipantEntity> participants, List<EvidenceEntity> eventEvidence,
        Map<Long, ActorEntity> named) {
}
