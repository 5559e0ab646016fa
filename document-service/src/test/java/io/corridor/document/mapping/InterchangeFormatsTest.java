package io.corridor.document.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;

import io.corridor.support.problem.ProblemException;

/**
 * The two interchange formats on their own: what Corridor writes is read back unchanged, the XMI is
 * read by Apache UIMA itself with the published type system (offsets in UTF-16 units, not code
 * points), a TSV written by hand in the documented layout (multi-token and stacked passages, a
 * relation with disambiguation ids) reads as meant, and malformed files are 400s naming the line.
 */
class InterchangeFormatsTest {

    /** Emoji (two UTF-16 units each) before the passages, so that code points and UTF-16 units differ. */
    static final String TEXT = "Le 😊 Forum pour un autre Mali 🇲🇱 a réuni les délégués.\n"
            + "La clause de réadmission [art. 13] divise *toujours* les parties_prenantes.\n"
            + "Bamako ; Niamey -> Dakar | fin";

    static int cp(String s) {
        int i = TEXT.indexOf(s);
        assertTrue(i >= 0, s);
        return TEXT.codePointCount(0, i);
    }

    static int cpEnd(String s) {
        return cp(s) + s.codePointCount(0, s.length());
    }

    static InterchangeDocument sample() {
        List<InterchangeDocument.Span> spans = new ArrayList<>();
        spans.add(new InterchangeDocument.Span(cp("Forum pour un autre Mali"), cpEnd("Forum pour un autre Mali"), "tagging",
                List.of("Mali", "société civile"), null));
        spans.add(new InterchangeDocument.Span(cp("Forum"), cpEnd("Forum"), "commenting", List.of(),
                "une ONG ; voir [rapport] | *note* -> suite\tfin\nligne 2"));
        spans.add(new InterchangeDocument.Span(cp("clause de réadmission"), cpEnd("clause de réadmission"), "tagging",
                List.of("readmission_clause"), null));
        spans.add(new InterchangeDocument.Span(cp("[art. 13]"), cpEnd("[art. 13]"), "highlighting", List.of(), null));
        spans.add(new InterchangeDocument.Span(cp("Bamako"), cpEnd("Bamako"), null, List.of("ville"), null));
        spans.add(new InterchangeDocument.Span(cp("Dakar"), cpEnd("Dakar"), "questioning", List.of(), "où ?"));
        // in the order both formats give them back: by their dependent's place in the text
        List<InterchangeDocument.Relation> relations = List.of(new InterchangeDocument.Relation(2, 0, "contredit"),
                new InterchangeDocument.Relation(1, 3, "cite"), new InterchangeDocument.Relation(4, 5, null));
        return new InterchangeDocument(TEXT, spans, relations);
    }

