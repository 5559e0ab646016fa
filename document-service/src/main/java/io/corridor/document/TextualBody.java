package io.corridor.document;

/**
 * W3C TextualBody: a comment ({@code text/plain} or {@code text/markdown}, stored as written and
 * never rendered unsanitized), a tag (purpose tagging), a question, an assessment...
 */
public record TextualBody(String value, String format, String language, String purpose) implements AnnotationBody {

    public static final String PLAIN = "text/plain";
    public static final String MARKDOWN = "text/markdown";
}
