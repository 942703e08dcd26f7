package org.policydesk.text;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.PartialDate;

/**
 * Finds dates written the ways board policies write them: "June 21, 2023", "Jun. 21 2023", "21 June 2023",
 * "6/21/2023", "6/21/23", "2023-06-21", "June 2023" and a bare "2023". Each is kept at the precision given.
 */
final class DateParser {

    private static final String MONTH_NAMES = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    private static final Pattern DATE = Pattern.compile("(?i)"
            + "(?<iso>\\b(?<iy>\\d{4})-(?<im>\\d{1,2})(?:-(?<id>\\d{1,2}))?\\b)"
            + "|(?<us>\\b(?<um>\\d{1,2})[/.-](?<ud>\\d{1,2})[/.-](?<uy>\\d{4}|\\d{2})\\b)"
            + "|(?<mdy>\\b" + month("mm") + "\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>\\d{4})\\b)"
            + "|(?<dmy>\\b(?<dd>\\d{1,2})\\s+" + month("dm") + ",?\\s+(?<dy>\\d{4})\\b)"
            + "|(?<my2>\\b" + month("ym") + ",?\\s+(?<yy>\\d{4})\\b)"
            + "|(?<nmy>\\b(?<nm>\\d{1,2})/(?<ny>(?:19|20)\\d{2})\\b)"
            + "|(?<year>\\b(?<y>(?:19|20)\\d{2})\\b)");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateParser() {
    }

    /** A month name or abbreviation captured under the given group name. */
    private static String month(String group) {
        return "(?<" + group + ">" + MONTH_NAMES + ")\\.?";
    }

    /** Every date in the text, in order; pieces that look like dates but are impossible are skipped. */
    static List<PartialDate> findAll(String text) {
        List<PartialDate> dates = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                dates.add(toDate(m));
            } catch (DateTimeException | IllegalArgumentException impossible) {
                // "13/45/2023" is no date; leave it in the text, which keeps it anyway
            }
        }
        return dates;
    }

    private static PartialDate toDate(Matcher m) {
        if (m.group("iso") != null) {
            return new PartialDate(num(m.group("iy")), num(m.group("im")), m.group("id") == null ? null : num(m.group("id")));
        }
        if (m.group("us") != null) {
            int year = num(m.group("uy"));
            if (year < 100) {
                year += year < 70 ? 2000 : 1900;
            }
            return new PartialDate(year, num(m.group("um")), num(m.group("ud")));
        }
        if (m.group("mdy") != null) {
            return new PartialDate(num(m.group("my")), monthNumber(m.group("mm")), num(m.group("md")));
        }
        if (m.group("dmy") != null) {
            return new PartialDate(num(m.group("dy")), monthNumber(m.group("dm")), num(m.group("dd")));
        }
        if (m.group("nmy") != null) {
            return new PartialDate(num(m.group("ny")), num(m.group("nm")), null);
        }
        if (m.group("my2") != null) {
            return new PartialDate(num(m.group("yy")), monthNumber(m.group("ym")), null);
        }
        return new PartialDate(num(m.group("y")), null, null);
    }

    /** The text with its dates taken out. */
    static String strip(String text) {
        return DATE.matcher(text).replaceAll(" ");
    }

    static Integer monthNumber(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
