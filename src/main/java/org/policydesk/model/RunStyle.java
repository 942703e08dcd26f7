package org.policydesk.model;

/** How a piece of inline text is shown. */
public enum RunStyle {
    PLAIN, BOLD, ITALIC, BOLD_ITALIC, LINK, MARKER
}
