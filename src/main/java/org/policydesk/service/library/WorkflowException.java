package org.policydesk.service.library;

/** A library action that cannot be done as asked (an illegal status move, a read-only text); the message is for the user. */
public class WorkflowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }
}
