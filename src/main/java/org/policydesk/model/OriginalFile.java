package org.policydesk.model;

import java.util.Objects;

/**
 * The file a version was imported from, as it was: its name, format and bytes, and for a PDF the pages the
 * version came from (0 when the file has no pages).
 */
public record OriginalFile(String fileName, SourceFormat format, byte[] content, int firstPage, int lastPage) {

    public OriginalFile {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(format);
        Objects.requireNonNull(content);
    }

    public SourceSpan span() {
        return firstPage > 0 ? new SourceSpan(fileName, format, firstPage, lastPage) : SourceSpan.whole(fileName, format);
    }
}
