package org.policydesk.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/** A school or office. {@code code} is the one the HR and SIS exports use ("0150", "HS"). */
public record Building(long id, String code, String name) {
    public Building {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
    }

    /**
     * The key a file's text for a building is matched by: lower case, accents and everything but letters and
     * digits dropped. "Lincoln Elem." and "LINCOLN ELEM" are one key.
     */
    public static String aliasKey(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
