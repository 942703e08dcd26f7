package org.policydesk.service.acknowledgment;

/** An acknowledgment use case cannot go on (unknown sheet, no adopted version…); the message is for the user. */
public final class AckException extends Exception {
    private static final long serialVersionUID = 1L;

    public AckException(String message) {
        super(message);
    }

    public AckException(String message, Throwable cause) {
        super(message, cause);
    }
}
