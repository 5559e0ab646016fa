package io.corridor.remittance;

import java.util.Locale;

/**
 * How final a value is (SDMX OBS_STATUS codes A, E, P, F, M). A missing value has no number; a modelled one is a
 * model's estimate (the KNOMAD bilateral remittance matrix), not a count or a recorded flow.
 */
public enum ObservationStatus {
    normal, estimate, provisional, forecast, missing, modelled;

    public static ObservationStatus parse(String raw) {
        String s = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "a", "normal" -> normal;
            case "e", "estimate", "estimated" -> estimate;
            case "p", "provisional" -> provisional;
            case "f", "forecast" -> forecast;
            case "m", "missing" -> missing;
            case "modelled", "modeled" -> modelled;
            default -> throw new IllegalArgumentException("is not a status: use normal, estimate, provisional, forecast, missing, "
                    + "modelled (or A, E, P, F, M)");
        };
    }
}
