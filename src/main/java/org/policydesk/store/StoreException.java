package org.policydesk.store;

import org.policydesk.model.StoreFailure;

/** The store cannot be opened or used; the message is written for the user, the kind says what went wrong. */
public class StoreException extends StoreFailure {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }
}
