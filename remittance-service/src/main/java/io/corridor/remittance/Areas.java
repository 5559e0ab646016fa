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

    /**
     * True for a UN M49 number that names a group of countries rather than one: an M49 region (002 Africa, 202
     * Sub-Saharan Africa) or one of UN DESA's own aggregates (900 World and the numbers above it: income groups,
     * development groups, SDG regions). UN DESA's tables interleave them with the countries; imports of its tables as
     * published leave them out.
     */
    public static boolean isAggregate(String raw) {
        String code = raw == null ? "" : raw.strip();
        if (!code.matches("[0-9]{1,4}")) {
            return false;
        }
        int n = Integer.parseInt(code);
        if (n >= 900) {
            return true;
        }
        try {
            Region.RegionType type = Region.getInstance(n).getType();
            return type != Region.RegionType.TERRITORY && type != Region.RegionType.WORLD && type != Region.RegionType.UNKNOWN;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** Country names (English, CLDR's and the World Bank's spellings) to canonical codes; built on first use. */
    private static volatile Map<String, String> byName;

    /** The World Bank's spellings that CLDR's English names do not match once normalized. */
    private static final Map<String, String> WORLD_BANK_NAMES = Map.ofEntries(
            Map.entry("congo dem rep", "COD"), Map.entry("congo rep", "COG"), Map.entry("egypt arab rep", "EGY"),
            Map.entry("iran islamic rep", "IRN"), Map.entry("korea rep", "KOR"), Map.entry("korea dem peoples rep", "PRK"),
            Map.entry("gambia the", "GMB"), Map.entry("bahamas the", "BHS"), Map.entry("yemen rep", "YEM"),
            Map.entry("venezuela rb", "VEN"), Map.entry("lao pdr", "LAO"), Map.entry("kyrgyz republic", "KGZ"),
            Map.entry("slovak republic", "SVK"), Map.entry("russian federation", "RUS"), Map.entry("syrian arab republic", "SYR"),
            Map.entry("micronesia fed sts", "FSM"), Map.entry("hong kong sar china", "HKG"), Map.entry("macao sar china", "MAC"),
            Map.entry("turkiye", "TUR"), Map.entry("turkey", "TUR"), Map.entry("viet nam", "VNM"), Map.entry("west bank and gaza", "PSE"),
            Map.entry("kosovo", "XKX"), Map.entry("channel islands", "CHI"), Map.entry("st lucia", "LCA"),
            Map.entry("st kitts and nevis", "KNA"), Map.entry("st vincent and the grenadines", "VCT"),
            Map.entry("virgin islands us", "VIR"), Map.entry("british virgin islands", "VGB"), Map.entry("brunei darussalam", "BRN"),
            Map.entry("cabo verde", "CPV"), Map.entry("czech republic", "CZE"), Map.entry("eswatini", "SWZ"),
            Map.entry("timor leste", "TLS"), Map.entry("united states", "USA"), Map.entry("united kingdom", "GBR"),
            Map.entry("sao tome and principe", "STP"), Map.entry("st martin french part", "MAF"),
            Map.entry("sint maarten dutch part", "SXM"), Map.entry("macedonia fyr", "MKD"), Map.entry("swaziland", "SWZ"),
            Map.entry("myanmar", "MMR"), Map.entry("bolivia", "BOL"), Map.entry("tanzania", "TZA"), Map.entry("moldova", "MDA"));

    /**
     * The canonical code of a country named in English as CLDR or the World Bank spell it ("Côte d'Ivoire", "Cote
     * d'Ivoire", "Egypt, Arab Rep."), regardless of case, accents and punctuation; null when the name is unknown.
     */
    public static String byName(String name) {
        if (name == null) {
            return null;
        }
        Map<String, String> names = byName;
        if (names == null) {
            Map<String, String> built = new java.util.HashMap<>();
            for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
                try {
                    String code = canonical(r.toString());
                    built.putIfAbsent(normalizeName(new ULocale("und_" + r).getDisplayCountry(ULocale.ENGLISH)), code);
                } catch (IllegalArgumentException noAlpha3) {
                    // a territory without a code Corridor stores
                }
            }
            WORLD_BANK_NAMES.forEach(built::put);
            byName = names = Map.copyOf(built);
        }
        return names.get(normalizeName(name));
    }

    static String normalizeName(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['’`.]", "").replaceAll("[^a-z0-9]+", " ").strip();
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
