package org.policydesk.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PressComment;
import org.policydesk.model.RedlineSegment;
import org.policydesk.model.Run;
import org.policydesk.model.RunStyle;
import org.policydesk.pdf.layout.Anchor;
import org.policydesk.pdf.layout.FontFace;
import org.policydesk.pdf.layout.Footnote;
import org.policydesk.pdf.layout.Group;
import org.policydesk.pdf.layout.Span;
import org.policydesk.pdf.layout.Style;
import org.policydesk.text.Redline;
import org.policydesk.text.SegmentStyles;

/**
 * One policy's pages: the redline against the adopted text, then the clean draft with its PRESSPlus
 * comments as footnotes, its LEGAL REF and CROSS REF and its history.
 */
final class PolicySection {

    private static final Pattern MARKER = Pattern.compile("PRESSPlus(\\d+)");

    private final Typeset type;
    private final PacketPolicy policy;
    private final String key;
    private final Map<String, Footnote> notes = new HashMap<>();

    PolicySection(Typeset type, PacketPolicy policy) {
        this.type = type;
        this.policy = policy;
        this.key = key(policy);
    }

    static String key(PacketPolicy p) {
        return "policy:" + p.number();
    }

    List<Group> build() {
        List<Group> groups = new ArrayList<>();
        String header = "Policy " + policy.number();
        Group title = type.paragraph(List.of(new Span(policy.number() + "  " + policy.title(),
                Style.of(FontFace.BOLD, 15)))).keepWithNext().newPage().runningHeader(header).spaceAfter(2)
                .anchor(new Anchor(key, policy.number() + " " + policy.title(), 0));
        groups.add(title);
        String section = policy.draft().section() == null ? "" : policy.draft().section() + " · ";
        groups.add(type.text(section + policy.change().label() + " · Recommended: " + policy.action(),
                Style.of(FontFace.ITALIC, 10.5f)).keepWithNext().spaceAfter(10));
        if (policy.adopted() != null) {
            redline(groups);
        } else {
            groups.add(type.text("New policy: the district has no adopted text to compare with, so the clean "
                    + "draft follows.", Typeset.BODY.withFace(FontFace.ITALIC)));
        }
        draft(groups, policy.adopted() != null);
        return groups;
    }

