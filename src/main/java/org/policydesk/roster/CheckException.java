package org.policydesk.roster;

/** A roster check cannot be run (no such policy, no adopted version, no such training); the message is for the user. */
public class CheckException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckException(String message) {
        super(message);
    }
}
