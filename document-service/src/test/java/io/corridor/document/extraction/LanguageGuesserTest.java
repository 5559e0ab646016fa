package io.corridor.document.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void frenchEnglishOrUnknown() {
        assertEquals("fr", LanguageGuesser.guess("Le Mali et l’Union européenne ont tenu un dialogue de haut niveau sur les "
                + "questions migratoires, dans le cadre de la coopération entre les deux parties."));
        assertEquals("en", LanguageGuesser.guess("The Malian state and the European Union held a dialogue on migration, "
                + "which was the first of its kind between the two parties and has been followed by others."));
        assertNull(LanguageGuesser.guess("Bamako 2016"));
    }
}
