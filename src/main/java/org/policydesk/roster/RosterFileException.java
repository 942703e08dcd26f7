package org.policydesk.roster;

/** A roster file cannot be read at all (unknown encoding, not a table, too large); the message is for the user. */
public class RosterFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public RosterFileException(String message) {
        super(message);
    }

    public RosterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
