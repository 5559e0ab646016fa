package io.corridor.remittance;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;

/**
 * The country and area codes an observation may carry. The canonical form is ISO 3166-1 alpha-3
 * (the JDK's table), plus the World Bank's codes for areas ISO does not list (Kosovo XKX, Channel
 * Islands CHI) and for its aggregates (WLD, SSF, EUU, ...), as they appear in World Development
 * Indicators files. Files and queries may also name a country by ISO 3166-1 alpha-2 ({@code ML})
 * or by its UN M49 numeric code ({@code 466}, as UN DESA tables do): both are read through ICU's
 * region data (CLDR, maintained by Unicode) and stored as alpha-3. M49 regions other than the
 * world (Africa 002, Sub-Saharan Africa 202, ...) are refused: they are not countries, and the
 * World Bank's aggregates cover other sets of countries, so no code is put in their place.
 */
public final class Areas {

    private static final Set<String> WORLD_BANK = Set.of("XKX", "CHI",
            "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC",
            "IBD", "IBT", "IDA", "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC",
            "MNA", "NAC", "OED", "OSS", "PRE", "PSS", "PST", "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN",
            "TSA", "TSS", "UMC", "WLD");

    /** ISO 3166 user-assigned alpha-2 codes that the World Bank gives an alpha-3 of its own. */
    private static final Map<String, String> WORLD_BANK_ALPHA2 = Map.of("XK", "XKX");

    static final String FORMS = "use ISO 3166-1 alpha-3 (MLI), alpha-2 (ML), a UN M49 country number (466) or a World Bank area code (WLD)";

    private static final Set<String> KNOWN;
    /** Codes already resolved, with their canonical form or why they are refused: a file repeats few codes many times. */
    private static final Map<String, Resolved> RESOLVED = new ConcurrentHashMap<>();
    private static final java.util.regex.Pattern CODE_SHAPE = java.util.regex.Pattern.compile("[A-Z0-9]{1,3}");

    private record Resolved(String code, String refusal) {
    }

    static {
        Set<String> known = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        known.addAll(WORLD_BANK);
        KNOWN = Set.copyOf(known);
    }

    private Areas() {
    }

    /** True for a canonical code: ISO alpha-3 or a World Bank area code. */
    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    /**
     * The canonical code of an area written as alpha-3, alpha-2, M49 number or World Bank code,
     * regardless of case and surrounding space.
     *
     * @throws IllegalArgumentException saying why the code names no country or World Bank area
     */
    public static String canonical(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (KNOWN.contains(code)) {
            return code;
        }
        // only what could be a code is remembered (at most 37³ of them): a hostile file's distinct junk, a million
        // characters a cell, would otherwise grow the cache without end
        Resolved r = CODE_SHAPE.matcher(code).matches() ? RESOLVED.computeIfAbsent(code, Areas::resolve) : resolve(code);
        if (r.refusal() != null) {
            throw new IllegalArgumentException(r.refusal());
        }
        return r.code();
    }

    private static Resolved resolve(String code) {
        if (code.matches("[A-Z]{2}")) {
            return territory(code, "ISO 3166-1 alpha-2");
        }
        if (code.matches("[0-9]{1,3}")) {
            return territory(code, "UN M49");
        }
        return new Resolved(null, "is not a country or area code: " + FORMS);
    }

    private static Resolved territory(String code, String scheme) {
        Region region;
        try {
            region = code.matches("[0-9]+") ? Region.getInstance(Integer.parseInt(code)) : Region.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            return new Resolved(null, "is not a known " + scheme + " code: " + FORMS);
        }
        if (region.getType() == Region.RegionType.UNKNOWN) {
            return new Resolved(null, "is not a known " + scheme + " code: " + FORMS);
        }
        if (region.getType() == Region.RegionType.WORLD) {
            return new Resolved("WLD", null);
        }
        if (region.getType() != Region.RegionType.TERRITORY) {
            String name = new ULocale("und_" + region).getDisplayCountry(ULocale.ENGLISH);
            return new Resolved(null, "is the " + scheme + " area " + region + " (" + name + "), not a country; "
                    + "World Bank aggregates have codes of their own (such as SSF) for their own sets of countries");
        }
        String alpha2 = region.toString();
        if (WORLD_BANK_ALPHA2.containsKey(alpha2)) {
            return new Resolved(WORLD_BANK_ALPHA2.get(alpha2), null);
        }
        try {
            String alpha3 = Locale.of("", alpha2).getISO3Country();
            if (KNOWN.contains(alpha3)) {
                return new Resolved(alpha3, null);
            }
        } catch (java.util.MissingResourceException noAlpha3) {
            // falls through: a territory ISO gives no alpha-3 (Sark, CQ)
        }
        return new Resolved(null, "is " + alpha2 + " in " + scheme + ", which has no ISO 3166-1 alpha-3 code: " + FORMS);
    }
}
