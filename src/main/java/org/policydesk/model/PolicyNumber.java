package org.policydesk.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A board policy number such as {@code 5:125}, normalised from the notations districts use
 * ({@code 5.125}, {@code 5:125}, {@code 2:010}, {@code 7:180-AP1}).
 *
 * <p>The number part drops leading zeros ("2:010" is PRESS policy 2:10); a suffix for administrative
 * procedures and exhibits is kept upper-case.
 */
public record PolicyNumber(int chapter, int number, String suffix) implements Comparable<PolicyNumber> {

    /** Whole-string form: chapter, a colon or dot, the number, an optional -AP / -E suffix. */
    private static final Pattern FORM = Pattern.compile(
            "(?i)^\\s*(\\d{1,2})\\s*[:.]\\s*(\\d{1,4})(\\s*-\\s*(?:AP|E|EX|R)\\d{0,2}(?:\\s*,\\s*E\\d{0,2})?)?\\s*$");

    private static final Comparator<PolicyNumber> ORDER = Comparator.comparingInt(PolicyNumber::chapter)
            .thenComparingInt(PolicyNumber::number)
            .thenComparing(PolicyNumber::suffix);

    public PolicyNumber {
        if (chapter < 0 || number < 0) {
            throw new IllegalArgumentException("policy numbers are not negative");
        }
        suffix = suffix == null ? "" : suffix;
    }

    /** Parses a whole string as a policy number, or returns empty when it is not one. */
    public static Optional<PolicyNumber> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String suffix = m.group(3) == null ? "" : m.group(3).replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT)
                .replace(",", ", ");
        return Optional.of(new PolicyNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), suffix));
    }

    /** Parses a whole string as a policy number, failing with a message that quotes the input. */
    public static PolicyNumber parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "\"" + text + "\" is not a policy number (expected a form like 5:125)"));
    }

    @Override
    public int compareTo(PolicyNumber other) {
        return ORDER.compare(this, Objects.requireNonNull(other));
    }

    @Override
    public String toString() {
        return chapter + ":" + number + suffix;
    }
}
