package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.LegalRef;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PressComment;
import org.policydesk.model.PressMarker;
import org.policydesk.model.Run;

/**
 * Reads policy text into a {@link PolicyDocument}: PRESS layout first, and whatever other layouts a
 * district's copy comes in. It never throws and never drops text: every line lands in exactly one block,
 * and what it cannot place is kept as a paragraph with a warning that names the line.
 */
public final class PressParser {

    private static final Pattern STATUS = Pattern.compile("(?i)^(?:document\\s+)?status\\s*:\\s*(.+)$");
    private static final Pattern TITLE_NUMBER_FIRST = Pattern.compile(
            "(?i)^(?:(?:board\\s+)?policy\\s*(?:no\\.?|number|#)?\\s*)?"
            + "(\\d{1,2}\\s*[:.]\\s*\\d{1,4}(?:\\s*-\\s*(?:AP|E)\\d{0,2})?)(?![\\d:.])"
            + "\\s*(?:[-–—:|]\\s*)?(.*)$");
    private static final Pattern TITLE_NUMBER_LAST = Pattern.compile(
            "(?i)^(\\D.*?)\\s*[-–—|(]?\\s*(?:policy\\s*)?(\\d{1,2}\\s*[:.]\\s*\\d{1,4})\\)?$");
    private static final Pattern SECTION_PREFIX = Pattern.compile("(?i)^(?:section|chapter)\\s+\\d{1,2}\\s*[-–—:.]?\\s*");
    private static final Pattern LEGAL_LABEL = Pattern.compile(
            "(?i)^legal\\s+ref(?:erence)?s?(?:\\(s\\))?(?:\\s*\\.\\s*:?|\\s*:|\\s*$)\\s*(.*)$");
    private static final Pattern CROSS_LABEL = Pattern.compile(
            "(?i)^cross\\s+ref(?:erence)?s?(?:\\(s\\))?(?:\\s*\\.\\s*:?|\\s*:|\\s*$)\\s*(.*)$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
    private static final Pattern WHOLE_BOLD = Pattern.compile("^\\*\\*([^*]+)\\*\\*$");
    private static final Pattern MARKER = Pattern.compile("PRESSPlus(\\d{1,3})(?!\\d)");

    private final InlineParser inline = new InlineParser();

    public PolicyDocument parse(String text) {
        return new Parse(text).parse();
    }

    private enum Zone { HEADER, BODY, LEGAL, CROSS, COMMENTS }

    /** One parse: the state of walking the lines once. */
    private final class Parse {
        private final String text;
        private final List<SourceLine> lines;
        private final List<BlockDraft> blocks = new ArrayList<>();
        private final List<ParseWarning> warnings = new ArrayList<>();
        private final List<LegalRef> legalRefs = new ArrayList<>();
        private final List<HistoryEntry> history = new ArrayList<>();
        private final TreeMap<Integer, CommentDraft> comments = new TreeMap<>();
        private final StringBuilder crossText = new StringBuilder();
        private final ListNesting nesting = new ListNesting();
        private int crossLine;
        private Zone zone = Zone.HEADER;
        private String statusLabel;
        private String section;
        private PolicyNumber number;
        private String title;
        private boolean awaitingTitle;
        private CommentDraft openComment;
        private int i;

        Parse(String text) {
            this.text = text;
            this.lines = LineSplitter.split(text);
        }

        PolicyDocument parse() {
            while (i < lines.size()) {
                SourceLine line = lines.get(i);
                if (line.isBlank()) {
                    blank();
                } else {
                    line(line);
                }
            }
            finishHeader();
            List<CrossRef> crossRefs = crossRefs();
            List<PressComment> pressComments = comments.values().stream().map(CommentDraft::toComment).toList();
            List<PressMarker> markers = markers();
            checkMarkersAgainstComments(markers);
            if (number == null) {
                warnings.add(0, new ParseWarning(0, "no policy number found (expected a line such as \"5:125 Title\")"));
            } else if (title == null || title.isEmpty()) {
                warnings.add(0, new ParseWarning(0, "no title found after policy number " + number));
            }
            warnings.sort(java.util.Comparator.comparingInt(ParseWarning::line));
            List<Block> built = blocks.stream().map(BlockDraft::build).toList();
            return new PolicyDocument(text, statusLabel, section, number, title == null ? "" : title, built,
                    legalRefs, crossRefs, history, pressComments, markers, warnings);
        }

        private void blank() {
            int start = i;
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            add(BlockKind.BLANK, start, i, "");
        }

        private void line(SourceLine line) {
            String c = line.content();
            if (PageFurniture.matches(c)) {
                add(BlockKind.PAGE_FURNITURE, i, i + 1, c);
                warn(line, "looks like a page header, footer or page number; kept as text");
                i++;
                return;
            }
            if (CommentParser.HEADING.matcher(c).matches()) {
                closeZone(Zone.COMMENTS);
                add(BlockKind.COMMENTS_HEADING, i, ++i, c);
                return;
            }
            Optional<Matcher> commentStart = CommentParser.start(c);
            if (commentStart.isPresent() && (zone == Zone.COMMENTS || zone != Zone.HEADER)) {
                comment(line, commentStart.get());
                return;
            }
            Optional<List<HistoryEntry>> dates = HistoryLineParser.parse(c);
            if (dates.isPresent()) {
                if (zone == Zone.CROSS || zone == Zone.LEGAL) {
                    closeZone(Zone.BODY);
                }
                history.addAll(dates.get());
                add(BlockKind.HISTORY, i, ++i, c);
                return;
            }
            Matcher legal = LEGAL_LABEL.matcher(c);
            if (legal.matches() && zone != Zone.COMMENTS) {
                closeZone(Zone.LEGAL);
                String rest = legal.group(1);
                if (!rest.isEmpty()) {
                    legalRefs.add(new LegalRef(plain(rest)));
                }
                add(BlockKind.LEGAL_REF_LABEL, i, ++i, rest);
                return;
            }
            Matcher cross = CROSS_LABEL.matcher(c);
            if (cross.matches() && zone != Zone.COMMENTS) {
                closeZone(Zone.CROSS);
                crossLine = line.number();
                appendCross(cross.group(1));
                add(BlockKind.CROSS_REF, i, ++i, cross.group(1));
                return;
            }
            switch (zone) {
                case HEADER -> header(line);
                case LEGAL -> legal();
                case CROSS -> {
                    appendCross(c);
                    add(BlockKind.CROSS_REF, i, ++i, c);
                }
                case COMMENTS -> commentContinuation(line);
                default -> body(line);
            }
        }

        // ---- header: status, section, number and title -------------------------------------------

        private void header(SourceLine line) {
            String c = headerText(line.content());
            Matcher status = STATUS.matcher(c);
            if (status.matches() && statusLabel == null) {
                statusLabel = plain(status.group(1));
                add(BlockKind.STATUS, i, ++i, statusLabel);
                return;
            }
            if (awaitingTitle && !looksLikeBody(c)) {
                title = plain(c);
                awaitingTitle = false;
                add(BlockKind.TITLE, i, ++i, title);
                zone = Zone.BODY;
                return;
            }
            Optional<String[]> numbered = numberAndTitle(c);
            if (numbered.isPresent()) {
                number = PolicyNumber.tryParse(numbered.get()[0]).orElse(null);
                String rest = numbered.get()[1];
                add(BlockKind.TITLE, i, ++i, rest);
                if (rest.isEmpty()) {
                    awaitingTitle = true;
                } else {
                    title = rest;
                    zone = Zone.BODY;
                }
                promoteSection();
                return;
            }
            if (looksLikeBody(c) || awaitingTitle) {
                finishHeader();
                zone = Zone.BODY;
                body(line);
                return;
            }
            // A short line before the number: the section, or a district's running header.
            add(BlockKind.SECTION, i, ++i, sectionName(c));
        }

        private Optional<String[]> numberAndTitle(String c) {
            Matcher first = TITLE_NUMBER_FIRST.matcher(c);
            if (first.matches() && PolicyNumber.tryParse(first.group(1)).isPresent()
                    && !first.group(2).matches("(?s)^\\d.*")) {
                return Optional.of(new String[] {first.group(1), plain(first.group(2))});
            }
            Matcher last = TITLE_NUMBER_LAST.matcher(c);
            if (last.matches() && c.length() <= 160 && PolicyNumber.tryParse(last.group(2)).isPresent()) {
                return Optional.of(new String[] {last.group(2), plain(last.group(1))});
            }
            return Optional.empty();
        }

        /** Of the short lines before the number, the last is the section; earlier ones are page furniture. */
        private void promoteSection() {
            List<BlockDraft> candidates = blocks.stream().filter(b -> b.kind == BlockKind.SECTION).toList();
            for (int k = 0; k < candidates.size(); k++) {
                BlockDraft b = candidates.get(k);
                if (k == candidates.size() - 1) {
                    section = b.text;
                } else {
                    b.kind = BlockKind.PAGE_FURNITURE;
                    warnings.add(new ParseWarning(b.line, "header line before the policy number kept as text"));
                }
            }
        }

        /** Leaving the header without a number: the short lines were headings of the body after all. */
        private void finishHeader() {
            if (number != null || zone != Zone.HEADER) {
                return;
            }
            for (BlockDraft b : blocks) {
                if (b.kind == BlockKind.SECTION) {
                    b.kind = BlockKind.HEADING;
                    b.text = heading(lines.get(b.start).content()).orElse(b.text);
                }
            }
        }

        /** A header line without Markdown heading hashes or a bold wrapper around the whole line. */
        private String headerText(String c) {
            Matcher md = MARKDOWN_HEADING.matcher(c);
            String t = md.matches() ? md.group(1) : c;
            Matcher bold = WHOLE_BOLD.matcher(t);
            return bold.matches() ? bold.group(1).trim() : t;
        }

        private String sectionName(String c) {
            return plain(SECTION_PREFIX.matcher(c).replaceFirst(""));
        }

        private boolean looksLikeBody(String c) {
            return c.length() > 90 || ListLabel.of(c).isPresent() || (Texts.endsClause(c) && c.length() > 50);
        }

        // ---- body ---------------------------------------------------------------------------------

        private void body(SourceLine line) {
            String c = line.content();
            Optional<ListLabel> label = ListLabel.of(c);
            if (label.isPresent()) {
                listItem(line, label.get());
                return;
            }
            Optional<String> heading = heading(c);
            if (heading.isPresent()) {
                nesting.reset();
                add(BlockKind.HEADING, i, ++i, heading.get());
                return;
            }
            int start = i;
            StringBuilder content = new StringBuilder(c);
            i++;
            while (i < lines.size() && continuesParagraph(lines.get(i))) {
                content.append(' ').append(lines.get(i).content());
                i++;
            }
            BlockDraft paragraph = add(BlockKind.PARAGRAPH, start, i, content.toString());
            paragraph.continuation = continuesAcrossBreak();
            if (!paragraph.continuation) {
                nesting.reset();
            }
        }

        private void listItem(SourceLine line, ListLabel label) {
            int start = i;
            StringBuilder content = new StringBuilder(label.rest());
            i++;
            while (i < lines.size() && continuesParagraph(lines.get(i))) {
                content.append(' ').append(lines.get(i).content());
                i++;
            }
            BlockDraft item = add(BlockKind.LIST_ITEM, start, i, content.toString());
            item.label = label.label();
            item.level = nesting.levelOf(label.kind(), line.indent());
        }

        /** A wrapped line: not blank, and not the start of anything else. */
        private boolean continuesParagraph(SourceLine next) {
            String c = next.content();
            return !next.isBlank() && ListLabel.of(c).isEmpty() && !PageFurniture.matches(c)
                    && !CommentParser.HEADING.matcher(c).matches() && CommentParser.start(c).isEmpty()
                    && HistoryLineParser.parse(c).isEmpty() && !LEGAL_LABEL.matcher(c).matches()
                    && !CROSS_LABEL.matcher(c).matches() && MARKDOWN_HEADING.matcher(c).matches() == false;
        }

        /** A paragraph whose predecessor stopped mid-sentence, as at a page break ("…the Ill. Code of"). */
        private boolean continuesAcrossBreak() {
            for (int k = blocks.size() - 2; k >= 0; k--) {
                BlockDraft b = blocks.get(k);
                if (b.kind == BlockKind.BLANK || b.kind == BlockKind.PAGE_FURNITURE) {
                    continue;
                }
                return (b.kind == BlockKind.PARAGRAPH || b.kind == BlockKind.LIST_ITEM) && !Texts.endsClause(b.text);
            }
            return false;
        }

        private Optional<String> heading(String c) {
            Matcher md = MARKDOWN_HEADING.matcher(c);
            if (md.matches()) {
                return Optional.of(plain(md.group(1)));
            }
            Matcher bold = WHOLE_BOLD.matcher(c);
            boolean standsAlone = (i == 0 || lines.get(i - 1).isBlank())
                    && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
            if (bold.matches() && standsAlone && bold.group(1).length() <= 100) {
                return Optional.of(bold.group(1).trim());
            }
            String words = plain(c);
            boolean shortLine = words.length() <= 80 && words.chars().filter(ch -> ch == ' ').count() < 10;
            boolean capitalised = !words.isEmpty() && (Character.isUpperCase(words.codePointAt(0)));
            boolean unpunctuated = !words.isEmpty() && ".,;:!?".indexOf(words.charAt(words.length() - 1)) < 0;
            if (standsAlone && shortLine && capitalised && unpunctuated && !continuesAfterBreak(words)) {
                return Optional.of(words);
            }
            return Optional.empty();
        }

        /** A capitalised short line right after a sentence cut mid-way is its tail, not a heading. */
        private boolean continuesAfterBreak(String words) {
            for (int k = blocks.size() - 1; k >= 0; k--) {
                BlockDraft b = blocks.get(k);
                if (b.kind == BlockKind.BLANK || b.kind == BlockKind.PAGE_FURNITURE) {
                    continue;
                }
                return (b.kind == BlockKind.PARAGRAPH || b.kind == BlockKind.LIST_ITEM)
                        && !Texts.endsClause(b.text) && b.text.length() > 80;
            }
            return false;
        }

        // ---- references ----------------------------------------------------------------------------

        private void legal() {
            SourceLine line = lines.get(i);
            BlockDraft previous = lastContent();
            boolean wrapped = previous != null && previous.kind == BlockKind.LEGAL_REF && previous.end == i
                    && !Texts.endsClause(previous.text) && !startsEntry(line.content());
            if (wrapped) {
                previous.end = ++i;
                previous.text = previous.text + " " + line.content();
                legalRefs.set(legalRefs.size() - 1, new LegalRef(plain(previous.text)));
                return;
            }
            legalRefs.add(new LegalRef(plain(line.content())));
            add(BlockKind.LEGAL_REF, i, ++i, line.content());
        }

        private boolean startsEntry(String c) {
            return !c.isEmpty() && !Character.isLowerCase(c.codePointAt(0));
        }

        private void appendCross(String part) {
            if (!part.isEmpty()) {
                crossText.append(crossText.length() == 0 ? "" : " ").append(part);
            }
        }

        private List<CrossRef> crossRefs() {
            CrossRefParser.Result result = CrossRefParser.parse(crossText.toString());
            for (String leftover : result.leftovers()) {
                warnings.add(new ParseWarning(crossLine,
                        "could not read \"" + leftover + "\" as a CROSS REF entry; kept as text"));
            }
            return result.refs();
        }

        // ---- PRESSPlus comments and markers -----------------------------------------------------

        private void comment(SourceLine line, Matcher start) {
            zone = Zone.COMMENTS;
            int n = Integer.parseInt(start.group(1));
            if (comments.containsKey(n)) {
                warn(line, "a second PRESSPlus comment " + n + "; the first one is used");
                openComment = new CommentDraft(n, start.group(2), line.number());
            } else {
                openComment = new CommentDraft(n, start.group(2), line.number());
                comments.put(n, openComment);
            }
            add(BlockKind.COMMENT, i, ++i, start.group(2)).label = "PRESSPlus " + n + ".";
        }

        private void commentContinuation(SourceLine line) {
            BlockDraft block = add(BlockKind.COMMENT, i, ++i, line.content());
            if (openComment == null) {
                warn(line, "text under \"PRESSPlus Comments\" that belongs to no numbered comment; kept as text");
                return;
            }
            block.continuation = true;
            openComment.text.append(' ').append(line.content());
        }

        private List<PressMarker> markers() {
            List<PressMarker> found = new ArrayList<>();
            for (BlockDraft b : blocks) {
                if (b.kind == BlockKind.COMMENT || b.kind == BlockKind.COMMENTS_HEADING) {
                    continue;
                }
                String raw = raw(b);
                if (!raw.contains("PRESSPlus")) {
                    continue;
                }
                int offset = lines.get(b.start).offset();
                Matcher m = MARKER.matcher(raw);
                while (m.find()) {
                    int line = b.line + (int) raw.substring(0, m.start()).chars().filter(ch -> ch == '\n').count();
                    found.add(new PressMarker(Integer.parseInt(m.group(1)), offset + m.start(), line));
                }
            }
            return found;
        }

        private void checkMarkersAgainstComments(List<PressMarker> markers) {
            for (PressMarker marker : markers) {
                if (!comments.containsKey(marker.n())) {
                    warnings.add(new ParseWarning(marker.line(),
                            "marker PRESSPlus" + marker.n() + " has no PRESSPlus comment " + marker.n()));
                }
            }
            for (CommentDraft comment : comments.values()) {
                if (markers.stream().noneMatch(m -> m.n() == comment.n)) {
                    warnings.add(new ParseWarning(comment.line,
                            "PRESSPlus comment " + comment.n + " has no PRESSPlus" + comment.n + " marker in the text"));
                }
            }
        }

        // ---- helpers ------------------------------------------------------------------------------

        private void closeZone(Zone next) {
            if (zone == Zone.HEADER) {
                finishHeader();
            }
            zone = next;
            openComment = null;
        }

        private BlockDraft lastContent() {
            for (int k = blocks.size() - 1; k >= 0; k--) {
                if (blocks.get(k).kind != BlockKind.BLANK) {
                    return blocks.get(k);
                }
            }
            return null;
        }

        private BlockDraft add(BlockKind kind, int start, int end, String content) {
            BlockDraft b = new BlockDraft(kind, start, end, lines.get(start).number(), content);
            blocks.add(b);
            return b;
        }

        private String raw(BlockDraft b) {
            if (b.end - b.start == 1) {
                return lines.get(b.start).raw();
            }
            StringBuilder sb = new StringBuilder();
            for (int k = b.start; k < b.end; k++) {
                sb.append(lines.get(k).raw());
            }
            return sb.toString();
        }

        private void warn(SourceLine line, String message) {
            warnings.add(new ParseWarning(line.number(), message));
        }

        /** A block under construction; its kind may still change while the header is read. */
        private final class BlockDraft {
            BlockKind kind;
            final int start;
            int end;
            final int line;
            String text;
            String label = "";
            int level;
            boolean continuation;

            BlockDraft(BlockKind kind, int start, int end, int line, String text) {
                this.kind = kind;
                this.start = start;
                this.end = end;
                this.line = line;
                this.text = text;
            }

            Block build() {
                List<Run> runs = kind == BlockKind.BLANK ? List.of() : inline.parse(text);
                return new Block(kind, raw(this), line, text, runs, label, level, continuation);
            }
        }
    }

    /** Plain words of a marked-up line: links and emphasis unwrapped, spaces collapsed. */
    private static String plain(String s) {
        return Texts.collapseSpaces(Texts.trim(Texts.unmark(s)));
    }

    /** A comment being read; continuation lines add to its text. */
    private static final class CommentDraft {
        final int n;
        final StringBuilder text;
        final int line;

        CommentDraft(int n, String text, int line) {
            this.n = n;
            this.text = new StringBuilder(text);
            this.line = line;
        }

        PressComment toComment() {
            return CommentParser.comment(n, text.toString());
        }
    }
}
