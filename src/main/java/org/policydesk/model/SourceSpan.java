package org.policydesk.model;

import java.util.Objects;

/**
 * Where in an imported file a policy came from: the file, and for a PDF the pages (1-based, inclusive).
 * A manual gives many policies with the same file and different pages.
 */
public record SourceSpan(String file, SourceFormat format, int firstPage, int lastPage) {

    public SourceSpan {
        Objects.requireNonNull(file);
        Objects.requireNonNull(format);
        if (firstPage < 0 || lastPage < firstPage) {
            throw new IllegalArgumentException("bad page range " + firstPage + "-" + lastPage);
        }
    }

    /** A file without pages (web page, text, Word). */
    public static SourceSpan whole(String file, SourceFormat format) {
        return new SourceSpan(file, format, 0, 0);
    }

    public boolean hasPages() {
        return firstPage > 0;
    }

    /** "manual.pdf, pages 4-6", "policy.html". */
    @Override
    public String toString() {
        if (!hasPages()) {
            return file;
        }
        return file + (firstPage == lastPage ? ", page " + firstPage : ", pages " + firstPage + "-" + lastPage);
    }
}
