package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.Run;
import org.policydesk.model.RunStyle;

/**
 * Splits a line of PRESS text into styled runs: {@code **bold**}, {@code *italic*}, {@code ***both***},
 * {@code [link](#)} and {@code PRESSPlusN} markers. Unbalanced markup stays as literal text.
 */
public final class InlineParser {

    private static final Pattern TOKEN = Pattern.compile(
            "(\\*\\*\\*)(?=\\S)(.+?)(?<=\\S)\\*\\*\\*"          // bold italic
            + "|(\\*\\*)(?=\\S)(.+?)(?<=\\S)\\*\\*(?!\\*)"      // bold, closing at the last of "***"
            + "|(?<![*\\w])(\\*)(?=[^\\s*])([^*]+?)(?<=\\S)\\*(?![*\\w])" // italic
            + "|\\[([^\\]\\n]*)\\]\\(([^)\\n]*)\\)"             // link
            // A marker is "PRESSPlus" glued to its number; "PRESSPlus 1." with a space starts a comment.
            + "|PRESSPlus(\\d{1,3})(?!\\d)");

    public List<Run> parse(String text) {
        List<Run> runs = new ArrayList<>();
        parseInto(text, RunStyle.PLAIN, runs);
        return merge(runs);
    }

    private void parseInto(String text, RunStyle outer, List<Run> runs) {
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                runs.add(Run.of(outer, text.substring(at, m.start())));
            }
            if (m.group(1) != null) {
                parseInto(m.group(2), RunStyle.BOLD_ITALIC, runs);
            } else if (m.group(3) != null) {
                parseInto(m.group(4), combine(outer, RunStyle.BOLD), runs);
            } else if (m.group(5) != null) {
                parseInto(m.group(6), combine(outer, RunStyle.ITALIC), runs);
            } else if (m.group(7) != null) {
                runs.add(Run.of(RunStyle.LINK, m.group(7)));
            } else {
                runs.add(Run.marker(Integer.parseInt(m.group(9))));
            }
            at = m.end();
        }
        if (at < text.length()) {
            runs.add(Run.of(outer, text.substring(at)));
        }
    }

    private static RunStyle combine(RunStyle outer, RunStyle inner) {
        if (outer == RunStyle.PLAIN) {
            return inner;
        }
        return outer == inner ? inner : RunStyle.BOLD_ITALIC;
    }

    /** Joins neighbouring runs of the same style so renderers get the fewest pieces. */
    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs.size());
        for (Run run : runs) {
            if (run.text().isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                Run last = out.get(out.size() - 1);
                if (last.style() == run.style() && run.style() != RunStyle.MARKER) {
                    out.set(out.size() - 1, Run.of(run.style(), last.text() + run.text()));
                    continue;
                }
            }
            out.add(run);
        }
        return out;
    }
}
