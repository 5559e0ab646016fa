package io.corridor.document;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A SKOS concept of a {@link Vocabulary}: preferred and alternative labels in French and English, a definition,
 * a notation, and its broader concepts (IRIs in the same vocabulary; narrower is the inverse, computed).
 */
@Entity
public class Concept {

    @Id
    public UUID id;

    @Column(name = "vocabulary_id", nullable = false)
    public UUID vocabularyId;

    /** The concept's IRI: what a tagging body names as its source. */
    @Column(nullable = false)
    public String iri;

    public String notation;

    @Column(name = "pref_label_fr")
    public String prefLabelFr;

    @Column(name = "pref_label_en")
    public String prefLabelEn;

    @Column(name = "alt_labels_fr", nullable = false)
    public String[] altLabelsFr = new String[0];

    @Column(name = "alt_labels_en", nullable = false)
    public String[] altLabelsEn = new String[0];

    @Column(name = "definition_fr")
    public String definitionFr;

    @Column(name = "definition_en")
    public String definitionEn;

    @Column(nullable = false)
    public String[] broader = new String[0];
}
