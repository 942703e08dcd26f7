package org.policydesk.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policydesk.model.PressComment;
import org.policydesk.pdf.layout.Anchor;
import org.policydesk.pdf.layout.FontFace;
import org.policydesk.pdf.layout.Group;
import org.policydesk.pdf.layout.LeaderRow;
import org.policydesk.pdf.layout.Line;
import org.policydesk.pdf.layout.LineBreaker;
import org.policydesk.pdf.layout.PageCanvas;
import org.policydesk.pdf.layout.Row;
import org.policydesk.pdf.layout.Rule;
import org.policydesk.pdf.layout.Spacer;
import org.policydesk.pdf.layout.Span;
import org.policydesk.pdf.layout.Style;
import org.policydesk.pdf.layout.TableRow;
import org.policydesk.pdf.layout.TextRow;

/** The cover, the memo with its table of policies, and the table of contents. */
final class FrontMatter {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    static final String COVER = "cover";
    static final String MEMO = "memo";
    static final String CONTENTS = "contents";
    private static final int SUMMARY_LIMIT = 260;

    private final Typeset type;
    private final BoardPacket packet;

    FrontMatter(Typeset type, BoardPacket packet) {
        this.type = type;
        this.packet = packet;
    }

    static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    List<Group> cover() {
        List<Group> groups = new ArrayList<>();
        groups.add(Group.of(new Spacer(96)).anchor(new Anchor(COVER, "Cover", 0)));
        groups.add(centred(packet.districtName(), Style.of(FontFace.BOLD, 22)).spaceAfter(6));
        groups.add(centred("Board of Education", Style.of(FontFace.REGULAR, 16)).spaceAfter(40));
        groups.add(centred("Meeting of " + date(packet.meeting()), Style.of(FontFace.REGULAR, 13)).spaceAfter(10));
        groups.add(centred(packet.title(), Style.of(FontFace.BOLD, 18)).spaceAfter(48));
        groups.add(Group.of(new DraftMark(type.fonts().width("DRAFT", FontFace.BOLD, 54), type.width())));
        groups.add(centred("DRAFT for board review. This material should be reviewed with the board attorney "
                + "before the Board acts on it.", Style.of(FontFace.ITALIC, 11.5f)).spaceBefore(28));
        return groups;
    }

    /** The big boxed DRAFT mark on the cover. */
    private record DraftMark(float textWidth, float column) implements Row {
        @Override
        public float height() {
            return 84;
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top) {
            float boxWidth = textWidth + 48;
            float left = x + (column - boxWidth) / 2;
            canvas.frame(left, top - 80, boxWidth, 76, 2.5f, Typeset.GRAY);
            canvas.text("DRAFT", FontFace.BOLD, 54, Typeset.GRAY, left + 24, top - 62);
        }
    }

    List<Group> memo() {
        List<Group> groups = new ArrayList<>();
        groups.add(type.heading("MEMORANDUM", Style.of(FontFace.BOLD, 16)).newPage().spaceAfter(10)
                .runningHeader("Memo").anchor(new Anchor(MEMO, "Memo", 0)));
        memoLine(groups, "To:", "Board of Education");
        memoLine(groups, "From:", "Superintendent");
        memoLine(groups, "Date:", date(packet.meeting()));
        memoLine(groups, "Re:", packet.title());
        int n = packet.policies().size();
        groups.add(type.paragraph(List.of(new Span(
                (n == 1 ? "One policy is" : n + " policies are") + " presented for the Board's "
                + packet.reading().label().toLowerCase(Locale.ROOT) + ". Each follows as a redline against the "
                + "district's adopted text (insertions underlined, deletions struck through) and as a clean "
                + "draft with its PRESSPlus comments as footnotes. Policies whose changes are only to footnotes "
                + "or editorial are recommended for the consent agenda.", Typeset.BODY))).spaceBefore(10)
                .spaceAfter(10));
        groups.add(table());
        groups.add(type.paragraph(List.of(new Span("This packet is a draft for board review. Review it with the "
                + "board attorney before the Board acts.", Typeset.BODY.withFace(FontFace.ITALIC)))).spaceBefore(10));
        return groups;
    }

