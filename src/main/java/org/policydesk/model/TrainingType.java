package org.policydesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A kind of training and how often it is due.
 *
 * @param recurrenceValue years for {@link Recurrence#EVERY_N_YEARS}, days after hire for
 *                        {@link Recurrence#AT_HIRE}, null for {@link Recurrence#SCHOOL_YEAR}
 * @param newHireGraceDays days a new hire has before a recurring training counts as missing
 * @param policies         the policies it covers, in number order; a new session of the type starts with them
 */
public record TrainingType(long id, String name, Recurrence recurrence, Integer recurrenceValue,
                           int newHireGraceDays, List<PolicyNumber> policies) {
    public TrainingType {
        Objects.requireNonNull(name);
        Objects.requireNonNull(recurrence);
        policies = List.copyOf(policies);
        if (recurrence != Recurrence.SCHOOL_YEAR && (recurrenceValue == null || recurrenceValue <= 0)) {
            throw new IllegalArgumentException(recurrence + " needs a positive number of "
                    + (recurrence == Recurrence.AT_HIRE ? "days" : "years"));
        }
        if (newHireGraceDays < 0) {
            throw new IllegalArgumentException("grace days are not negative");
        }
    }

    /** A type that covers no policies. */
    public TrainingType(long id, String name, Recurrence recurrence, Integer recurrenceValue, int newHireGraceDays) {
        this(id, name, recurrence, recurrenceValue, newHireGraceDays, List.of());
    }

    /** "5:125, 6:235", or "" when it covers none. */
    public String describePolicies() {
        return String.join(", ", policies.stream().map(PolicyNumber::toString).toList());
    }

    /** "every school year", "every 3 years", "within 30 days of hire". */
    public String describeRecurrence() {
        return switch (recurrence) {
            case SCHOOL_YEAR -> "every school year";
            case EVERY_N_YEARS -> "every " + recurrenceValue + (recurrenceValue == 1 ? " year" : " years");
            case AT_HIRE -> "within " + recurrenceValue + " days of hire";
        };
    }
}
