package io.corridor.remittance.mapping;

/**
 * What a publisher attaches to one value besides the number (SDMX calls them observation attributes): a footnote, UN
 * DESA's type of data and notes, and the power of ten and unit the value was published in. Stored with the revision,
 * shown with the observation; caveats are named in verdicts.
 */
public record Attributes(String footnote, String typeOfData, String notes, Integer unitMult, String unitMeasure) {

    public static final Attributes NONE = new Attributes(null, null, null, null, null);

    public Attributes(String footnote, String typeOfData, String notes) {
        this(footnote, typeOfData, notes, null, null);
    }

    public Attributes withUnit(Integer mult, String measure) {
        return new Attributes(footnote, typeOfData, notes, mult, measure);
    }

    public Attributes withNotes(String more) {
        return new Attributes(footnote, typeOfData, more, unitMult, unitMeasure);
    }
}
