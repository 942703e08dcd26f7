package org.policydesk.model;

/** A draft as the editor left it: its saved text and where the caret was. */
public record DraftState(PolicyVersion version, PolicyNumber number, String text, int caret) {
}
