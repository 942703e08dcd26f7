package org.policydesk.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names built from data (a policy's number and title, a building's name) made safe on Windows, macOS
 * and Linux: no path separators or characters Windows refuses, no control characters, no leading dots, no
 * reserved device names, not too long, never empty.
 */
public final class SafeFileNames {

    /** Room for a folder path on Windows' 260-character limit. */
    public static final int MAX_LENGTH = 120;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileNames() {
    }

    /** {@code base} made safe, then {@code .extension}; e.g. ("5:125 Staff Ethics", "pdf") → "5-125 Staff Ethics.pdf". */
    public static String of(String base, String extension) {
        String ext = extension == null ? "" : clean(extension).replace(".", "");
        int room = MAX_LENGTH - (ext.isEmpty() ? 0 : ext.length() + 1);
        String name = clean(base == null ? "" : base);
        if (name.length() > room) {
            int end = Character.isHighSurrogate(name.charAt(room - 1)) ? room - 1 : room;
            name = name.substring(0, end).strip();
        }
        name = stripDotsAndSpaces(name);
        if (name.isEmpty()) {
            name = "untitled";
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return ext.isEmpty() ? name : name + "." + ext;
    }

    private static String clean(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || "/\\:*?\"<>|".indexOf(cp) >= 0
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                    || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.PRIVATE_USE) {
                out.append(cp == ':' || cp == '/' || cp == '\\' || cp == '|' ? '-' : ' ');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static String stripDotsAndSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }
}
