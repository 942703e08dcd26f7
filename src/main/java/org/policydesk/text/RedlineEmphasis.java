package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;

import org.policydesk.model.PolicyDocument;
import org.policydesk.model.RedlineRun;
import org.policydesk.model.RedlineSegment;
import org.policydesk.model.RedlineSegment.Change;
import org.policydesk.model.RunStyle;

/**
 * Gives a redline back the bold and italic of its texts (decision 0013): shared and inserted words take their
 * style from the newer text, deleted words from the older, looked up by position in {@link Redline#readingText}.
 * The comparison itself ignores emphasis, so a word only made bold is not a change.
 */
public final class RedlineEmphasis {

    private RedlineEmphasis() {
    }

    /**
     * Cuts {@code segments} (a comparison of the two documents' reading texts) into runs of one style. Should a
     * segment not be where it is expected in its text (it always is, since the segments rebuild both texts),
     * the rest is set plain rather than wrongly.
     */
    public static List<RedlineRun> runs(PolicyDocument older, PolicyDocument newer, List<RedlineSegment> segments) {
        SegmentStyles olderText = new SegmentStyles(Redline.readingText(older), Redline.readingStyles(older));
        SegmentStyles newerText = new SegmentStyles(Redline.readingText(newer), Redline.readingStyles(newer));
        List<RedlineRun> runs = new ArrayList<>();
        for (RedlineSegment seg : segments) {
            SegmentStyles from = seg.change() == Change.DELETED ? olderText : newerText;
            int at = from.take(seg.text());
            if (seg.change() == Change.SAME) {
                olderText.take(seg.text());
            }
            String text = seg.text();
            int start = 0;
            while (start < text.length()) {
                RunStyle style = from.style(at + start);
                int end = start + 1;
                while (end < text.length() && from.style(at + end) == style) {
                    end++;
                }
                runs.add(new RedlineRun(seg.change(), text.substring(start, end), style));
                start = end;
            }
        }
        return runs;
    }
}
