package org.policydesk.service.common;

import org.policydesk.model.StoreFailure;

/**
 * The store could not be opened (or restored, or re-keyed), as the service reports it to the window and the CLI;
 * the message is one line written for the user and {@link #kind()} says what went wrong.
 */
public class WorkspaceOpenException extends StoreFailure {
    private static final long serialVersionUID = 1L;

    public WorkspaceOpenException(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    public WorkspaceOpenException(Kind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }
}
