package io.corridor.remittance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A statistical series kind: what is measured, in which unit, published by whom. */
@Entity
public class Indicator {

    /** World Bank code where one exists, e.g. {@code BX.TRF.PWKR.CD.DT}. */
    @Id
    public String code;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_fr")
    public String nameFr;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String source;
}
