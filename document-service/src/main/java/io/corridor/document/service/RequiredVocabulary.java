package io.corridor.document.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.AnnotationBody;
import io.corridor.document.Motivation;
import io.corridor.document.SpecificResource;
import io.corridor.document.TextualBody;
import io.corridor.document.repository.ConceptRepository;
import io.corridor.document.repository.TeamSettingRepository;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.smallrye.mutiny.Uni;

/**
 * A team that requires a vocabulary gets tags from it only: when one of the author's teams requires one, each
 * tagging body must be a SpecificResource whose source is a concept of a required vocabulary. A free TextualBody
 * tag, or an IRI that is no such concept, is a 422 naming the body ({@code body[2]}), and nothing is stored.
 */
@ApplicationScoped
public class RequiredVocabulary {

    private final TeamSettingRepository teams;
    private final ConceptRepository concepts;

    public RequiredVocabulary(TeamSettingRepository teams, ConceptRepository concepts) {
        this.teams = teams;
        this.concepts = concepts;
    }

    /** Checks the tagging bodies of an annotation written by a member of these teams. */
    public Uni<Void> check(List<AnnotationBody> bodies, List<String> authorTeams) {
        if (authorTeams.isEmpty() || bodies.stream().noneMatch(RequiredVocabulary::tagging)) {
            return Uni.createFrom().voidItem();
        }
        return teams.requiredVocabularies(authorTeams).flatMap(required -> {
            if (required.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Set<String> iris = new LinkedHashSet<>();
            for (AnnotationBody b : bodies) {
                if (tagging(b) && b instanceof SpecificResource s) {
                    iris.add(s.source());
                }
            }
            return concepts.known(required, iris).map(known -> {
                List<Violation> v = new ArrayList<>();
                for (int i = 0; i < bodies.size(); i++) {
                    AnnotationBody b = bodies.get(i);
                    if (!tagging(b)) {
                        continue;
                    }
                    if (b instanceof TextualBody t) {
                        v.add(Violation.field("body[" + i + "]", t.value(), "is a free tag: the team requires tags "
                                + "from its vocabulary (a SpecificResource with purpose tagging and a concept IRI as source)"));
                    } else if (b instanceof SpecificResource s && !known.contains(s.source())) {
                        v.add(Violation.field("body[" + i + "].source", s.source(), "is no concept of the vocabulary the team requires"));
                    }
                }
                if (!v.isEmpty()) {
                    throw ProblemException.unprocessable("the team requires tags from its vocabulary", v);
                }
                return null;
            });
        });
    }

    /** A tag: purpose tagging, a free text or a link other than a member mention. */
    private static boolean tagging(AnnotationBody b) {
        if (!Motivation.TAGGING.value().equals(b.purpose())) {
            return false;
        }
        return !(b instanceof SpecificResource s) || !s.source().contains(Mentions.MEMBERS_PATH);
    }
}
