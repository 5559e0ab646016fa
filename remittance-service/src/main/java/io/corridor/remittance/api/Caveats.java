package io.corridor.remittance.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.remittance.TypeOfData;

/** What the publisher says about one value besides the number: kept with the revision, named in verdicts. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "ObservationCaveats")
public record Caveats(
        @Schema(description = "The publisher's footnote (World Bank footnote=y, SDMX COMMENT_OBS)",
                example = "Data for 2019 are preliminary estimates.") String footnote,
        @Schema(description = "UN DESA type of data of the destination's source: B foreign-born, C foreign citizens, R refugees "
                + "added, I imputed; letters separated by a space", example = "C R", pattern = "^[BCRI]( [BCRI])*$") String typeOfData,
        @Schema(description = "What each type-of-data letter means, in order") List<String> typeOfDataMeaning,
        @Schema(description = "UN DESA note numbers, or a country's special notes from World Bank metadata", example = "3,7")
        String notes,
        @Schema(description = "The value was published in 10^unitMultiplier of its unit and multiplied to store it in the "
                + "indicator's unit (SDMX UNIT_MULT 6: millions)", example = "6") Integer unitMultiplier,
        @Schema(description = "The unit the file states (SDMX UNIT_MEASURE)", example = "USD") String unitMeasure) {

    /** The caveats of a stored revision, or null when it has none. */
    public static Caveats of(String footnote, String typeOfData, String notes, Integer unitMultiplier, String unitMeasure) {
        if (footnote == null && typeOfData == null && notes == null && unitMultiplier == null && unitMeasure == null) {
            return null;
        }
        return new Caveats(footnote, typeOfData, TypeOfData.meanings(typeOfData), notes, unitMultiplier, unitMeasure);
    }
}
