package org.policydesk.gui;

/** Turns failures into the one short sentence a user sees; details go to the log, never to the screen. */
final class UserMessages {
    private static final int MAX_LENGTH = 200;

    private UserMessages() {
    }

    static String oneSentence(Throwable failure) {
        String text = failure == null ? null : failure.getMessage();
        if (text == null || text.isBlank()) {
            return "Something unexpected went wrong; the details are in the log.";
        }
        text = text.strip().lines().findFirst().orElse("");
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH - 1) + "…";
        }
        return text;
    }
}
