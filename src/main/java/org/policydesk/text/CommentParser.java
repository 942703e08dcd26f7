package org.policydesk.text;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.PartialDate;
import org.policydesk.model.PressComment;

/** Reads "PRESSPlus 1. Updated for continuous improvement. **Issue 117, October 2024**" into a comment. */
final class CommentParser {

    static final Pattern HEADING = Pattern.compile("(?i)^\\W*PRESS\\s*Plus\\s+Comments?\\W*$");
    static final Pattern START = Pattern.compile("(?i)^\\W{0,4}PRESS\\s*Plus\\s*(\\d{1,3})\\s*[.:)\\]]\\s*(.*)$");
    private static final Pattern ISSUE = Pattern.compile("(?i)\\bIssue\\s*(?:No\\.?\\s*|#\\s*)?(\\d{1,4})\\b");

    private CommentParser() {
    }

    /** The comment number and its text when the line starts a comment. */
    static Optional<Matcher> start(String line) {
        Matcher m = START.matcher(line);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    static PressComment comment(int n, String text) {
        String plain = Texts.plain(text);
        Matcher issue = ISSUE.matcher(plain);
        Integer issueNumber = issue.find() ? Integer.valueOf(issue.group(1)) : null;
        // The issued month follows the issue number; fall back to any month in the comment.
        String afterIssue = issueNumber == null ? plain : plain.substring(issue.end());
        YearMonth issued = firstMonth(afterIssue).or(() -> firstMonth(plain)).orElse(null);
        return new PressComment(n, plain, issueNumber, issued);
    }

    private static Optional<YearMonth> firstMonth(String text) {
        List<PartialDate> dates = DateParser.findAll(text);
        return dates.stream().filter(d -> d.month() != null).findFirst()
                .map(d -> YearMonth.of(d.year(), d.month()));
    }
}
