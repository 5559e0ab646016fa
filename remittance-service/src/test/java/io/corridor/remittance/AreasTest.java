package io.corridor.remittance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AreasTest {

    @ParameterizedTest
    @CsvSource({ "MLI,MLI", "mli,MLI", " ML ,MLI", "ml,MLI", "466,MLI", "4,AFG", "004,AFG", "250,FRA",
            "384,CIV", "CI,CIV", "GB,GBR", "826,GBR", "728,SSD", "XK,XKX", "XKX,XKX", "1,WLD", "001,WLD", "WLD,WLD",
            "SSF,SSF", "EUU,EUU", "CHI,CHI" })
    void alpha3Alpha2M49AndWorldBankCodesGiveTheCanonicalCode(String raw, String canonical) {
        assertEquals(canonical, Areas.canonical(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "XYZ", "ZZ", "9999", "900", "M1", "Mali" })
    void unknownCodesAreRefusedNamingTheAcceptedForms(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Areas.canonical(raw));
        assertTrue(e.getMessage().contains("alpha-2 (ML)"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "202,Sub-Saharan Africa", "002,Africa", "EU,European Union" })
    void m49RegionsAreNotCountries(String raw, String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Areas.canonical(raw));
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains("not a country"), e.getMessage());
    }
}
