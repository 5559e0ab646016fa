package io.corridor.remittance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statistical series kind: what is measured, in which unit, published by whom. */
@Entity
@Schema(name = "Indicator", requiredProperties = { "code", "nameEn", "unit", "multiplier", "source", "periodicity" })
public class Indicator {

    /** World Bank code where one exists, e.g. {@code BX.TRF.PWKR.CD.DT}. */
    @Id
    @Schema(description = "World Bank code where one exists", example = "BX.TRF.PWKR.CD.DT")
    public String code;

    @Column(name = "name_en", nullable = false)
    @Schema(example = "Personal remittances, received (current US$)")
    public String nameEn;

    @Column(name = "name_fr")
    @Schema(description = "French name; nameFrSource says who wrote it", example = "Envois de fonds personnels, reçus ($ US courants)")
    public String nameFr;

    /** Who wrote the French name: the publisher's own label, or whose translation it is. */
    @Column(name = "name_fr_source")
    @Schema(description = "Who wrote the French name: the publisher's own label or a translation (unstated when absent)",
            example = "Corridor translation, not a World Bank label")
    public String nameFrSource;

    @Column(nullable = false)
    @Schema(example = "USD")
    public String unit;

    /** Values are in {@code unit × 10^multiplier} (6: millions). */
    @Schema(description = "Values are in unit × 10^multiplier (6 = millions)", minimum = "-3", maximum = "15", example = "0")
    public int multiplier;

    @Column(nullable = false)
    @Schema(example = "World Bank, World Development Indicators")
    public String source;

    @Schema(example = "Personal transfers and compensation of employees received by resident households from non-resident "
            + "ones, in current U.S. dollars.")
    public String definition;

    @Schema(enumeration = { "annual", "quarterly", "monthly", "irregular" }, example = "annual")
    public String periodicity;

    /** For a ratio indicator (percent): the series divided, e.g. remittances for remittances/GDP. */
    @Schema(description = "For a ratio indicator in percent: the numerator series", example = "BX.TRF.PWKR.CD.DT")
    public String numerator;

    @Schema(description = "For a ratio indicator in percent: the denominator series", example = "NY.GDP.MKTP.CD")
    public String denominator;
}
