package org.policydesk.model;

import java.util.List;

/** What a roster file column can hold. */
public enum RosterField {
    EMPLOYEE_ID("Employee ID", "employee id", "emp id", "empid", "employee number", "employee no", "emp no",
            "staff id", "id", "employee #", "emp #", "badge", "employee", "emp", "teacher number", "teacher id",
            "staff number", "local staff id", "personnel id", "payroll id", "employee code", "emp num", "empno"),
    FULL_NAME("Full name (Last, First MI)", "name", "full name", "employee name", "staff name", "last, first",
            "last first"),
    LAST_NAME("Last name", "last name", "last", "surname", "family name", "lname", "last_name"),
    FIRST_NAME("First name", "first name", "first", "given name", "fname", "first_name", "preferred first name"),
    MIDDLE_NAME("Middle name or initial", "middle name", "middle", "mi", "middle initial"),
    POSITION("Position", "position", "title", "job title", "job", "assignment", "role", "position title",
            "job description"),
    EMAIL("Email", "email", "e-mail", "email address", "work email", "district email"),
    BUILDING("Building (one or more columns)", "building", "school", "location", "site", "building code",
            "school code", "loc", "building 2", "second building", "additional building", "building1",
            "building2", "location code", "home building", "primary building", "secondary building"),
    HIRE_DATE("Hire date", "hire date", "hired", "date of hire", "start date", "doh", "original hire date"),
    LEAVE_DATE("Leave date", "leave date", "termination date", "term date", "end date", "separation date",
            "date left"),
    STATUS("Status (active / inactive)", "status", "active", "employment status", "emp status", "payroll status",
            "account state", "employee status");

    private final String label;
    private final List<String> headerWords;

    RosterField(String label, String... headerWords) {
        this.label = label;
        this.headerWords = List.of(headerWords);
    }

    public String label() {
        return label;
    }

    /** Header texts (lower case, spaces normalised) that suggest this field. */
    public List<String> headerWords() {
        return headerWords;
    }

    /** The name used on the command line and in JSON: "employee_id". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A field that may be mapped to several columns. */
    public boolean repeatable() {
        return this == BUILDING;
    }
}
