package org.policydesk.model;

/** One person printed on an acknowledgment sheet. {@code name} is "Last, First M". */
public record SheetLine(long employeeId, String employeeNo, String name, String position) {
}
