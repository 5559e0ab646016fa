package io.corridor.document.mapping;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLSerializer;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * A document as UIMA CAS XMI (XML 1.0) with the {@link InterchangeTypes} type system, written and
 * read by Apache UIMA ({@code uimaj-core}). Reading is lenient about types it does not know (an
 * INCEpTION export carries many layers; only the passages and their links are taken) and strict
 * about the XML: no DOCTYPE, so no external or expanding entities (XXE). A fault is a 400 naming
 * the line and element.
 */
public final class CasXmi {

    public static final String MEDIA_TYPE = "application/vnd.xmi+xml";

    private CasXmi() {
    }

    public static byte[] write(InterchangeDocument document) {
        CAS cas = newCas();
        String text = document.text();
        cas.setDocumentText(text);
        cas.setDocumentLanguage("x-unspecified");
        Utf16Offsets at = new Utf16Offsets(text);
        List<Integer> cuts = new ArrayList<>();
        for (InterchangeDocument.Span s : document.spans()) {
            cuts.add(at.unit(s.start()));
            cuts.add(at.unit(s.end()));
        }
        Type sentence = cas.getTypeSystem().getType(InterchangeTypes.SENTENCE);
        Type token = cas.getTypeSystem().getType(InterchangeTypes.TOKEN);
        for (Segmentation.Sentence s : Segmentation.of(text, cuts)) {
            cas.addFsToIndexes(cas.createAnnotation(sentence, s.begin(), s.end()));
            for (Segmentation.Token t : s.tokens()) {
                cas.addFsToIndexes(cas.createAnnotation(token, t.begin(), t.end()));
            }
        }
        Type passage = cas.getTypeSystem().getType(InterchangeTypes.PASSAGE);
        List<AnnotationFS> made = new ArrayList<>();
        for (InterchangeDocument.Span s : document.spans()) {
            AnnotationFS fs = cas.createAnnotation(passage, at.unit(s.start()), at.unit(s.end()));
            set(fs, InterchangeTypes.MOTIVATION, s.motivation());
            set(fs, InterchangeTypes.TAGS, InterchangeTypes.joinTags(s.tags()));
            set(fs, InterchangeTypes.COMMENT, s.comment());
            cas.addFsToIndexes(fs);
            made.add(fs);
        }
        Type link = cas.getTypeSystem().getType(InterchangeTypes.LINK);
        for (InterchangeDocument.Relation r : document.relations()) {
            AnnotationFS dependent = made.get(r.dependent());
            // INCEpTION places a relation where its dependent is
            AnnotationFS fs = cas.createAnnotation(link, dependent.getBegin(), dependent.getEnd());
            fs.setFeatureValue(link.getFeatureByBaseName(InterchangeTypes.GOVERNOR), made.get(r.governor()));
            fs.setFeatureValue(link.getFeatureByBaseName(InterchangeTypes.DEPENDENT), dependent);
            set(fs, InterchangeTypes.LABEL, r.label());
            cas.addFsToIndexes(fs);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XmiCasSerializer.serialize(cas, out);
        } catch (SAXException e) {
            // a text with characters XML 1.0 forbids (a form feed, other controls): XML 1.1, as INCEpTION's
            // "UIMA CAS XMI (XML 1.1)" writes it
            out.reset();
            try {
                XMLSerializer xml = new XMLSerializer(out, false);
                xml.setOutputProperty(OutputKeys.VERSION, "1.1");
                new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, xml.getContentHandler());
            } catch (SAXException again) {
                throw new IllegalStateException("cannot write the CAS as XMI", again);
            }
        }
        return out.toByteArray();
    }

    public static InterchangeDocument read(byte[] xmi) {
        CAS cas = newCas();
        Located located = new Located();
        try {
            XMLReader reader = secureParser().newSAXParser().getXMLReader();
            ContentHandler handler = new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, true);
            located.setContentHandler(handler);
            located.setParent(reader);
            located.parse(new InputSource(new ByteArrayInputStream(xmi)));
        } catch (SAXParseException e) {
            throw fault(e.getLineNumber(), located.element, "is not well-formed XMI: " + e.getMessage());
        } catch (SAXException | IOException | RuntimeException e) {
            throw fault(located.line(), located.element, "is not a readable CAS XMI: " + message(e));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser", e);
        }
        String text = cas.getDocumentText();
        if (text == null) {
            throw fault(0, "cas:Sofa", "holds no document text (no sofa with sofaString)");
        }
        Utf16Offsets at = new Utf16Offsets(text);
        Type passage = cas.getTypeSystem().getType(InterchangeTypes.PASSAGE);
        Map<FeatureStructure, Integer> index = new IdentityHashMap<>();
        List<InterchangeDocument.Span> spans = new ArrayList<>();
        for (AnnotationFS fs : cas.getAnnotationIndex(passage)) {
            int start = at.codePoint(fs.getBegin());
            int end = at.codePoint(fs.getEnd());
            if (start < 0 || end < 0 || end <= start) {
                throw fault(0, InterchangeTypes.PASSAGE + " xmi:id=" + fs._id(), "has begin " + fs.getBegin() + " and end "
                        + fs.getEnd() + ": must be a non-empty range inside the text of " + text.length()
                        + " UTF-16 units that does not split a character");
            }
            index.put(fs, spans.size());
            spans.add(new InterchangeDocument.Span(start, end, get(fs, InterchangeTypes.MOTIVATION),
                    InterchangeTypes.splitTags(get(fs, InterchangeTypes.TAGS)), get(fs, InterchangeTypes.COMMENT)));
        }
        Type link = cas.getTypeSystem().getType(InterchangeTypes.LINK);
        Feature governor = link.getFeatureByBaseName(InterchangeTypes.GOVERNOR);
        Feature dependent = link.getFeatureByBaseName(InterchangeTypes.DEPENDENT);
        List<InterchangeDocument.Relation> relations = new ArrayList<>();
        for (AnnotationFS fs : cas.getAnnotationIndex(link)) {
            Integer from = index.get(fs.getFeatureValue(governor));
            Integer to = index.get(fs.getFeatureValue(dependent));
            if (from == null || to == null) {
                throw fault(0, InterchangeTypes.LINK + " xmi:id=" + fs._id(), "must have a Governor and a Dependent that are "
                        + InterchangeTypes.PASSAGE + " annotations");
            }
            relations.add(new InterchangeDocument.Relation(from, to, get(fs, InterchangeTypes.LABEL)));
        }
        return new InterchangeDocument(text, spans, relations);
    }

    private static CAS newCas() {
        try {
            return CasCreationUtils.createCas(InterchangeTypes.description(), null, null);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("the interchange type system is invalid", e);
        }
    }

    /** No DOCTYPE at all: neither external entities nor entity expansion can reach the CAS. */
    private static SAXParserFactory secureParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    private static void set(FeatureStructure fs, String feature, String value) {
        if (value != null && !value.isEmpty()) {
            fs.setStringValue(fs.getType().getFeatureByBaseName(feature), value);
        }
    }

    private static String get(FeatureStructure fs, String feature) {
        String value = fs.getStringValue(fs.getType().getFeatureByBaseName(feature));
        return value == null || value.isBlank() ? null : value;
    }

    private static String message(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static ProblemException fault(int line, String element, String message) {
        String where = (line > 0 ? "line " + line : "") + (element == null ? "" : (line > 0 ? ", " : "") + "element " + element);
        String detail = (where.isEmpty() ? "the XMI " : where + " ") + message;
        Violation v = line > 0 ? Violation.row(line, "body", element, message) : Violation.field("body", element, message);
        return new ProblemException(400, "validation", "Invalid request", detail, List.of(v));
    }

    /** Passes SAX events through and remembers where the parser is, for problems. */
    private static final class Located extends XMLFilterImpl {

        private Locator locator;
        String element;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            element = qName;
            super.startElement(uri, localName, qName, atts);
        }

        int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }
    }
}
