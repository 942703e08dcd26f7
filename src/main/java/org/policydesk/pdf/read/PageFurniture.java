package org.policydesk.pdf.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running heads and feet of a printed PDF. A line in the top or bottom band of its page is furniture when the
 * same line (digits aside) stands in the same band on other pages, or when it is a page number, a print stamp
 * or a browser's URL/date line, or when it is set smaller than the body at the very edge of the page. Body text
 * is never judged by its words alone: only lines in a margin band are.
 */
final class PageFurniture {

    private static final Pattern STAMP = Pattern.compile("(?i)^(?:"
            + "-?\\s*(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?\\s*-?"
            + "|.{0,120}\\bpage\\s+\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?\\b.{0,60}"
            + "|.{0,60}\\bprinted(?:\\s+on|\\s+from|\\s*:)?\\s.{0,120}"
            + "|.{0,40}\\bhttps?://\\S+.{0,60}|.{0,40}\\bwww\\.\\S+.{0,60}"
            + "|\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}.{0,120}"
            + "|(?:©|\\(c\\)|copyright\\b).{0,200}"
            + ")$");

    private PageFurniture() {
    }

    /** The lines of {@code lines} that are furniture, as a set of indexes. */
    static Set<Integer> find(List<PositionedLine> lines, int pages, float bodySize) {
        Map<String, Set<Integer>> pagesOfShape = new HashMap<>();
        for (PositionedLine l : lines) {
            if (l.inMargin()) {
                pagesOfShape.computeIfAbsent(band(l) + l.shape(), k -> new HashSet<>()).add(l.page());
            }
        }
        int repeatsAt = pages <= 2 ? 2 : Math.max(3, Math.min(pages / 4, 6));
        Set<Integer> furniture = new HashSet<>();
        for (int k = 0; k < lines.size(); k++) {
            PositionedLine l = lines.get(k);
            if (!l.inMargin()) {
                continue;
            }
            boolean repeated = pages > 1 && pagesOfShape.get(band(l) + l.shape()).size() >= repeatsAt;
            // Set smaller than the body at the very edge of the page: a running line even when it shows only once.
            boolean small = bodySize > 0 && l.fontSize() <= bodySize - 1.5f && (l.top() < 0.08f * l.height()
                    || l.top() > 0.92f * l.height());
            if (repeated || small || STAMP.matcher(l.text()).matches()) {
                furniture.add(k);
            }
        }
        return furniture;
    }

    private static String band(PositionedLine l) {
        return l.inTopBand() ? "T|" : "B|";
    }
}
