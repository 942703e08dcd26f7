package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;

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

/**
 * Reads policy text into a {@link PolicyDocument}: PRESS layout first, and whatever other layouts a
 * district's copy comes in. It never throws and never drops text: every line lands in exactly one block,
 * and what it cannot place is kept as a paragraph with a warning that names the line.
 */
public final class PressParser {

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
        private final TreeMap<Integer, PressMarkers.Comment> comments = new TreeMap<>();
        private final StringBuilder crossText = new StringBuilder();
        private final ListNesting nesting = new ListNesting();
        private int crossLine;
        private Zone zone = Zone.HEADER;
        private String statusLabel;
        private String section;
        private PolicyNumber number;
        private String title;
        private boolean awaitingTitle;
        private PressMarkers.Comment openComment;
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
            List<PressComment> pressComments = comments.values().stream().map(PressMarkers.Comment::toComment).toList();
            List<PressMarker> markers = PressMarkers.find(blocks, lines);
            warnings.addAll(PressMarkers.unpaired(markers, comments));
            if (number == null) {
                warnings.add(0, new ParseWarning(0, "no policy number found (expected a line such as \"5:125 Title\")"));
            } else if (title == null || title.isEmpty()) {
                warnings.add(0, new ParseWarning(0, "no title found after policy number " + number));
            }
            warnings.sort(java.util.Comparator.comparingInt(ParseWarning::line));
            List<Block> built = blocks.stream().map(b -> b.build(inline, lines)).toList();
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
            Optional<String> legal = ReferenceLabels.legal(c);
            if (legal.isPresent() && zone != Zone.COMMENTS) {
                closeZone(Zone.LEGAL);
                String rest = legal.get();
                if (!rest.isEmpty()) {
                    legalRefs.add(new LegalRef(Texts.plain(rest)));
                }
                add(BlockKind.LEGAL_REF_LABEL, i, ++i, rest);
                return;
            }
            Optional<String> cross = ReferenceLabels.cross(c);
            if (cross.isPresent() && zone != Zone.COMMENTS) {
                closeZone(Zone.CROSS);
                crossLine = line.number();
                appendCross(cross.get());
                add(BlockKind.CROSS_REF, i, ++i, cross.get());
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
            String c = HeaderLines.unwrapped(line.content());
            Optional<String> status = HeaderLines.status(c);
            if (status.isPresent() && statusLabel == null) {
                statusLabel = status.get();
                add(BlockKind.STATUS, i, ++i, statusLabel);
                return;
            }
            if (awaitingTitle && !HeaderLines.looksLikeBody(c)) {
                title = Texts.plain(c);
                awaitingTitle = false;
                add(BlockKind.TITLE, i, ++i, title);
                zone = Zone.BODY;
                return;
            }
            Optional<HeaderLines.NumberAndTitle> numbered = HeaderLines.numberAndTitle(c);
            if (numbered.isPresent()) {
                number = PolicyNumber.tryParse(numbered.get().number()).orElse(null);
                String rest = numbered.get().title();
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
            if (HeaderLines.looksLikeBody(c) || awaitingTitle) {
                finishHeader();
                zone = Zone.BODY;
                body(line);
                return;
            }
            // A short line before the number: the section, or a district's running header.
            add(BlockKind.SECTION, i, ++i, HeaderLines.sectionName(c));
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
                    && HistoryLineParser.parse(c).isEmpty() && !ReferenceLabels.isLabel(c)
                    && !HeaderLines.MARKDOWN_HEADING.matcher(c).matches();
        }

        /** A paragraph whose predecessor stopped mid-sentence, as at a page break ("…the Ill. Code of"). */
        private boolean continuesAcrossBreak() {
            for (int k = blocks.size() - 2; k >= 0; k--) {
                BlockDraft b = blocks.get(k);
                if (b.isGap()) {
                    continue;
                }
                return b.isProse() && !Texts.endsClause(b.text);
            }
            return false;
        }

        private Optional<String> heading(String c) {
            Matcher md = HeaderLines.MARKDOWN_HEADING.matcher(c);
            if (md.matches()) {
                return Optional.of(Texts.plain(md.group(1)));
            }
            Matcher bold = HeaderLines.WHOLE_BOLD.matcher(c);
            boolean standsAlone = (i == 0 || lines.get(i - 1).isBlank())
                    && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
            if (bold.matches() && standsAlone && bold.group(1).length() <= 100) {
                return Optional.of(bold.group(1).trim());
            }
            String words = Texts.plain(c);
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
                if (b.isGap()) {
                    continue;
                }
                return b.isProse() && !Texts.endsClause(b.text) && b.text.length() > 80;
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
                legalRefs.set(legalRefs.size() - 1, new LegalRef(Texts.plain(previous.text)));
                return;
            }
            legalRefs.add(new LegalRef(Texts.plain(line.content())));
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
                openComment = new PressMarkers.Comment(n, start.group(2), line.number());
            } else {
                openComment = new PressMarkers.Comment(n, start.group(2), line.number());
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

        private void warn(SourceLine line, String message) {
            warnings.add(new ParseWarning(line.number(), message));
        }
    }
}