    private void redline(List<Group> groups) {
        String adoptedOn = policy.adopted().lastAdoption().map(HistoryEntry::date)
                .map(d -> " (" + d + ")").orElse("");
        groups.add(type.heading("Redline against the adopted text" + adoptedOn, Style.of(FontFace.BOLD, 12.5f))
                .anchor(new Anchor(key + ":redline", "Redline", 1)).spaceBefore(0));
        Style legend = Style.of(FontFace.ITALIC, 10);
        groups.add(type.paragraph(List.of(new Span("Inserted text is ", legend),
                new Span("underlined", legend.underlined().colour(Typeset.INSERT_RGB)),
                new Span("; deleted text is ", legend),
                new Span("struck through", legend.struck().colour(Typeset.DELETE_RGB)),
                new Span(". Numbers in superscript refer to the PRESSPlus comments at the foot of the page.",
                        legend))).keepWithNext().spaceAfter(8));
        List<Block> newer = ChangeKinds.comparedBlocks(policy.draft());
        PolicyDocument olderDoc = ChangeKinds.withoutStatus(policy.adopted());
        PolicyDocument newerDoc = ChangeKinds.withoutStatus(policy.draft());
        String olderText = Redline.readingText(olderDoc);
        String newerText = Redline.readingText(newerDoc);
        SegmentStyles olderStyles = new SegmentStyles(olderText, Redline.readingStyles(olderDoc));
        SegmentStyles newerStyles = new SegmentStyles(newerText, Redline.readingStyles(newerDoc));
        int newerLine = 0;
        List<Span> paragraph = new ArrayList<>();
        int paragraphLine = 0;
        for (RedlineSegment seg : new Redline().compare(olderText, newerText)) {
            // Shared and inserted words take their bold and italic from the draft, deleted ones from the adopted text.
            SegmentStyles from = seg.change() == RedlineSegment.Change.DELETED ? olderStyles : newerStyles;
            int at = from.take(seg.text());
            if (seg.change() == RedlineSegment.Change.SAME) {
                olderStyles.take(seg.text());
            }
            String[] parts = seg.text().split("\n", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    groups.add(redlineParagraph(paragraph, paragraphLine < newer.size() ? newer.get(paragraphLine) : null));
                    paragraph = new ArrayList<>();
                    if (seg.change() != RedlineSegment.Change.DELETED) {
                        newerLine++;
                    }
                    paragraphLine = newerLine;
                    at++;
                }
                String part = parts[p];
                for (int i = 0; i < part.length(); ) {
                    RunStyle style = from.style(at + i);
                    int end = i + 1;
                    while (end < part.length() && from.style(at + end) == style) {
                        end++;
                    }
                    addRedlineText(paragraph, part.substring(i, end), seg.change(), style, "redline");
                    i = end;
                }
                at += part.length();
            }
        }
        groups.add(redlineParagraph(paragraph, paragraphLine < newer.size() ? newer.get(paragraphLine) : null));
    }

    private void addRedlineText(List<Span> out, String text, RedlineSegment.Change change, RunStyle runStyle,
                                String part) {
        Style style = switch (change) {
            case SAME -> Typeset.BODY;
            case INSERTED -> Typeset.BODY.underlined().colour(Typeset.INSERT_RGB);
            case DELETED -> Typeset.BODY.struck().colour(Typeset.DELETE_RGB);
        };
        style = switch (runStyle) {
            case BOLD -> style.withFace(FontFace.BOLD);
            case ITALIC -> style.withFace(FontFace.ITALIC);
            case BOLD_ITALIC -> style.withFace(FontFace.BOLD_ITALIC);
            default -> style;
        };
        Matcher m = MARKER.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Span(text.substring(at, m.start()), style));
            }
            int n = Integer.parseInt(m.group(1));
            out.add(new Span(m.group(1), style.raised(), footnote(part, n)));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Span(text.substring(at), style));
        }
    }

    private Group redlineParagraph(List<Span> spans, Block block) {
        if (spans.isEmpty()) {
            return Group.of();
        }
        BlockKind kind = block == null ? BlockKind.PARAGRAPH : block.kind();
        switch (kind) {
            case TITLE:
            case HEADING:
                return type.paragraph(restyle(spans, FontFace.BOLD)).keepWithNext().spaceBefore(4).spaceAfter(4);
            case SECTION:
                return type.paragraph(restyle(spans, FontFace.ITALIC));
            case LEGAL_REF_LABEL:
                return type.paragraph(boldLabel(spans, "LEGAL REF.:")).spaceBefore(10).spaceAfter(3);
            case LEGAL_REF:
                return reference(spans);
            case CROSS_REF: {
                List<Span> labelled = new ArrayList<>();
                labelled.add(new Span("CROSS REF.: ", Typeset.BODY.withFace(FontFace.BOLD)));
                labelled.addAll(spans);
                return type.paragraph(labelled).spaceBefore(8);
            }
            case HISTORY:
                return type.paragraph(restyle(spans, FontFace.ITALIC)).spaceBefore(8);
            case LIST_ITEM: {
                String label = block.label();
                Span first = spans.get(0);
                if (!label.isEmpty() && first.text().startsWith(label + " ") && !first.style().strike()
                        && !first.style().underline()) {
                    List<Span> rest = new ArrayList<>(spans);
                    rest.set(0, new Span(first.text().substring(label.length() + 1), first.style(), first.note()));
                    return type.listItem(label, rest, block.level(), Typeset.BODY);
                }
                return type.paragraph(spans, Typeset.LIST_STEP * block.level());
            }
            default:
                return type.paragraph(spans);
        }
    }

    /** The redline's "LEGAL REF.:" label set bold, as in the clean draft. */
    private static List<Span> boldLabel(List<Span> spans, String label) {
        Span first = spans.get(0);
        if (!first.text().startsWith(label)) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.size() + 1);
        out.add(new Span(label, first.style().withFace(first.style().face().bold())));
        String rest = first.text().substring(label.length());
        if (!rest.isBlank()) {
            out.add(new Span(rest, first.style(), first.note()));
        }
        out.addAll(spans.subList(1, spans.size()));
        return out;
    }

    /** Headings set bold (or sections italic) keep the other emphasis a run had. */
    private static List<Span> restyle(List<Span> spans, FontFace face) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            FontFace had = s.style().face();
            FontFace now = face == FontFace.BOLD ? had.bold() : face == FontFace.ITALIC ? had.italic() : face;
            out.add(new Span(s.text(), s.style().withFace(now), s.note()));
        }
        return out;
    }

    private void draft(List<Group> groups, boolean newPage) {
        Group heading = type.heading("Clean draft", Style.of(FontFace.BOLD, 12.5f))
                .anchor(new Anchor(key + ":draft", "Clean draft", 1));
        if (newPage) {
            heading.newPage();
        }
        groups.add(heading);
        PolicyDocument doc = policy.draft();
        List<Span> pending = null;
        Block pendingBlock = null;
        int headingNo = 0;
        boolean legalLabelDone = false;
        for (Block block : doc.blocks()) {
            if (block.continuation() && pending != null) {
                pending.add(new Span(" ", Typeset.BODY));
                pending.addAll(spans(block, Typeset.BODY));
                continue;
            }
            if (pending != null) {
                groups.add(draftBlock(pendingBlock, pending));
                pending = null;
            }
            switch (block.kind()) {
                case BLANK, STATUS, COMMENTS_HEADING, COMMENT, PAGE_FURNITURE -> { }
                case SECTION -> groups.add(type.paragraph(spans(block, Typeset.BODY.withFace(FontFace.ITALIC))));
                case TITLE -> groups.add(type.paragraph(List.of(new Span(
                        (doc.number() == null ? "" : doc.number() + "  ") + block.text(),
                        Style.of(FontFace.BOLD, 13)))).keepWithNext().spaceAfter(8));
                case HEADING -> groups.add(type.heading(block.text(), Style.of(FontFace.BOLD, 11.5f))
                        .anchor(new Anchor(key + ":h" + (++headingNo), block.text(), 2)));
                case LEGAL_REF_LABEL -> {
                    legalLabelDone = true;
                    groups.add(type.heading("LEGAL REF.:", Style.of(FontFace.BOLD, 10.5f)).spaceBefore(10));
                    if (!block.runs().isEmpty()) {
                        groups.add(reference(spans(block, Typeset.BODY)));
                    }
                }
                case LEGAL_REF -> {
                    if (!legalLabelDone) {
                        legalLabelDone = true;
                        groups.add(type.heading("LEGAL REF.:", Style.of(FontFace.BOLD, 10.5f)).spaceBefore(10));
                    }
                    groups.add(reference(spans(block, Typeset.BODY)));
                }
                case CROSS_REF -> {
                    List<Span> spans = new ArrayList<>();
                    spans.add(new Span("CROSS REF.: ", Typeset.BODY.withFace(FontFace.BOLD)));
                    spans.addAll(spans(block, Typeset.BODY));
                    groups.add(type.paragraph(spans).spaceBefore(8));
                }
                case HISTORY -> groups.add(type.paragraph(spans(block, Typeset.BODY.withFace(FontFace.ITALIC)))
                        .spaceBefore(8));
                default -> {
                    pending = new ArrayList<>(spans(block, Typeset.BODY));
                    pendingBlock = block;
                }
            }
        }
        if (pending != null) {
            groups.add(draftBlock(pendingBlock, pending));
        }
    }

    private Group draftBlock(Block block, List<Span> spans) {
        if (block.kind() == BlockKind.LIST_ITEM && !block.label().isEmpty()) {
            return type.listItem(block.label(), spans, block.level(), Typeset.BODY);
        }
        return type.paragraph(spans);
    }

    /** A LEGAL REF entry: a hanging indent, so a long citation's second line stands in from the first. */
    private Group reference(List<Span> spans) {
        return type.listItem("", spans, 0, Typeset.BODY).spaceAfter(3);
    }

    private List<Span> spans(Block block, Style base) {
        List<Span> out = new ArrayList<>(block.runs().size());
        for (Run run : block.runs()) {
            switch (run.style()) {
                case BOLD -> out.add(new Span(run.text(), base.withFace(base.face().bold())));
                case ITALIC -> out.add(new Span(run.text(), base.withFace(base.face().italic())));
                case BOLD_ITALIC -> out.add(new Span(run.text(), base.withFace(FontFace.BOLD_ITALIC)));
                case MARKER -> out.add(new Span(Integer.toString(run.marker()), base.raised(),
                        footnote("draft", run.marker())));
                default -> out.add(new Span(run.text(), base));
            }
        }
        return out;
    }

    /** The footnote for PRESSPlus comment n, once per part of the section (redline, draft). */
    private Footnote footnote(String part, int n) {
        return notes.computeIfAbsent(part + n, k -> {
            String text = policy.draft().comment(n).map(PressComment::text)
                    .orElse("(The draft has no PRESSPlus comment " + n + ".)");
            return type.footnote(key + ":" + part + ":" + n, Integer.toString(n),
                    List.of(new Span("PRESSPlus " + n + ". ", Typeset.NOTE.withFace(FontFace.BOLD)),
                            new Span(text, Typeset.NOTE)));
        });
    }
}