    private void memoLine(List<Group> groups, String label, String value) {
        List<Span> spans = List.of(new Span(value, Typeset.BODY));
        Group g = type.listItem(label, spans, 0, Typeset.BODY.withFace(FontFace.BOLD));
        groups.add(g.spaceAfter(2));
    }

    private Group table() {
        float w = type.width();
        float[] x = {0, 52, 190, 262, 392};
        LineBreaker breaker = new LineBreaker(type.fonts());
        Style head = Style.of(FontFace.BOLD, 9.5f);
        Style cell = Style.of(FontFace.REGULAR, 9.5f);
        TableRow header = TableRow.of(breaker, List.of(List.of(new Span("Policy", head)),
                List.of(new Span("Title", head)), List.of(new Span("Change", head)),
                List.of(new Span("PRESSPlus comments", head)), List.of(new Span("Recommended action", head))),
                x, w, 0xE6E6E6);
        List<Row> rows = new ArrayList<>();
        rows.add(header);
        for (PacketPolicy p : packet.policies()) {
            rows.add(TableRow.of(breaker, List.of(List.of(new Span(p.number(), cell)),
                    List.of(new Span(p.title(), cell)), List.of(new Span(p.change().label(), cell)),
                    List.of(new Span(summary(p.draft().comments()), cell)),
                    List.of(new Span(p.action(), cell))), x, w, -1));
        }
        rows.add(new Rule(w, 0.5f, 0x808080));
        return new Group(rows).repeatOnEachPage(header).spaceAfter(4);
    }

    /** Comments with the same wording are listed once, with all their numbers. */
    static String summary(List<PressComment> comments) {
        if (comments.isEmpty()) {
            return "None";
        }
        Map<String, List<Integer>> byText = new LinkedHashMap<>();
        for (PressComment c : comments) {
            byText.computeIfAbsent(c.text().strip(), t -> new ArrayList<>()).add(c.n());
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<Integer>> e : byText.entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            List<Integer> ns = e.getValue();
            sb.append(ns.size() == 1 ? "(" + ns.get(0) + ") " : "(" + join(ns) + ") ");
            String text = e.getKey();
            sb.append(text.length() > SUMMARY_LIMIT ? text.substring(0, SUMMARY_LIMIT).strip() + "…" : text);
        }
        return sb.toString();
    }

    private static String join(List<Integer> ns) {
        StringBuilder sb = new StringBuilder();
        for (Integer n : ns) {
            sb.append(sb.length() == 0 ? "" : ", ").append(n);
        }
        return sb.toString();
    }

    List<Group> contents() {
        List<Group> groups = new ArrayList<>();
        groups.add(type.heading("Contents", Style.of(FontFace.BOLD, 16)).newPage().spaceAfter(10)
                .runningHeader("Contents").anchor(new Anchor(CONTENTS, "Contents", 0)));
        groups.add(entry("Memo", MEMO, 0, FontFace.REGULAR));
        for (PacketPolicy p : packet.policies()) {
            String key = PolicySection.key(p);
            groups.add(entry(p.number() + "  " + p.title(), key, 0, FontFace.BOLD).spaceBefore(4));
            if (p.adopted() != null) {
                groups.add(entry("Redline against the adopted text", key + ":redline", 1, FontFace.REGULAR));
            }
            groups.add(entry("Clean draft", key + ":draft", 1, FontFace.REGULAR));
        }
        return groups;
    }

    private Group entry(String text, String key, int level, FontFace face) {
        Style style = Style.of(face, 11);
        float indent = level * 18f;
        List<Line> lines = type.lines(List.of(new Span(text, style)), type.width() - 40, indent);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(i == lines.size() - 1 ? new LeaderRow(lines.get(i), key, type.width(), Typeset.BODY)
                    : new TextRow(lines.get(i)));
        }
        return new Group(rows).spaceAfter(2);
    }

    private Group centred(String text, Style style) {
        List<Line> lines = type.lines(List.of(new Span(text, style)), type.width(), 0);
        List<Row> rows = new ArrayList<>();
        for (Line l : lines) {
            rows.add(new TextRow(new Line(l.fragments(), (type.width() - l.width()) / 2, l.width(), l.ascent(),
                    l.height(), l.notes())));
        }
        return new Group(rows).keepTogether();
    }
}
