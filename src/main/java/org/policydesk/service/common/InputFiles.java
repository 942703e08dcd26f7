package org.policydesk.service.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Size limits for files PolicyDesk reads whole, checked before reading so that a 200 MB file chosen by mistake
 * is refused with a sentence instead of running the program out of memory. One place for every reader.
 */
public final class InputFiles {

    /** A policy text: the longest real ones are well under 1 MB. */
    public static final long POLICY_TEXT_MAX_BYTES = 20L * 1024 * 1024;
    /** A roster export (CSV or XLSX): 20,000 staff rows are a few MB. */
    public static final long ROSTER_MAX_BYTES = 50L * 1024 * 1024;
    /** A signed PDF to verify, read whole to check its byte ranges: a 300-page packet is a few MB. */
    public static final long PDF_MAX_BYTES = 100L * 1024 * 1024;

    private InputFiles() {
    }

    /** Why the file is too large to be what it claims, or empty when its size is fine (or unknown). */
    public static Optional<String> tooLarge(Path file, long maxBytes, String what) {
        return tooLarge(file, maxBytes, "imports", what);
    }

    /** As {@link #tooLarge(Path, long, String)}, for a file that is read but not imported ("checks signed PDFs"). */
    public static Optional<String> tooLarge(Path file, long maxBytes, String verb, String what) {
        try {
            return tooLarge(Files.size(file), maxBytes, verb, what);
        } catch (IOException e) {
            return Optional.empty(); // reading it will say what is wrong
        }
    }

    /** As {@link #tooLarge(Path, long, String)} for a size already known. */
    public static Optional<String> tooLarge(long size, long maxBytes, String what) {
        return tooLarge(size, maxBytes, "imports", what);
    }

    private static Optional<String> tooLarge(long size, long maxBytes, String verb, String what) {
        if (size <= maxBytes) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "is %.1f MB; PolicyDesk %s %s of up to %d MB",
                size / (1024.0 * 1024.0), verb, what, maxBytes / (1024 * 1024)));
    }
}
