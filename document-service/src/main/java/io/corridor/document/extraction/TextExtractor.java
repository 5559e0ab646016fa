package io.corridor.document.extraction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.corridor.document.PageRange;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Turns an uploaded file into stable text. The format is decided from what the client declares
 * (media type, else file extension) checked against the bytes themselves; PDF goes through PDFBox
 * page by page, DOCX, ODT and HTML through Tika (which guards against archive bombs), Markdown and
 * plain text are decoded as they are (UTF-8, else Windows-1252, a superset of Latin-1's printable
 * range). Every refusal is a 4xx problem naming the form field {@code file}. Blocking: call it off
 * the event loop.
 */
@ApplicationScoped
public class TextExtractor {

    public static final String FIELD = "file";
    private static final Logger LOG = Logger.getLogger(TextExtractor.class);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final AutoDetectParser tika = new AutoDetectParser(TikaConfig.getDefaultConfig());
    private final int maxTextLength;

    public TextExtractor(@ConfigProperty(name = "corridor.documents.max-text-length", defaultValue = "20000000") int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    public Extraction extract(byte[] bytes, String declaredType, String fileName) {
        if (bytes.length == 0) {
            throw new ProblemException(400, "validation", "Invalid request", "file is empty",
                    List.of(Violation.field(FIELD, "is empty")));
        }
        Format format = decideFormat(bytes, declaredType, fileName);
        String text;
        List<PageRange> pages = null;
        boolean noTextLayer = false;
        switch (format) {
            case PDF -> {
                PdfText pdf = pdf(bytes);
                text = pdf.text;
                pages = pdf.pages;
                noTextLayer = pdf.pages.size() > 0 && text.isBlank();
            }
            case TEXT, MARKDOWN -> text = TextNormalizer.normalize(decode(bytes));
            default -> text = TextNormalizer.normalize(tika(bytes, format)).strip();
        }
        if (text.length() > maxTextLength) {
            throw unreadable("yields more than " + maxTextLength + " characters of text");
        }
        return new Extraction(format, text, pages, noTextLayer);
    }

    private Format decideFormat(byte[] bytes, String declaredType, String fileName) {
        String declared = declaredType == null ? null : declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean declaresNothing = declared == null || declared.isEmpty() || declared.equals("application/octet-stream");
        Format claimed = declaresNothing ? Format.ofFileName(fileName) : Format.ofMediaType(declared);
        if (!declaresNothing && claimed == null) {
            throw unsupported("type " + declared + " is not supported");
        }
        MediaType detected = detect(bytes);
        Format sniffed = sniffed(detected);
        if (sniffed == null && looksLikeText(bytes)) {
            // Tika calls Windows-1252 punctuation (0x80-0x9F) binary; these bytes are text all the same.
            sniffed = Format.TEXT;
        }
        if (claimed == null) {
            if (sniffed == null) {
                throw unsupported("type " + detected.getBaseType() + " is not supported");
            }
            return sniffed;
        }
        if (claimed.binary ? sniffed != claimed : (sniffed == null || sniffed.binary)) {
            if (detected.getSubtype().contains("protected") || detected.getSubtype().contains("encrypted")) {
                throw unreadable("is encrypted");
            }
            throw unreadable("is declared as " + claimed.mediaType + " but its content is " + detected.getBaseType());
        }
        return claimed;
    }

    private MediaType detect(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, new Metadata());
        } catch (IOException | RuntimeException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    /** No NUL and almost no control characters in the first 8 KiB (UTF-16 with a byte-order mark aside). */
    static boolean looksLikeText(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return true;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control * 100 <= n;
    }

    private static Format sniffed(MediaType detected) {
        Format exact = Format.ofMediaType(detected.getBaseType().toString());
        if (exact != null) {
            return exact == Format.MARKDOWN ? Format.TEXT : exact;
        }
        return detected.getType().equals("text") ? Format.TEXT : null;
    }

    private record PdfText(String text, List<PageRange> pages) {
    }

    private static PdfText pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> raw = new PagedPdfStripper().pages(document);
            StringBuilder text = new StringBuilder();
            List<PageRange> pages = new ArrayList<>(raw.size());
            int offset = 0;
            for (int i = 0; i < raw.size(); i++) {
                // Normalising page by page keeps the page boundaries exact in the normalised text.
                String page = TextNormalizer.normalize(raw.get(i));
                int length = page.codePointCount(0, page.length());
                pages.add(new PageRange(i + 1, offset, offset + length));
                offset += length;
                text.append(page);
            }
            return new PdfText(text.toString(), pages);
        } catch (InvalidPasswordException e) {
            throw unreadable("is an encrypted PDF that needs a password");
        } catch (IOException | RuntimeException e) {
            LOG.debugf("unreadable PDF: %s", e.toString());
            throw unreadable("is a corrupt or unreadable PDF");
        }
    }

    private String tika(byte[] bytes, Format format) {
        BodyContentHandler handler = new BodyContentHandler(maxTextLength);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, format.mediaType);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            tika.parse(in, handler, metadata, new ParseContext());
            return handler.toString();
        } catch (EncryptedDocumentException e) {
            throw unreadable("is encrypted");
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw unreadable("yields more than " + maxTextLength + " characters of text");
            }
            LOG.debugf("unreadable %s: %s", format, e.toString());
            throw unreadable("could not be read as " + format.mediaType + " (corrupt, or an archive bomb)");
        }
    }

    /** UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static ProblemException unsupported(String message) {
        return new ProblemException(415, "unsupported-file", "Unsupported file type", "file " + message
                + "; accepted: PDF, DOCX, ODT, HTML, Markdown, plain text", List.of(Violation.field(FIELD, message)));
    }

    private static ProblemException unreadable(String message) {
        return new ProblemException(422, "unreadable-file", "Unreadable file", "file " + message,
                List.of(Violation.field(FIELD, message)));
    }
}
