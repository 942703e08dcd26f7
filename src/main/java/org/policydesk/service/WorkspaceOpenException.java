package org.policydesk.service;

/** The store could not be opened; the message is one line written for the user. */
public class WorkspaceOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkspaceOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
