package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.HistoryEntry;
import org.policydesk.model.HistoryKind;
import org.policydesk.model.PartialDate;

/**
 * Reads a history line such as "Adopted: June 21, 2023", "Adopted 5/12/15; Amended: Oct. 18, 2021" or
 * "Revised: 2019, 2022". A line is a history line only when it starts with one of the words and a date follows.
 */
final class HistoryLineParser {

    private static final Pattern KEYWORD = Pattern.compile(
            "(?i)\\b(adopted|amended|revised|reviewed|reaffirmed|re-affirmed|approved|updated)\\b(?:\\s+on)?\\s*[:.\\-–]?");
    private static final Pattern STARTS_WITH_KEYWORD = Pattern.compile("(?i)^\\W*(?:date\\s+)?" + KEYWORD.pattern());
    /**
     * The other ways pages write history: "Last Revised:", "Board Approved", "Date of Adoption:", "Revision
     * Date(s):", "Originally adopted". Read only when the line is little more than labels and dates.
     */
    private static final Pattern LABELLED_KEYWORD = Pattern.compile("(?i)\\b(adopted|amended|revised|reviewed|"
            + "reaffirmed|re-affirmed|approved|updated|adoption|amendments?|revisions?|reviews?|approval)"
            + "\\b(?:\\s+dates?)?(?:\\s+(?:on|by\\s+(?:the\\s+)?board(?:\\s+of\\s+education)?))?\\s*[:.\\-–]?");
    private static final Pattern STARTS_WITH_LABEL = Pattern.compile("(?i)^\\W*(?:(?:date|dates|last|board|originally|"
            + "original|first|policy|most\\s+recently|date\\s+of|and|was|history)[:\\s]+){0,3}" + LABELLED_KEYWORD.pattern());
    private static final Pattern NOT_PROSE = Pattern.compile("(?i)\\b(?:on|by|the|board|of|education|date|dates|last|"
            + "originally|original|first|policy|and|was|most|recently|st|nd|rd|th)\\b");

    private HistoryLineParser() {
    }

    /** The entries of a history line, or empty when the line is not one. */
    static Optional<List<HistoryEntry>> parse(String line) {
        if (line.length() > 300 || !mayStartWithKeyword(line)) {
            return Optional.empty();
        }
        String text = Texts.unmark(line);
        Pattern keyword = KEYWORD;
        if (!STARTS_WITH_KEYWORD.matcher(text).find()) {
            if (!STARTS_WITH_LABEL.matcher(text).find() || !mostlyDates(text)) {
                return Optional.empty();
            }
            keyword = LABELLED_KEYWORD;
        }
        List<HistoryEntry> entries = new ArrayList<>();
        Matcher k = keyword.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<HistoryKind> kinds = new ArrayList<>();
        while (k.find()) {
            spans.add(new int[] {k.start(), k.end()});
            kinds.add(kind(k.group(1)));
        }
        for (int i = 0; i < spans.size(); i++) {
            int from = spans.get(i)[1];
            int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            for (PartialDate date : DateParser.findAll(text.substring(from, to))) {
                entries.add(new HistoryEntry(kinds.get(i), date));
            }
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }

    /** Left when the labels, dates and filler words are taken out: a few letters, not a sentence. */
    private static boolean mostlyDates(String text) {
        String rest = LABELLED_KEYWORD.matcher(text).replaceAll(" ").replaceFirst("(?i)^\\W*history\\b", " ");
        rest = DateParser.strip(rest);
        rest = NOT_PROSE.matcher(rest).replaceAll(" ");
        return rest.chars().filter(Character::isLetter).count() <= 12;
    }

    /** A quick look at the first letter, since every line of a policy passes through here. */
    private static boolean mayStartWithKeyword(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = Character.toLowerCase(line.charAt(i));
            if (Character.isLetter(c)) {
                return "adraulbofpmwh".indexOf(c) >= 0;
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    private static HistoryKind kind(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "adopted":
            case "approved":
            case "adoption":
            case "approval":
                return HistoryKind.ADOPTED;
            case "amended":
            case "amendment":
            case "amendments":
                return HistoryKind.AMENDED;
            case "reviewed":
            case "review":
            case "reviews":
                return HistoryKind.REVIEWED;
            case "reaffirmed":
            case "re-affirmed":
                return HistoryKind.REAFFIRMED;
            default:
                return HistoryKind.REVISED;
        }
    }
}
