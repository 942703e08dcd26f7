package org.policydesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A staff member. {@code employeeNo} is the district's ID as text, so leading zeros stay. Employees are
 * never deleted: one who left is inactive with a leave date.
 *
 * @param buildingCodes the buildings worked in, home building first
 */
public record Employee(long id, String employeeNo, String lastName, String firstName, String middleName,
                       String position, String email, List<String> buildingCodes, LocalDate hireDate,
                       LocalDate leaveDate, boolean active) {
    public Employee {
        Objects.requireNonNull(employeeNo);
        Objects.requireNonNull(lastName);
        firstName = firstName == null ? "" : firstName;
        buildingCodes = List.copyOf(buildingCodes);
    }

    /** "Last, First M" as rosters print it. */
    public String displayName() {
        StringBuilder sb = new StringBuilder(lastName);
        if (!firstName.isEmpty()) {
            sb.append(", ").append(firstName);
        }
        if (middleName != null && !middleName.isEmpty()) {
            sb.append(' ').append(middleName);
        }
        return sb.toString();
    }
}
