package io.corridor.document.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Annotation;
import io.corridor.document.Caller;
import io.corridor.document.Member;
import io.corridor.document.Visibility;
import io.corridor.document.api.MemberView;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.repository.MemberQueries;
import io.corridor.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The member directory as the editor's autocomplete reads it: only members who may see the annotation
 * being answered (or, for a new one, one of the given visibility by the caller) are offered, so that the
 * list never suggests a mention the server would refuse.
 */
@ApplicationScoped
public class Members {

    /** Candidates read per query before the visibility filter. */
    static final int CANDIDATES = 200;

    private final MemberQueries members;
    private final AnnotationService annotations;
    private final AnnotationIris iris;

    public Members(MemberQueries members, AnnotationService annotations, AnnotationIris iris) {
        this.members = members;
        this.annotations = annotations;
        this.iris = iris;
    }

    /**
     * @param annotation the annotation a reply will answer (null: a new annotation of {@code visibility} by the caller)
     * @param visibility private, team (default) or public
     */
    @WithSession
    public Uni<List<MemberView>> offer(String q, UUID annotation, String visibility, String team, Caller caller, int size) {
        Visibility rule = visibility == null || visibility.isBlank() ? Visibility.TEAM : Visibility.of(visibility);
        if (rule == null) {
            throw ProblemException.invalid("visibility", "must be private, team or public");
        }
        if (team != null) {
            Moderation.checkTeam(team);
        }
        Uni<Annotation> parent = annotation == null ? Uni.createFrom().nullItem() : annotations.get(annotation, caller);
        return parent.flatMap(p -> members.search(q, team, CANDIDATES).flatMap(found -> {
            Uni<List<MemberView>> out = Uni.createFrom().item(new java.util.ArrayList<>());
            for (Member m : found) {
                out = out.flatMap(list -> {
                    if (list.size() >= size) {
                        return Uni.createFrom().item(list);
                    }
                    Uni<Boolean> may = p == null ? Uni.createFrom().item(rule.allows(m.asCaller(), caller.name(), caller.teams()))
                            : annotations.threadVisible(p, m.asCaller());
                    return may.map(ok -> {
                        if (ok) {
                            list.add(view(m));
                        }
                        return list;
                    });
                });
            }
            return out;
        }));
    }

    @WithSession
    public Uni<MemberView> get(String username) {
        Workflow.checkUsername(username);
        return members.find(List.of(username)).map(found -> {
            Member m = found.get(username);
            if (m == null) {
                throw ProblemException.notFound("no member " + username + " (members are known once they have signed in)");
            }
            return view(m);
        });
    }

    private MemberView view(Member m) {
        return new MemberView(iris.publicUrl() + Mentions.MEMBERS_PATH + m.username(), m.username(), m.name());
    }
}
