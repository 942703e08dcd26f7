package org.policydesk.model;

import java.util.Locale;

/** The kinds of file a policy can be imported from; the original is kept under its media type. */
public enum SourceFormat {
    TEXT("text/plain"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    HTML("text/html"),
    PDF("application/pdf");

    private final String mediaType;

    SourceFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static SourceFormat ofMediaType(String type) {
        for (SourceFormat f : values()) {
            if (f.mediaType.equals(type)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown media type " + type);
    }

    /** The format a file name says, TEXT for anything else (.txt, .md, no extension). */
    public static SourceFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return PDF;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".docx")) {
            return WORD;
        }
        return TEXT;
    }
}
