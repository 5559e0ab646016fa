package io.corridor.document.extraction;

import java.util.Locale;

/** The file formats the library accepts, each with the media type its originals are served with. */
public enum Format {
    PDF("application/pdf", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
    ODT("application/vnd.oasis.opendocument.text", true),
    HTML("text/html", false),
    MARKDOWN("text/markdown", false),
    TEXT("text/plain", false);

    public final String mediaType;
    /** Binary formats are recognised by their bytes; text formats by what the client declares. */
    public final boolean binary;

    Format(String mediaType, boolean binary) {
        this.mediaType = mediaType;
        this.binary = binary;
    }

    /** The format of a media type (parameters ignored), or null when it is not one we accept. */
    public static Format ofMediaType(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/pdf", "application/x-pdf" -> PDF;
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> DOCX;
            case "application/vnd.oasis.opendocument.text" -> ODT;
            case "text/html", "application/xhtml+xml" -> HTML;
            case "text/markdown", "text/x-markdown", "text/x-web-markdown" -> MARKDOWN;
            case "text/plain" -> TEXT;
            default -> null;
        };
    }

    /** The format a file name suggests by its extension, or null. */
    public static Format ofFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        return switch (name.substring(dot + 1)) {
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            case "odt" -> ODT;
            case "html", "htm", "xhtml" -> HTML;
            case "md", "markdown" -> MARKDOWN;
            case "txt", "text" -> TEXT;
            default -> null;
        };
    }
}
