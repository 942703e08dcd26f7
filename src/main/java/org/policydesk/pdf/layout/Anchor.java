package org.policydesk.pdf.layout;

/**
 * A place in the document that the outline (bookmarks) and the table of contents point to.
 *
 * @param level 0 for a top-level bookmark, 1 for its child, and so on
 */
public record Anchor(String key, String title, int level) {
}