    @Test
    void casXmiRoundTripsAndUimaReadsItWithThePublishedTypeSystem() throws Exception {
        InterchangeDocument document = sample();
        byte[] xmi = CasXmi.write(document);
        assertSame(document, CasXmi.read(xmi));

        TypeSystemDescription types = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                new XMLInputSource(new ByteArrayInputStream(InterchangeTypes.xml().getBytes(StandardCharsets.UTF_8)), null));
        CAS cas = CasCreationUtils.createCas(types, null, null);
        XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi), cas, false);
        assertEquals(TEXT, cas.getDocumentText());
        Type passage = cas.getTypeSystem().getType(InterchangeTypes.PASSAGE);
        List<String> covered = new ArrayList<>();
        for (AnnotationFS fs : cas.getAnnotationIndex(passage)) {
            covered.add(fs.getCoveredText());
        }
        assertEquals(List.of("Forum pour un autre Mali", "Forum", "clause de réadmission", "[art. 13]", "Bamako", "Dakar"), covered);
        AnnotationFS forum = cas.getAnnotationIndex(passage).iterator().next();
        assertEquals(TEXT.indexOf("Forum pour"), forum.getBegin(), "UTF-16 units: the emoji counts twice");
        assertEquals("Mali; société civile", forum.getStringValue(passage.getFeatureByBaseName(InterchangeTypes.TAGS)));
        Type link = cas.getTypeSystem().getType(InterchangeTypes.LINK);
        AnnotationFS first = cas.getAnnotationIndex(link).iterator().next();
        assertEquals("Forum pour un autre Mali",
                ((AnnotationFS) first.getFeatureValue(link.getFeatureByBaseName(InterchangeTypes.DEPENDENT))).getCoveredText());
        assertEquals(3, cas.getAnnotationIndex(link).size());
        assertTrue(cas.getAnnotationIndex(cas.getTypeSystem().getType(InterchangeTypes.TOKEN)).size() > 20);
        assertEquals(3, cas.getAnnotationIndex(cas.getTypeSystem().getType(InterchangeTypes.SENTENCE)).size());
    }

    @Test
    void aTextWithCharactersXml10ForbidsIsWrittenAsXml11() {
        String text = "Page 1\fPage 2 \u0001 fin";
        InterchangeDocument document = new InterchangeDocument(text, List.of(new InterchangeDocument.Span(7, 13, "tagging",
                List.of("page"), null)), List.of());
        byte[] xmi = CasXmi.write(document);
        assertTrue(new String(xmi, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.1\""));
        assertSame(document, CasXmi.read(xmi));
    }

    @Test
    void webAnnoTsvRoundTrips() {
        InterchangeDocument document = sample();
        String tsv = WebAnnoTsv.write(document);
        assertTrue(tsv.startsWith("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Passage|comment|motivation|tags\n"
                + "#T_RL=webanno.custom.PassageLink|label|BT_webanno.custom.Passage\n\n\n#Text=Le 😊 Forum"), tsv);
        assertSame(document, WebAnnoTsv.read(tsv));
        assertSame(document, WebAnnoTsv.read(tsv.replace("\n", "\r\n")));
    }

    @Test
    void aTsvWrittenInTheDocumentedLayoutReadsAsMeant() {
        // Written by hand after the WebAnno TSV 3.3 documentation: "Forum pour" is one passage over two tokens
        // stacked with a one-token passage on "Forum" (ids [1], [2]), "Mali" a plain one, and a relation from
        // "Mali" (unambiguous: 0) to passage [1] written on the dependent's first token. Offsets are UTF-16:
        // the emoji before "Forum" counts twice. An unknown layer's column is skipped.
        String tsv = String.join("\n",
                "#FORMAT=WebAnno TSV 3.3",
                "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|value",
                "#T_SP=webanno.custom.Passage|comment|motivation|tags",
                "#T_RL=webanno.custom.PassageLink|label|BT_webanno.custom.Passage",
                "",
                "",
                "#Text=Le 😊 Forum pour Mali",
                "1-1\t0-2\tLe\t_\t_\t_\t_\t_\t_",
                "1-2\t3-5\t😊\t_\t_\t_\t_\t_\t_",
                "1-3\t6-11\tForum\tORG\t*[1]|une ONG \\; voir \\[1\\][2]\t*[1]|commenting[2]\ttagging[1]|*[2]\torganise|*\t1-5[0_1]|1-5[0_2]",
                "1-4\t12-16\tpour\t_\t*[1]\t*[1]\ttagging[1]\t_\t_",
                "1-5\t17-21\tMali\tLOC\t*\ttagging\tMali\t_\t_",
                "",
                "#Text=Deuxième ligne",
                "2-1\t22-30\tDeuxième\t_\t_\t_\t_\t_\t_",
                "2-2\t31-36\tligne\t_\t*\thighlighting\t*\t_\t_",
                "");
        InterchangeDocument read = WebAnnoTsv.read(tsv);
        assertEquals("Le 😊 Forum pour Mali\nDeuxième ligne", read.text());
        assertEquals(List.of(
                new InterchangeDocument.Span(5, 15, null, List.of("tagging"), null),
                new InterchangeDocument.Span(5, 10, "commenting", List.of(), "une ONG ; voir [1]"),
                new InterchangeDocument.Span(16, 20, "tagging", List.of("Mali"), null),
                new InterchangeDocument.Span(30, 35, "highlighting", List.of(), null)), read.spans(),
                "code points: the emoji counts once");
        assertEquals(List.of(new InterchangeDocument.Relation(2, 0, "organise"), new InterchangeDocument.Relation(2, 1, null)),
                read.relations());
    }

    @Test
    void malformedTsvIsA400NamingTheLine() {
        String header = "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Passage|comment|motivation|tags\n\n\n#Text=Un mot\n";
        assertLine(1, () -> WebAnnoTsv.read("#FORMAT=CoNLL\n"));
        assertLine(6, () -> WebAnnoTsv.read(header + "1-1\t0-2\tUn\t_\t_\n"));
        assertLine(6, () -> WebAnnoTsv.read(header + "1-1\tzero\tUn\t_\t_\t_\n"));
        assertLine(7, () -> WebAnnoTsv.read(header + "1-1\t0-2\tUn\t_\t_\t_\n1-2\t3-99\tmot\t_\t_\t_\n"));
        assertLine(2, () -> WebAnnoTsv.read("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Other|value\n\n\n"));
        ProblemException e = assertThrows(ProblemException.class, () -> WebAnnoTsv.read("#FORMAT=WebAnno TSV 3.3\n"
                + "#T_SP=webanno.custom.Passage|comment|motivation|tags\n#T_RL=webanno.custom.PassageLink|label|BT_webanno.custom.Passage\n\n\n"
                + "#Text=Un mot\n1-1\t0-2\tUn\t*[1]|*[2]\t*[1]|*[2]\t*[1]|*[2]\t_\t_\n1-2\t3-6\tmot\t*\t*\t*\tx\t1-1\n"));
        assertEquals(8, e.toProblem().errors().get(0).row(), "an ambiguous governor without ids");
    }

    @Test
    void malformedOrHostileXmiIsA400NamingWhere() {
        ProblemException broken = assertThrows(ProblemException.class,
                () -> CasXmi.read("<?xml version=\"1.0\"?>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\">\n<cas:Sofa\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, broken.toProblem().status());
        assertTrue(broken.toProblem().errors().get(0).row() >= 3, broken.getMessage());
        // an external entity (XXE) is never fetched: any DOCTYPE is refused
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cas=\"http:///uima/cas.ecore\" xmi:version=\"2.0\">"
                + "<cas:Sofa xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\"&e;\"/></xmi:XMI>";
        ProblemException hostile = assertThrows(ProblemException.class, () -> CasXmi.read(xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(hostile.getMessage().contains("DOCTYPE"), hostile.getMessage());
        assertTrue(!hostile.getMessage().contains("root:"), "nothing of the file is read");
        // a passage outside the text
        String outside = new String(CasXmi.write(new InterchangeDocument("abc", List.of(new InterchangeDocument.Span(0, 3, null,
                List.of(), null)), List.of())), StandardCharsets.UTF_8).replace("end=\"3\"", "end=\"30\"");
        ProblemException range = assertThrows(ProblemException.class, () -> CasXmi.read(outside.getBytes(StandardCharsets.UTF_8)));
        assertTrue(range.getMessage().contains("webanno.custom.Passage"), range.getMessage());
        // no sofa: no text
        ProblemException empty = assertThrows(ProblemException.class, () -> CasXmi.read(
                "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(empty.getMessage().contains("no document text"), empty.getMessage());
    }

    /** Equal text, then each passage and each relation, so that a difference is named. */
    static void assertSame(InterchangeDocument expected, InterchangeDocument actual) {
        assertEquals(expected.text(), actual.text());
        assertEquals(expected.spans().size(), actual.spans().size(), actual.spans().toString());
        for (int i = 0; i < expected.spans().size(); i++) {
            assertEquals(expected.spans().get(i), actual.spans().get(i), "span " + i);
        }
        assertEquals(expected.relations(), actual.relations());
        assertEquals(expected, actual);
    }

    private static void assertLine(int line, org.junit.jupiter.api.function.Executable read) {
        ProblemException e = assertThrows(ProblemException.class, read);
        assertEquals(400, e.toProblem().status());
        assertEquals(line, e.toProblem().errors().get(0).row(), e.getMessage());
        assertTrue(e.toProblem().detail().startsWith("line " + line + " "), e.toProblem().detail());
    }
}
