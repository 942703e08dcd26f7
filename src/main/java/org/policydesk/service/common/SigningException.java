package org.policydesk.service.common;

/** A PDF could not be signed: wrong password, expired certificate, no key… The message is written for the user. */
public final class SigningException extends Exception {
    private static final long serialVersionUID = 1L;

    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
