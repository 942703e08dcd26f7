package org.policydesk.pdf.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bytes of the shipped font files, read once from the class path ({@code policydesk/fonts/}) and shared
 * by every document. Each document parses its own copy, so nothing mutable is shared between threads.
 */
public final class FontFiles {

    static final String FALLBACK_FILE = "wqy-microhei.ttc";
    /** The face of the collection that is used: the proportional one. */
    static final String FALLBACK_NAME = "WenQuanYiMicroHei";

    private final Map<FontFace, byte[]> faces = new EnumMap<>(FontFace.class);
    private volatile byte[] fallback;

    private FontFiles() {
        for (FontFace face : FontFace.values()) {
            faces.put(face, read(face.file()));
        }
    }

    private static final class Holder {
        static final FontFiles INSTANCE = new FontFiles();
    }

    /** The shipped fonts; the first call reads the body faces (about 1.5 MB). */
    public static FontFiles shipped() {
        return Holder.INSTANCE;
    }

    byte[] face(FontFace face) {
        return faces.get(face);
    }

    /** The CJK fallback collection (about 5 MB), read on first use. */
    byte[] fallback() {
        byte[] bytes = fallback;
        if (bytes == null) {
            synchronized (this) {
                if (fallback == null) {
                    fallback = read(FALLBACK_FILE);
                }
                bytes = fallback;
            }
        }
        return bytes;
    }

    private static byte[] read(String file) {
        String path = "/policydesk/fonts/" + file;
        try (InputStream in = FontFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + path, e);
        }
    }
}
