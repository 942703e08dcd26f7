package org.policydesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One employee as a roster file states them, before it is compared with the store.
 *
 * @param buildingCodes home building first; may be empty
 */
public record StaffRecord(String employeeNo, String lastName, String firstName, String middleName, String position,
                          String email, List<String> buildingCodes, LocalDate hireDate, LocalDate leaveDate,
                          boolean active) {
    public StaffRecord {
        Objects.requireNonNull(employeeNo);
        Objects.requireNonNull(lastName);
        firstName = firstName == null ? "" : firstName;
        buildingCodes = List.copyOf(buildingCodes);
    }

    public static StaffRecord of(Employee e) {
        return new StaffRecord(e.employeeNo(), e.lastName(), e.firstName(), e.middleName(), e.position(), e.email(),
                e.buildingCodes(), e.hireDate(), e.leaveDate(), e.active());
    }

    public String displayName() {
        return new Employee(0, employeeNo, lastName, firstName, middleName, position, email, buildingCodes, hireDate,
                leaveDate, active).displayName();
    }
}
