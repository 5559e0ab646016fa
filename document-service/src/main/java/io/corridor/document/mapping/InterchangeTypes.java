package io.corridor.document.mapping;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.xml.sax.SAXException;

/**
 * The UIMA type system of Corridor's interchange, in INCEpTION's naming: a custom span layer
 * {@value #PASSAGE} (string features motivation, tags, comment) and a custom relation layer
 * {@value #LINK} over it (Governor, Dependent, label), plus DKPro Core's Sentence and Token, which
 * INCEpTION displays by. An INCEpTION project that defines these two layers imports Corridor's XMI
 * and TSV, and exports what Corridor imports.
 */
public final class InterchangeTypes {

    public static final String PASSAGE = "webanno.custom.Passage";
    public static final String LINK = "webanno.custom.PassageLink";
    public static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
    public static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";

    public static final String MOTIVATION = "motivation";
    public static final String TAGS = "tags";
    public static final String COMMENT = "comment";
    public static final String LABEL = "label";
    public static final String GOVERNOR = "Governor";
    public static final String DEPENDENT = "Dependent";

    /** Several tags of one passage in one string feature (INCEpTION's TSV has no multi-valued features). */
    public static final String TAG_SEPARATOR = "; ";

    private static final String ANNOTATION = "uima.tcas.Annotation";
    private static final String STRING = "uima.cas.String";

    private InterchangeTypes() {
    }

    public static TypeSystemDescription description() {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.setName("Corridor interchange");
        types.addType(SENTENCE, "A sentence (a line of the text)", ANNOTATION);
        types.addType(TOKEN, "A token", ANNOTATION);
        TypeDescription passage = types.addType(PASSAGE, "A Corridor annotation on a passage", ANNOTATION);
        passage.addFeature(MOTIVATION, "The W3C motivation (commenting, tagging, highlighting...)", STRING);
        passage.addFeature(TAGS, "The tags, joined with \"" + TAG_SEPARATOR + "\"", STRING);
        passage.addFeature(COMMENT, "The comment", STRING);
        TypeDescription link = types.addType(LINK, "A typed relation between two passages", ANNOTATION);
        link.addFeature(GOVERNOR, "The passage the relation starts from", PASSAGE);
        link.addFeature(DEPENDENT, "The passage the relation points to", PASSAGE);
        link.addFeature(LABEL, "The relation's type", STRING);
        return types;
    }

    /** The type system descriptor (TypeSystem.xml) for tools that read XMI with a separate type system. */
    public static String xml() {
        StringWriter out = new StringWriter();
        try {
            description().toXML(out);
        } catch (SAXException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot write the type system", e));
        }
        return out.toString();
    }

    /** The tags of a passage in one feature value; null when none. */
    static String joinTags(java.util.List<String> tags) {
        return tags.isEmpty() ? null : String.join(TAG_SEPARATOR, tags);
    }

    static java.util.List<String> splitTags(String value) {
        if (value == null || value.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(value.split(TAG_SEPARATOR.strip())).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
