package io.corridor.remittance.mapping;

/**
 * What a publisher attaches to one value besides the number (SDMX calls them observation attributes): a footnote, UN
 * DESA's type of data and notes. Stored with the revision, shown with the observation and named in verdicts.
 */
public record Attributes(String footnote, String typeOfData, String notes) {

    public static final Attributes NONE = new Attributes(null, null, null);
}
