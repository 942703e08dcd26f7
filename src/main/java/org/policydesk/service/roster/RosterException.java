package org.policydesk.service.roster;

/** A roster, training or check request cannot be done; the message is written for the user. */
public class RosterException extends Exception {
    private static final long serialVersionUID = 1L;

    public RosterException(String message) {
        super(message);
    }

    public RosterException(String message, Throwable cause) {
        super(message, cause);
    }
}
