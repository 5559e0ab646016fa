package io.corridor.actor.mapping;

import java.util.List;
import java.util.Objects;

import io.corridor.actor.Backed;
import io.corridor.actor.EvidenceEntity;
import io.corridor.actor.api.Evidence;

public final class EvidenceMapper {

    private EvidenceMapper() {
    }

    /** The owner's evidence among rows of several owners, as the API shows it. */
    public static List<Evidence> views(Backed owner, long id, List<EvidenceEntity> rows) {
        return rows.stream().filter(e -> Objects.equals(owner.ownerOf(e), id)).map(EvidenceMapper::view).toList();
    }

    static Evidence view(EvidenceEntity e) {
        return new Evidence(e.annotation, e.document, e.quote, e.imported, e.property, e.value, e.rank, e.stance, e.firstSeen,
                e.lastSeen);
    }
}
