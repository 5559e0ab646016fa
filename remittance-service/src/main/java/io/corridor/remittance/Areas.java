package io.corridor.remittance;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The country and area codes an observation may carry: ISO 3166-1 alpha-3 (the JDK's table) plus
 * the World Bank's codes for areas ISO does not list (Kosovo XKX, Channel Islands CHI) and for its
 * aggregates (WLD, SSF, EUU, ...), as they appear in World Development Indicators files.
 */
public final class Areas {

    private static final Set<String> WORLD_BANK = Set.of("XKX", "CHI",
            "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC",
            "IBD", "IBT", "IDA", "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC",
            "MNA", "NAC", "OED", "OSS", "PRE", "PSS", "PST", "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN",
            "TSA", "TSS", "UMC", "WLD");

    private static final Set<String> KNOWN;

    static {
        Set<String> known = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        known.addAll(WORLD_BANK);
        KNOWN = Set.copyOf(known);
    }

    private Areas() {
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }
}
