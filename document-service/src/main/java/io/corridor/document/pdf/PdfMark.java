package io.corridor.document.pdf;

import java.time.OffsetDateTime;
import java.util.List;

import io.corridor.document.anchoring.Quote;

/**
 * What one passage annotation becomes in an annotated PDF: the passage (code points of the
 * version's text, with its quote for when the text has to be found again), its IRI (the PDF's NM),
 * author (T), plain-text contents, subject, colour, dates, and the replies shown under it.
 */
public record PdfMark(String iri, Quote passage, String motivation, String author, String subject, String contents,
        OffsetDateTime created, OffsetDateTime modified, List<Reply> replies) {

    public PdfMark {
        replies = replies == null ? List.of() : List.copyOf(replies);
    }

    /** A reply: a Text annotation in reply to (IRT) the highlight or reply it answers ({@code inReplyTo}, an IRI). */
    public record Reply(String iri, String inReplyTo, String author, String contents, OffsetDateTime created,
            OffsetDateTime modified) {
    }
}
