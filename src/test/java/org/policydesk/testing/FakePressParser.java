package org.policydesk.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.HistoryKind;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PartialDate;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PressComment;
import org.policydesk.service.PolicyTextParser;

/**
 * A crude stand-in for the real PRESS parser (written elsewhere), good enough for the seed's layout:
 * status line, section, number and title, cross references, "Adopted:" line and PRESSPlus comments.
 * It lets store, service and CLI tests exercise numbered policies before the real parser is merged.
 */
public final class FakePressParser implements PolicyTextParser {

    private static final Pattern STATUS = Pattern.compile("^Document Status:\\s*(.+)$");
    private static final Pattern TITLE = Pattern.compile("^(\\d{1,2}:\\d{1,4})\\s+(.+)$");
    private static final Pattern CROSS = Pattern.compile("(\\d{1,2}:\\d{1,4})\\s*\\(([^)]*)\\)");
    private static final Pattern ADOPTED = Pattern.compile("^Adopted:\\s*(.+)$");
    private static final Pattern COMMENT =
            Pattern.compile("^PRESSPlus (\\d+)\\.\\s*(.*?)\\s*\\*\\*Issue (\\d+), (\\w+ \\d{4})\\*\\*$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    @Override
    public PolicyDocument parse(String text) {
        String status = null;
        String section = null;
        PolicyNumber number = null;
        String title = "";
        String previous = null;
        List<CrossRef> crossRefs = new ArrayList<>();
        List<HistoryEntry> history = new ArrayList<>();
        List<PressComment> comments = new ArrayList<>();
        for (String raw : text.replace("\uFEFF", "").split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = STATUS.matcher(line)).matches()) {
                status = m.group(1);
            } else if (number == null && (m = TITLE.matcher(line)).matches()) {
                number = PolicyNumber.parse(m.group(1));
                title = m.group(2);
                section = previous == null || STATUS.matcher(previous).matches() ? null : previous;
            } else if (line.startsWith("CROSS REF.:")) {
                Matcher c = CROSS.matcher(line);
                while (c.find()) {
                    crossRefs.add(new CrossRef(PolicyNumber.parse(c.group(1)), c.group(2)));
                }
            } else if ((m = ADOPTED.matcher(line)).matches()) {
                history.add(new HistoryEntry(HistoryKind.ADOPTED,
                        PartialDate.of(LocalDate.parse(m.group(1), DAY))));
            } else if ((m = COMMENT.matcher(line)).matches()) {
                comments.add(new PressComment(Integer.parseInt(m.group(1)), m.group(2),
                        Integer.valueOf(m.group(3)), YearMonth.parse(m.group(4), MONTH)));
            }
            previous = line;
        }
        List<ParseWarning> warnings = number == null
                ? List.of(new ParseWarning(0, "no policy number found")) : List.of();
        Block whole = new Block(BlockKind.PARAGRAPH, text, 1, text, List.of(), "", 0, false);
        return new PolicyDocument(text, status, section, number, title, List.of(whole), List.of(), crossRefs,
                history, comments, List.of(), warnings);
    }
}
