package org.policydesk.service.roster;

import org.policydesk.model.LayoutGuess;

/** A roster, training or check request cannot be done; the message is written for the user. */
public class RosterException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What was made of the file's layout before it failed, or null. */
    private final transient LayoutGuess layout;

    public RosterException(String message) {
        this(message, null, null);
    }

    public RosterException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public RosterException(String message, Throwable cause, LayoutGuess layout) {
        super(message, cause);
        this.layout = layout;
    }

    public LayoutGuess layout() {
        return layout;
    }
}
