package org.policydesk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as precise as the policy text gives it: a day, a month or just a year.
 * "Adopted: June 2019" is a month, never an invented first of June.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            LocalDate.of(year, month, day); // validates the day of month
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static PartialDate parseIso(String iso) {
        String[] parts = Objects.requireNonNull(iso).split("-");
        int year = Integer.parseInt(parts[0]);
        Integer month = parts.length > 1 ? Integer.valueOf(parts[1]) : null;
        Integer day = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
        return new PartialDate(year, month, day);
    }

    /** ISO form at the precision known: {@code 2023-06-21}, {@code 2023-06} or {@code 2023}. */
    public String toIso() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month == null ? 0 : month, o.month == null ? 0 : o.month);
        }
        if (c == 0) {
            c = Integer.compare(day == null ? 0 : day, o.day == null ? 0 : o.day);
        }
        return c;
    }

    @Override
    public String toString() {
        return toIso();
    }
}
