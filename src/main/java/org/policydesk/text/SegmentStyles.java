package org.policydesk.text;

import org.policydesk.model.RunStyle;

/**
 * The run style of each character of one version's reading text, read in step with a redline's segments; the
 * in-app redline and the packet's both use it, so bold and italic come out the same in each. Should a segment
 * not be where it is expected (it always is), its words are set plain rather than wrongly styled.
 */
public final class SegmentStyles {
    private final String text;
    private final RunStyle[] styles;
    private int next;
    private boolean lost;

    public SegmentStyles(String text, RunStyle[] styles) {
        this.text = text;
        this.styles = styles;
        this.lost = styles.length != text.length();
    }

    /** Where {@code segment} starts in this text; moves past it. */
    public int take(String segment) {
        int at = next;
        lost |= !text.startsWith(segment, at);
        next += segment.length();
        return at;
    }

    public RunStyle style(int at) {
        return lost || at >= styles.length ? RunStyle.PLAIN : styles[at];
    }
}
