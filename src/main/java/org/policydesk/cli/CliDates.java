package org.policydesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates typed on the command line: ISO only, and one clear line when it is not one. */
final class CliDates {

    /** Dates in sentences for people, as in documents: "December 15, 2026" (JSON keeps ISO). */
    private static final DateTimeFormatter DOCUMENT = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private CliDates() {
    }

    static String document(LocalDate date) {
        return DOCUMENT.format(date);
    }

    /** Parses {@code YYYY-MM-DD}; a bad value fails as "\"15/12/2026\" is not a date (expected …)". */
    static LocalDate parse(String text) {
        return parse(null, text);
    }

    /** As {@link #parse(String)}, naming the option (such as {@code --as-of}) in the failure. */
    static LocalDate parse(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliFailure((option == null ? "" : option + " ") + "\"" + text
                    + "\" is not a date (expected YYYY-MM-DD, such as 2026-12-15)");
        }
    }
}
