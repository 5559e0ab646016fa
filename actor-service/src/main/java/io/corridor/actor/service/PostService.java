package io.corridor.actor.service;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.Backed;
import io.corridor.actor.Family;
import io.corridor.actor.PostEntity;
import io.corridor.actor.RelationEntity;
import io.corridor.actor.api.Post;
import io.corridor.actor.api.PostDraft;
import io.corridor.actor.mapping.EvidenceMapper;
import io.corridor.actor.mapping.PostMapper;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.actor.repository.PostRepository;
import io.corridor.actor.repository.RelationRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.corridor.support.security.Roles;
import io.corridor.support.time.PartialDate;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Popolo posts: positions of an organization that exist while vacant, held over time by the memberships that name
 * them. The organization must be a live actor (not an instrument); a held post cannot be deleted, nor moved to
 * another organization than its holders' memberships point at.
 */
@ApplicationScoped
public class PostService {

    private final PostRepository posts;
    private final RelationRepository relations;
    private final ActorRepository actors;
    private final Provenance provenance;

    public PostService(PostRepository posts, RelationRepository relations, ActorRepository actors, Provenance provenance) {
        this.posts = posts;
        this.relations = relations;
        this.actors = actors;
        this.provenance = provenance;
    }

    @WithTransaction
    public Uni<Page<Post>> list(PostRepository.Filter filter, PageRequest request) {
        return posts.count(filter).flatMap(total -> posts.page(filter, request.page, request.size)
                .flatMap(list -> views(list, null)).map(items -> new Page<>(items, request.page, request.size, total)));
    }

    /** One post with its holders; with a date, also those in office then. */
    @WithTransaction
    public Uni<Post> get(long id, PartialDate at) {
        return find(id).flatMap(p -> views(List.of(p), at)).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<Post> record(PostDraft draft, SecurityIdentity who) {
        return check(draft, null).flatMap(ok -> {
            PostEntity p = new PostEntity();
            apply(p, draft);
            p.created(who.getPrincipal().getName(), who.hasRole(Roles.CURATOR));
            return posts.persistAndFlush(p)
                    .flatMap(saved -> provenance.replace(Backed.POST, saved.id, draft.evidenceOrEmpty()).replaceWith(saved));
        }).flatMap(p -> views(List.of(p), null)).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<Post> replace(long id, PostDraft draft, String ifMatch, SecurityIdentity who) {
        return Guarded.replace(find(id), ifMatch, who, p -> check(draft, p).invoke(ok -> apply(p, draft))
                .flatMap(ok -> provenance.replace(Backed.POST, id, draft.evidenceOrEmpty())).flatMap(x -> posts.flush()))
                .flatMap(p -> views(List.of(p), null)).map(list -> list.get(0));
    }

    /** A curator accepts a proposed post; accepting an accepted one changes nothing. */
    @WithTransaction
    public Uni<Post> accept(long id, String ifMatch, SecurityIdentity who) {
        return Guarded.accept(find(id), ifMatch, who).flatMap(p -> posts.flush().replaceWith(p))
                .flatMap(p -> views(List.of(p), null)).map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<Void> delete(long id, String ifMatch) {
        return Guarded.delete(find(id), ifMatch, p -> relations.countHolding(id).flatMap(held -> {
            if (held > 0) {
                throw new ProblemException(409, "conflict", "Conflict", "post " + id + " is held by " + held
                        + " membership(s): delete or change them first", List.of(Violation.field("id", String.valueOf(id),
                                "is held")));
            }
            return provenance.deleteOf(Backed.POST, id).flatMap(x -> posts.delete(p));
        }));
    }

    private Uni<PostEntity> find(long id) {
        return posts.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("no post " + id));
    }

    /** Dates and bounds in order, the organization a live actor, and (on a change) still the holders' organization. */
    private Uni<Void> check(PostDraft draft, PostEntity current) {
        ActorService.checkDates(draft.start(), draft.end());
        ActorService.checkBounds(draft.start(), draft.notBeforeDay(), draft.notAfterDay());
        Provenance.check(Backed.POST, draft.evidenceOrEmpty());
        return actors.findById(draft.organization()).flatMap(org -> {
            String wrong = org == null ? "names no actor" : org.mergedInto != null ? "was merged into " + org.mergedInto
                    : !org.family.equals(Family.ACTOR.code()) ? "must name an actor, not an instrument" : null;
            if (wrong != null) {
                throw ProblemException.unprocessable("the post's organization " + wrong,
                        List.of(Violation.field("organization", String.valueOf(draft.organization()), wrong)));
            }
            if (current == null || current.organizationId.equals(draft.organization())) {
                return Uni.createFrom().voidItem();
            }
            return relations.countHolding(current.id).map(held -> {
                if (held > 0) {
                    throw ProblemException.unprocessable("a held post stays in its organization",
                            List.of(Violation.field("organization", String.valueOf(draft.organization()),
                                    "cannot change while " + held + " membership(s) hold the post")));
                }
                return null;
            });
        });
    }

    private static void apply(PostEntity p, PostDraft draft) {
        p.organizationId = draft.organization();
        p.label = draft.label().strip().replaceAll("\\s+", " ");
        p.role = blank(draft.role()) ? null : draft.role().strip();
        p.description = blank(draft.description()) ? null : draft.description().strip();
        p.span(draft.start(), draft.end());
        p.notBefore = draft.notBeforeDay();
        p.notAfter = draft.notAfterDay();
    }

    /** Posts as the API shows them, with their holders (and those in office at a date) and evidence. */
    Uni<List<Post>> views(List<PostEntity> list, PartialDate at) {
        List<Long> ids = list.stream().map(p -> p.id).toList();
        return relations.holding(ids).flatMap(held -> provenance.of(Backed.POST, ids).flatMap(evidence -> {
            Set<Long> named = new HashSet<>();
            list.forEach(p -> named.add(p.organizationId));
            held.forEach(r -> r.addNamed(named));
            return actors.byIds(named).map(found -> {
                Map<Long, ActorEntity> byId = found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                return list.stream().map(p -> PostMapper.view(p, byId, held.stream().filter(r -> r.postId.equals(p.id))
                        .sorted(Comparator.comparing((RelationEntity r) -> r.startFrom, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList(), EvidenceMapper.views(Backed.POST, p.id, evidence), at)).toList();
            });
        }));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
