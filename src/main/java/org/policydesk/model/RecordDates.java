package org.policydesk.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates that cannot be true of something that has already happened (a vote, an attendance): later than today,
 * or before 1900 (a typo such as 0202). Meeting dates for packets may lie ahead and are not checked here.
 */
public final class RecordDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final DateTimeFormatter US_LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private RecordDates() {
    }

    /** Why {@code date} cannot be the date of a past event, or empty when it can; {@code what} starts the sentence. */
    public static Optional<String> problemWithPastDate(LocalDate date, LocalDate today, String what) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.isAfter(today)) {
            return Optional.of(what + " " + US_LONG.format(date) + " is in the future; today is "
                    + US_LONG.format(today) + ".");
        }
        return tooEarly(date, what);
    }

    /** Why {@code date} cannot be a record's date (before 1900), or empty. */
    public static Optional<String> tooEarly(LocalDate date, String what) {
        if (date != null && date.isBefore(EARLIEST)) {
            return Optional.of(what + " " + US_LONG.format(date) + " is before 1900; check the year.");
        }
        return Optional.empty();
    }
}
