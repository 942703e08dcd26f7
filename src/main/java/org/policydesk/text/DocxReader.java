package org.policydesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.policydesk.model.PolicyNumber;

/**
 * Reads a Word (.docx) policy into PRESS-style text, which then goes through {@link PressParser} like any
 * other text: one paragraph per block with blank lines between, list items one per line with their labels
 * ("1.", "a.", indented by level), {@code **bold**} and {@code *italic*}, and footnotes. Footnotes that read
 * like PRESSPlus comments ("… Issue 117, October 2024") become {@code PRESSPlusN} markers and a
 * "PRESSPlus Comments" section; other footnotes become {@code [n]} marks and a "Footnotes" section.
 */
public final class DocxReader {

    /** The document cannot be read as Word; the message says why in words for the user. */
    public static final class UnreadableDocxException extends IOException {
        private static final long serialVersionUID = 1L;

        public UnreadableDocxException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[(?:footnoteRef|endnoteRef):(\\d+)\\]");
    private static final Pattern PRESSPLUS_LIKE = Pattern.compile("(?i)PRESS\\s*Plus|\\bIssue\\s*\\d{1,4}\\b");
    /** A paragraph holding only a policy number: "5:125", "Policy 5:125", "Board Policy No. 5:125". */
    private static final Pattern BARE_NUMBER = Pattern.compile(
            "(?i)(?:board\\s+)?(?:policy\\s*(?:no\\.?|number|#)?\\s*)?(\\d{1,2}[:.]\\d{1,4}(?:-[A-Z0-9]+)?)");
    /** How far from the top the title and a lone number are looked for. */
    private static final int HEADER_PARAGRAPHS = 8;
    private static final Pattern LEADING_PRESSPLUS = Pattern.compile("(?i)^\\s*PRESS\\s*Plus\\s*\\d{1,3}\\s*[.:)]\\s*");

    public String read(InputStream in) throws UnreadableDocxException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            return new Conversion(doc).run();
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or non-Word zip with assorted unchecked exceptions.
            throw new UnreadableDocxException("is not a readable Word document (" + describe(e) + ")", e);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.lines().findFirst().orElse(m);
        return m.length() > 120 ? m.substring(0, 119) + "…" : m;
    }

    /** One conversion: list counters and footnote numbering. */
    private static final class Conversion {
        private final XWPFDocument doc;
        private final StringBuilder out = new StringBuilder();
        private final Map<String, int[]> counters = new HashMap<>();
        private final Map<String, int[]> listStarts = new HashMap<>();
        /** Word footnote id → our number, in order of first reference. */
        private final Map<Integer, Integer> pressPlus = new LinkedHashMap<>();
        private final Map<Integer, Integer> plainNotes = new LinkedHashMap<>();
        private final WordParagraphs word;
        private boolean lastWasListItem;
        /** The paragraph in Word's Title style, and a paragraph near the top holding only the policy number. */
        private XWPFParagraph titleParagraph;
        private XWPFParagraph numberParagraph;
        private String number;

        Conversion(XWPFDocument doc) {
            this.doc = doc;
            this.word = new WordParagraphs(doc);
        }

