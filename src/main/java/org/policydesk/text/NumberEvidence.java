package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.PolicyNumber;

/**
 * Where a policy number stands in a line, and so how much it says: alone, at the start of a heading, inside a
 * label ("Board Policy 5:260", "Policy No. 5.260"), at the end of a title, or somewhere in prose. The three
 * notations 5:260, 5.260 and 5-260 are read alike; the dot and dash forms need more support, since statutes
 * and dates use them too.
 */
final class NumberEvidence {

    enum Place { ALONE, LABELLED, LEADING, TRAILING, INLINE }

    /**
     * One number found in a line.
     *
     * @param before the line's text before the number (label words excluded for LABELLED)
     * @param after  the line's text after the number
     * @param colon  written with a colon, the notation that is never a decimal, date or statute
     * @param start  where the number (or its label) starts in the line
     * @param bracketed a bracket follows the number, as in a cross reference's "7:140 (Search and Seizure)"
     */
    record Found(PolicyNumber number, Place place, String before, String after, boolean colon, int start,
                 boolean bracketed) {

        /** How strongly the position alone says "this is the policy's number". */
        double weight() {
            double w = switch (place) {
                case ALONE -> 0.85;
                case LABELLED -> 0.9;
                case LEADING -> 0.8;
                case TRAILING -> 0.65;
                case INLINE -> 0.15;
            };
            if (!colon && place != Place.LABELLED) {
                w -= 0.1;
            }
            if (number.chapter() < 1 || number.chapter() > 8) {
                w -= colon ? 0.05 : 0.25;
            }
            return Math.max(0, w);
        }
    }

    private static final String NUMBER = "(\\d{1,2})\\s*([:.\\-–])\\s*(\\d{2,4})(\\s*-\\s*(?:AP|E|EX|R)\\d{0,2})?";
    private static final Pattern ANY = Pattern.compile("(?<![\\w./:§-])" + NUMBER + "(?![\\w:/]|[.\\-]\\d)");
    private static final Pattern LABEL = Pattern.compile("(?i)(?:^|\\b)((?:board\\s+)?(?:policy|pol\\.|code|file|bp|ap)"
            + "\\s*(?:no\\.?|number|num\\.?|code|#)?\\s*:?\\s*#?\\s*)$");
    private static final Pattern STATUTE_BEFORE = Pattern.compile(
            "(?i)(?:ilcs|code|admin\\.?|§|sec\\.?|section|u\\.s\\.c\\.?|c\\.f\\.r\\.?|p\\.a\\.?|art\\.?|rule|chapter|ch\\.)\\s*$");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s\\-–—:|,.()\\[\\]]+|[\\s\\-–—:|,(\\[]+$");

    private NumberEvidence() {
    }

    static List<Found> in(String line) {
        List<Found> found = new ArrayList<>();
        Matcher m = ANY.matcher(line);
        while (m.find()) {
            of(line, m).ifPresent(found::add);
        }
        return found;
    }

    /** The strongest number in a line, if any. */
    static Optional<Found> best(String line) {
        return in(line).stream().max((a, b) -> Double.compare(a.weight(), b.weight()));
    }

    private static Optional<Found> of(String line, Matcher m) {
        String sep = m.group(2);
        boolean colon = sep.equals(":");
        String beforeRaw = line.substring(0, m.start());
        String after = line.substring(m.end());
        if (STATUTE_BEFORE.matcher(beforeRaw).find()) {
            return Optional.empty();
        }
        if (!colon && (after.matches("(?i)^\\s*(?:ilcs|%|percent|am|pm|a\\.m\\.|p\\.m\\.).*")
                || beforeRaw.matches(".*[$]\\s*$"))) {
            return Optional.empty();
        }
        Optional<PolicyNumber> number = PolicyNumber.tryParse(m.group(1) + ":" + m.group(3)
                + (m.group(4) == null ? "" : m.group(4)));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        Matcher label = LABEL.matcher(beforeRaw);
        String before = beforeRaw;
        Place place;
        int start = m.start();
        if (label.find()) {
            before = beforeRaw.substring(0, label.start(1));
            start = label.start(1);
            place = Place.LABELLED;
        } else if (clean(beforeRaw).isEmpty()) {
            place = clean(after).isEmpty() ? Place.ALONE : Place.LEADING;
        } else if (clean(after).isEmpty() && line.length() <= 160) {
            place = Place.TRAILING;
        } else {
            place = Place.INLINE;
        }
        if (!colon && place == Place.INLINE) {
            return Optional.empty();
        }
        return Optional.of(new Found(number.get(), place, clean(before), clean(after), colon, start,
                after.trim().startsWith("(")));
    }

    /** Text beside a number without the dashes, colons, bars and brackets that set it off. */
    static String clean(String s) {
        String t = SEPARATORS.matcher(s.trim()).replaceAll("").trim();
        return t.toLowerCase(Locale.ROOT).matches("^policy$|^board policy$") ? "" : t;
    }
}
