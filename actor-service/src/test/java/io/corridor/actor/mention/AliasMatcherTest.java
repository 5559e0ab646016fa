package io.corridor.actor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.corridor.actor.api.Mention;
import io.corridor.actor.mention.AliasMatcher.Entry;

class AliasMatcherTest {

    private static final long MALI = 1, DGME = 2, FORAM = 3, BAD = 4, EU = 5, AU = 6, IBK = 7;

    private final AliasMatcher matcher = new AliasMatcher(List.of(
            new Entry(MALI, "Mali"), new Entry(MALI, "République du Mali"), new Entry(MALI, "État malien"),
            new Entry(DGME, "Délégation générale des Maliens de l'extérieur"), new Entry(DGME, "DGME"),
            new Entry(FORAM, "Forum pour un autre Mali"),
            new Entry(BAD, "Banque africaine de développement"), new Entry(BAD, "BAD"),
            new Entry(EU, "Union européenne"), new Entry(EU, "UE"), new Entry(EU, "EU"),
            new Entry(AU, "Union africaine"), new Entry(AU, "UA"), new Entry(AU, "AU"),
            new Entry(IBK, "Ibrahim Boubacar Keïta")));

    @Test
    void aliasesMatchWhateverTheCaseAndAccents() {
        List<Mention> found = matcher.find("La Delegation generale des Maliens de l’exterieur (DGME) a été créée.");
        assertEquals(List.of(DGME, DGME), found.stream().map(Mention::actorId).toList());
        assertEquals("Delegation generale des Maliens de l’exterieur", found.get(0).exact());
        assertEquals("Délégation générale des Maliens de l'extérieur", found.get(0).alias());
        assertEquals(3, found.get(0).start());
        assertEquals("DGME", found.get(1).exact());
    }

    @Test
    void theLongestMatchWins() {
        List<Mention> found = matcher.find("l’AME s’est alliée au Forum pour un autre Mali en 2009");
        assertEquals(1, found.size());
        assertEquals(FORAM, found.get(0).actorId());
        assertEquals("Forum pour un autre Mali", found.get(0).exact());
    }

    @Test
    void wordsMustEndWhereTheAliasEnds() {
        assertTrue(matcher.find("Les Maliens de France et les Malien·nes").isEmpty());
        assertTrue(matcher.find("une politique malienne").isEmpty());
        assertEquals(List.of(MALI), matcher.find("au Mali.").stream().map(Mention::actorId).toList());
        assertEquals(List.of(MALI), matcher.find("l'État malien refuse").stream().map(Mention::actorId).toList());
        assertEquals(List.of(MALI), matcher.find("l'ETAT MALIEN refuse").stream().map(Mention::actorId).toList());
    }

    @Test
    void acronymsMatchOnlyWithTheirCase() {
        assertTrue(matcher.find("a bad idea, ue, Au revoir").isEmpty());
        List<Mention> found = matcher.find("la BAD, l'UE et l’UA");
        assertEquals(List.of(BAD, EU, AU), found.stream().map(Mention::actorId).toList());
    }

    @Test
    void aliasesSpanLineBreaksAndRunsOfSpace() {
        List<Mention> found = matcher.find("la Banque africaine\nde   développement finance");
        assertEquals(1, found.size());
        assertEquals(BAD, found.get(0).actorId());
        assertEquals("Banque africaine\nde   développement", found.get(0).exact());
    }

    @Test
    void offsetsCountCodePointsOfTheOriginal() {
        // 𝔐 is one code point but two chars; e + combining acute is two code points
        String text = "𝔐 Ibrahim Boubacar Keïta et l'Etat malien";
        List<Mention> found = matcher.find(text);
        assertEquals(2, found.size());
        assertEquals(2, found.get(0).start());
        assertEquals(24, found.get(0).end());
        assertEquals("Ibrahim Boubacar Keïta", new String(text.codePoints().skip(2).limit(22).toArray(), 0, 22));
        String decomposed = "Le Mali et l'E\u0301tat malien";
        List<Mention> more = matcher.find(decomposed);
        assertEquals(2, more.size());
        assertEquals("E\u0301tat malien", more.get(1).exact());
        assertEquals(13, more.get(1).start());
        assertEquals(25, more.get(1).end());
    }

    @Test
    void anAliasOfTwoActorsIsAmbiguous() {
        AliasMatcher shared = new AliasMatcher(List.of(new Entry(10, "Seydou Keita"), new Entry(11, "Seydou Keïta"),
                new Entry(12, "Keita")));
        List<Mention> found = shared.find("selon Seydou KEITA, conseiller");
        assertEquals(1, found.size());
        assertTrue(found.get(0).ambiguous());
        assertNull(found.get(0).actorId());
        assertEquals(List.of(10L, 11L), found.get(0).candidates());
        assertFalse(shared.find("Keita").get(0).ambiguous());
    }

    @Test
    void acronymRuleIsFiveLettersAllCapitals() {
        assertTrue(AliasMatcher.isAcronym("CIGEM"));
        assertTrue(AliasMatcher.isAcronym("G5"));
        assertFalse(AliasMatcher.isAcronym("MINUSMA"));
        assertFalse(AliasMatcher.isAcronym("Cedeao"));
        assertFalse(AliasMatcher.isAcronym("AU CIDO"));
    }
}