        String run() {
            findTitleAndNumber();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p);
                } else if (element instanceof XWPFTable t) {
                    table(t);
                }
            }
            appendNotes();
            String text = out.toString().stripTrailing();
            return text.isEmpty() ? "" : text + "\n";
        }

        /**
         * Many districts lay a policy out as a Title-styled title with the number in a paragraph of its own
         * ("5:125" or "Policy 5:125") just above or below. Those two become one "5:125 Title" line, which is
         * how the parser recognises number and title.
         */
        private void findTitleAndNumber() {
            int seen = 0;
            for (XWPFParagraph p : doc.getParagraphs()) {
                String text = p.getText() == null ? "" : p.getText().strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (titleParagraph == null && word.isTitle(p)) {
                    titleParagraph = p;
                } else if (numberParagraph == null) {
                    Matcher m = BARE_NUMBER.matcher(text);
                    if (m.matches() && PolicyNumber.tryParse(m.group(1)).isPresent()) {
                        numberParagraph = p;
                        number = PolicyNumber.tryParse(m.group(1)).get().toString();
                    }
                }
                if (++seen >= HEADER_PARAGRAPHS) {
                    break;
                }
            }
            if (titleParagraph == null || PolicyNumber.tryParse(firstWord(titleParagraph.getText())).isPresent()) {
                numberParagraph = null; // no title to join, or the title carries its number already
                number = null;
            }
        }

        private static String firstWord(String text) {
            String t = text == null ? "" : text.strip();
            int space = t.indexOf(' ');
            return space < 0 ? t : t.substring(0, space);
        }

        private void paragraph(XWPFParagraph p) {
            if (p == numberParagraph) {
                return; // joined to the title
            }
            String content = runs(p).strip();
            if (content.isEmpty()) {
                return;
            }
            if (p == titleParagraph) {
                separate();
                out.append(number == null ? "" : number + " ").append(plain(content)).append('\n');
                lastWasListItem = false;
                return;
            }
            String label = listLabel(p);
            java.util.OptionalInt heading = word.headingLevel(p);
            if (heading.isPresent()) {
                // Markdown hashes: the parser takes the line as a heading whatever its length or punctuation.
                separate();
                out.append("#".repeat(Math.min(6, heading.getAsInt() + 1))).append(' ')
                        .append(label == null ? "" : label + " ").append(plain(content)).append('\n');
                lastWasListItem = false;
                return;
            }
            if (label != null) {
                if (!lastWasListItem && out.length() > 0) {
                    out.append('\n');
                }
                int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
                out.append("    ".repeat(level)).append(label).append(' ').append(content).append('\n');
                lastWasListItem = true;
                return;
            }
            separate();
            out.append(content).append('\n');
            lastWasListItem = false;
        }

        private void separate() {
            if (out.length() > 0) {
                out.append('\n');
            }
        }

        private void table(XWPFTable table) {
            separate();
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cell.getText().strip().replaceAll("\\s*\\R\\s*", " "));
                }
                out.append(String.join(" | ", cells)).append('\n');
            }
            lastWasListItem = false;
        }

        /**
         * The label Word shows before a numbered or bulleted paragraph (from the paragraph's or its style's
         * numbering definition, counting from the level's start value), or null for a plain one.
         */
        private String listLabel(XWPFParagraph p) {
            java.util.Optional<WordParagraphs.ListLevel> found = word.listLevel(p);
            if (found.isEmpty()) {
                return null;
            }
            WordParagraphs.ListLevel list = found.get();
            int level = list.level();
            int[] count = counters.computeIfAbsent(list.numId(), k -> new int[9]);
            int[] starts = starts(list.numId());
            starts[level] = list.start();
            count[level] = count[level] == 0 ? list.start() : count[level] + 1;
            for (int deeper = level + 1; deeper < count.length; deeper++) {
                count[deeper] = 0;
            }
            String format = list.format();
            if (format.equals("bullet")) {
                return "•";
            }
            if (format.equals("none")) {
                return null;
            }
            String pattern = list.levelText();
            if (pattern == null || pattern.isBlank()) {
                pattern = "%" + (level + 1) + ".";
            }
            StringBuilder label = new StringBuilder();
            Matcher m = Pattern.compile("%(\\d)").matcher(pattern);
            while (m.find()) {
                int lvl = Integer.parseInt(m.group(1)) - 1;
                int value = lvl >= 0 && lvl < count.length ? Math.max(Math.max(1, starts[lvl]), count[lvl]) : 1;
                m.appendReplacement(label, Matcher.quoteReplacement(format(lvl == level ? format : "decimal", value)));
            }
            m.appendTail(label);
            return label.toString().strip();
        }

        private int[] starts(String numId) {
            return listStarts.computeIfAbsent(numId, k -> new int[9]);
        }

        /** Text without emphasis markup, for titles and headings (which are set in their own style anyway). */
        private static String plain(String content) {
            return content.replace("**", "").replaceAll("(?<![*\\w])\\*(?=\\S)|(?<=\\S)\\*(?![*\\w])", "").strip();
        }

        private static String format(String numFmt, int n) {
            return switch (numFmt) {
                case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
                case "upperLetter" -> letters(n);
                case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
                case "upperRoman" -> roman(n);
                default -> Integer.toString(n);
            };
        }

        private static String letters(int n) {
            StringBuilder s = new StringBuilder();
            while (n > 0) {
                n--;
                s.insert(0, (char) ('A' + n % 26));
                n /= 26;
            }
            return s.toString();
        }

        private static String roman(int n) {
            String[] syms = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            int[] vals = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < vals.length; i++) {
                while (n >= vals[i]) {
                    s.append(syms[i]);
                    n -= vals[i];
                }
            }
            return s.toString();
        }

        /** The paragraph's runs with emphasis as Markdown-style markup and footnote references as markers. */
        private String runs(XWPFParagraph p) {
            List<String[]> pieces = new ArrayList<>(); // {style, text}
            for (XWPFRun run : p.getRuns()) {
                String text = run.text();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                text = footnoteMarks(text);
                String style = (run.isBold() ? "**" : "") + (run.isItalic() ? "*" : "");
                if (!pieces.isEmpty() && pieces.get(pieces.size() - 1)[0].equals(style)) {
                    pieces.get(pieces.size() - 1)[1] += text;
                } else {
                    pieces.add(new String[] {style, text});
                }
            }
            StringBuilder s = new StringBuilder();
            for (String[] piece : pieces) {
                s.append(wrap(piece[0], piece[1]));
            }
            return s.toString().replace('\u00A0', ' ').replaceAll("[\\r\\n\\u000B]+", " ");
        }

        /** Wraps text in markup, keeping surrounding spaces outside so the parser sees the emphasis. */
        private static String wrap(String markup, String text) {
            if (markup.isEmpty() || text.isBlank()) {
                return text;
            }
            int start = 0;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(0, start) + markup + text.substring(start, end) + markup + text.substring(end);
        }

        private String footnoteMarks(String text) {
            Matcher m = FOOTNOTE_REF.matcher(text);
            if (!m.find()) {
                return text;
            }
            m.reset();
            StringBuilder s = new StringBuilder();
            while (m.find()) {
                int id = Integer.parseInt(m.group(1));
                String mark;
                if (isPressPlus(id)) {
                    int n = pressPlus.computeIfAbsent(id, k -> pressPlus.size() + 1);
                    mark = " PRESSPlus" + n;
                } else {
                    int n = plainNotes.computeIfAbsent(id, k -> plainNotes.size() + 1);
                    mark = "[" + n + "]";
                }
                m.appendReplacement(s, Matcher.quoteReplacement(mark));
            }
            m.appendTail(s);
            return s.toString();
        }

        private boolean isPressPlus(int id) {
            return PRESSPLUS_LIKE.matcher(footnoteText(id)).find();
        }

        private String footnoteText(int id) {
            XWPFFootnote note = doc.getFootnoteByID(id);
            if (note == null) {
                return "";
            }
            StringBuilder s = new StringBuilder();
            for (XWPFParagraph p : note.getParagraphs()) {
                String t = p.getText();
                if (t != null && !t.isBlank()) {
                    s.append(s.length() == 0 ? "" : " ").append(t.strip());
                }
            }
            return s.toString();
        }

        private void appendNotes() {
            if (!pressPlus.isEmpty()) {
                separate();
                out.append("PRESSPlus Comments\n");
                pressPlus.forEach((id, n) -> {
                    String text = LEADING_PRESSPLUS.matcher(footnoteText(id)).replaceFirst("");
                    out.append('\n').append("PRESSPlus ").append(n).append(". ").append(text).append('\n');
                });
            }
            if (!plainNotes.isEmpty()) {
                separate();
                out.append("Footnotes\n");
                plainNotes.forEach((id, n) -> out.append('\n').append('[').append(n).append("] ")
                        .append(footnoteText(id)).append('\n'));
            }
        }
    }
}
