package org.policydesk.cli;

/** A command cannot do what was asked; the message is the one line shown on stderr. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliFailure(String message) {
        super(message);
    }
}
