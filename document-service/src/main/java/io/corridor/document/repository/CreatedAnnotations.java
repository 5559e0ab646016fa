package io.corridor.document.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationChange;
import io.corridor.document.AnnotationEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Stores a new annotation, its {@code created} history row and its live event in one statement, on
 * the connection of the caller's session, in its transaction if it has one (a single statement is atomic
 * without: AnnotationService.createAs sends it alone): one round trip where Hibernate took four (the annotation's
 * flush, the history row's sequence, each insert), the largest share of a create after the version
 * text (bench/results/profiles/annotation-create.md). The event's triggers draw its id under the
 * document's advisory lock and NOTIFY at commit, as for every event (V4 migration); the foreign keys
 * of the history and event rows are checked at the end of the statement, once the annotation is in.
 */
@ApplicationScoped
public class CreatedAnnotations {

    // $n parameters, read by the vert.x client as they are; jsonb travels as text (a String bound to a jsonb
    // parameter would be sent as a JSON string), arrays as Java arrays
    static final String INSERT = """
            with annotation_row as (
                insert into annotation (id, document_id, version, motivation, body, target, exact, prefix, suffix, start_pos,
                    end_pos, reply_to, creator, visibility, teams, status, anchor_state, tags, actor_ids, canonical, via,
                    generator, revision, created_at, modified_at, concepts, link_targets, linked_documents, layer)
                values ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb, $7, $8, $9, $10, $11, $12, $13, $14, $15::text[], $16,
                    $17, $18::text[], $19::bigint[], $20, $21::text::jsonb, $22, $23, $24, $25, $35::text[], $36::text::jsonb,
                    $37::bigint[], $38)
                returning id),
            change_row as (
                insert into annotation_change (annotation_id, revision, action, actor, at, reason, after)
                select id, $23, $26, $27, $25, $28, $29::text::jsonb from annotation_row)
            insert into annotation_event (document_id, annotation_id, type, creator, visibility, teams, thread, payload)
            select $2, id, $30, $13, $31, $32::text[], $33::text::jsonb, $34 from annotation_row""";

    /** The three rows; {@code change.annotationId} and {@code event.annotationId} are {@code a.id}. */
    public Uni<Void> store(Annotation a, AnnotationChange change, AnnotationEvent event) {
        Object[] values = { a.id, a.documentId, a.version, a.motivation, a.body, a.target, a.exact, a.prefix, a.suffix,
                a.startPos, a.endPos, a.replyTo, a.creator, a.visibility, a.teams, a.status, a.anchorState, a.tags,
                a.actorIds, a.canonical, a.via, a.generator, a.revision, a.createdAt, a.modifiedAt,
                change.action, change.actor, change.reason, change.after,
                event.type, event.visibility, event.teams, event.thread, event.payload,
                a.concepts, a.linkTargets, a.linkedDocuments, a.layer };
        return Panache.getSession().flatMap(session -> Uni.createFrom()
                .completionStage(() -> connection(session).update(INSERT, values))).replaceWithVoid();
    }

    /**
     * The connection of the session's transaction (WriteChecks reads on it too). Hibernate Reactive's native
     * queries infer no type for a null parameter nor bind arrays, so the statement goes to the connection itself,
     * as Hibernate's own inserts do.
     */
    static org.hibernate.reactive.pool.ReactiveConnection connection(Mutiny.Session session) {
        if (session instanceof MutinySessionImpl impl) {
            return impl.getReactiveConnection();
        }
        throw new IllegalStateException("not a Hibernate Reactive session: " + session.getClass());
    }
}
