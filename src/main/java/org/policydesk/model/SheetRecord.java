package org.policydesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A returned sheet as it was recorded: the date signed, when and by whom it was recorded, and for each person on
 * it whether they signed, did not sign, or had their acknowledgment struck out (kept, with the reason).
 */
public record SheetRecord(AckSheet sheet, LocalDate signedOn, Instant recordedAt, String recordedBy,
                          List<Person> people) {

    public SheetRecord {
        people = List.copyOf(people);
    }

    public enum State { SIGNED, NOT_SIGNED, STRUCK }

    /** One person on the sheet; {@code struckReason}, {@code struckBy} and {@code struckAt} only when struck. */
    public record Person(String employeeNo, String name, State state, String struckReason, String struckBy,
                         Instant struckAt) {
    }

    public List<Person> signed() {
        return in(State.SIGNED);
    }

    public List<Person> notSigned() {
        return in(State.NOT_SIGNED);
    }

    public List<Person> struck() {
        return in(State.STRUCK);
    }

    private List<Person> in(State state) {
        return people.stream().filter(p -> p.state() == state).toList();
    }
}
