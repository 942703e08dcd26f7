package org.policydesk.roster;

/** A column mapping does not fit the file (a required field unmapped, a column the file lacks). */
public class MappingException extends Exception {
    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }
}
