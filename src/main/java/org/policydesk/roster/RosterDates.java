package org.policydesk.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates HR and SIS exports write: ISO {@code 2019-08-15}, US {@code 8/15/2019} and {@code 8/15/19},
 * {@code 08-15-2019}, {@code 15-Aug-2019}, {@code Aug 15, 2019}, {@code 20190815}, an ISO timestamp, and Excel
 * serial day numbers ({@code 43692}). Slashed dates are US month/day, as Illinois districts write them.
 */
public final class RosterDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]+Z?)?");
    private static final Pattern US = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{2}|\\d{4})(?: [0-9:]+(?: ?[AaPp][Mm])?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("(\\d{1,2})[- ]([A-Za-z]{3,9})[- ](\\d{2}|\\d{4})");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(?:\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private RosterDates() {
    }

    /** The date, empty for a blank cell; a non-blank cell that is no date throws. */
    public static Optional<LocalDate> parse(String text, LocalDate today) throws IllegalArgumentException {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate date = match(s, today);
            if (date != null) {
                return Optional.of(date);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unreadable date \"" + s + "\"", e);
        }
        throw new IllegalArgumentException("unreadable date \"" + s + "\"");
    }

    /** The date, or null when the text is not one: for guessing a column, where most cells are not dates. */
    static LocalDate orNull(String text, LocalDate today) {
        try {
            return match(text.strip(), today);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate match(String s, LocalDate today) {
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = US.matcher(s)).matches()) {
            return LocalDate.of(year(m.group(3), today), num(m, 1), num(m, 2));
        }
        if ((m = COMPACT.matcher(s)).matches()) {
            return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = DAY_MONTH_NAME.matcher(s)).matches()) {
            return LocalDate.of(year(m.group(3), today), month(m.group(2)), num(m, 1));
        }
        if ((m = MONTH_NAME_DAY.matcher(s)).matches()) {
            return LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2));
        }
        if (SERIAL.matcher(s).matches()) {
            long days = (long) Double.parseDouble(s);
            if (days > 10_000 && days < 80_000) {
                return EXCEL_EPOCH.plusDays(days);
            }
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Two-digit years up to ten years ahead of today are this century, the rest the last. */
    private static int year(String text, LocalDate today) {
        int y = Integer.parseInt(text);
        if (text.length() == 4) {
            return y;
        }
        int pivot = (today.getYear() + 10) % 100;
        int century = today.getYear() / 100 * 100;
        return y <= pivot ? century + y : century - 100 + y;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (key.length() >= 3 && full.startsWith(key)) {
                return month.getValue();
            }
        }
        if (key.equals("sept")) {
            return 9;
        }
        throw new DateTimeException("no month named " + name);
    }
}
