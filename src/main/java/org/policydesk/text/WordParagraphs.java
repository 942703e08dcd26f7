package org.policydesk.text;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * What Word's styles and numbering definitions say about a paragraph: is it the Title, a heading of which
 * level, or a list item with which number format. Looks through the paragraph's style (and the styles it is
 * based on), because Word puts heading levels and list numbering there as often as on the paragraph itself.
 */
final class WordParagraphs {

    /** Built-in style names are English in every Word language; style ids are not ("berschrift1"). */
    private static final Pattern HEADING_NAME = Pattern.compile("heading\\s*([1-9])");
    private static final int MAX_STYLE_DEPTH = 10;

    /** A list level as the numbering definitions describe it. */
    record ListLevel(String numId, int level, String format, String levelText, int start) {
    }

    private final XWPFStyles styles;
    private final XWPFNumbering numbering;

    WordParagraphs(XWPFDocument doc) {
        this.styles = doc.getStyles();
        this.numbering = doc.getNumbering();
    }

    /** True for a paragraph in Word's Title style. */
    boolean isTitle(XWPFParagraph p) {
        return styleChain(p).anyMatch(s -> "title".equals(name(s)) || "Title".equals(s.getStyleId()));
    }

    /** The heading level (1 = Heading 1) from the style's name or the outline level, if the paragraph is a heading. */
    OptionalInt headingLevel(XWPFParagraph p) {
        if (p.getCTPPr() != null && p.getCTPPr().getOutlineLvl() != null) {
            return outline(p.getCTPPr().getOutlineLvl().getVal());
        }
        return styleChain(p).map(s -> {
            Matcher m = HEADING_NAME.matcher(name(s));
            if (m.matches()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
            CTPPrGeneral ppr = s.getCTStyle().getPPr();
            return ppr != null && ppr.getOutlineLvl() != null ? outline(ppr.getOutlineLvl().getVal())
                    : OptionalInt.empty();
        }).filter(OptionalInt::isPresent).findFirst().orElse(OptionalInt.empty());
    }

    /** Outline level 0–8 is a heading 1–9; 9 means body text. */
    private static OptionalInt outline(BigInteger level) {
        int l = level == null ? 9 : level.intValue();
        return l >= 0 && l < 9 ? OptionalInt.of(l + 1) : OptionalInt.empty();
    }

    /** The list level of a numbered or bulleted paragraph, from its own numbering or its style's. */
    Optional<ListLevel> listLevel(XWPFParagraph p) {
        CTNumPr numPr = p.getCTPPr() == null ? null : p.getCTPPr().getNumPr();
        if (numPr == null || numPr.getNumId() == null) {
            numPr = styleChain(p).map(s -> s.getCTStyle().getPPr() == null ? null : s.getCTStyle().getPPr().getNumPr())
                    .filter(n -> n != null && n.getNumId() != null).findFirst().orElse(null);
        }
        if (numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal() == null
                || BigInteger.ZERO.equals(numPr.getNumId().getVal())) {
            return Optional.empty(); // numId 0 switches numbering off
        }
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null ? 0 : numPr.getIlvl().getVal().intValue();
        level = Math.max(0, Math.min(level, 8));
        CTLvl lvl = definition(numId, level);
        String format = lvl == null || lvl.getNumFmt() == null ? "decimal" : String.valueOf(lvl.getNumFmt().getVal());
        String text = lvl == null || lvl.getLvlText() == null ? null : lvl.getLvlText().getVal();
        int start = lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
        Integer override = startOverride(numId, level);
        return Optional.of(new ListLevel(numId.toString(), level, format, text, override == null ? start : override));
    }

    private CTLvl definition(BigInteger numId, int level) {
        if (numbering == null) {
            return null;
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == level && o.getLvl() != null) {
                return o.getLvl();
            }
        }
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abs == null) {
            return null;
        }
        for (CTLvl lvl : abs.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    private Integer startOverride(BigInteger numId, int level) {
        XWPFNum num = numbering == null ? null : numbering.getNum(numId);
        if (num == null) {
            return null;
        }
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == level && o.getStartOverride() != null) {
                return o.getStartOverride().getVal().intValue();
            }
        }
        return null;
    }

    /** The paragraph's style, then the style it is based on, and so on. */
    private java.util.stream.Stream<XWPFStyle> styleChain(XWPFParagraph p) {
        java.util.List<XWPFStyle> chain = new java.util.ArrayList<>();
        String id = p.getStyleID();
        while (styles != null && id != null && chain.size() < MAX_STYLE_DEPTH) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null || chain.contains(style)) {
                break;
            }
            chain.add(style);
            id = style.getBasisStyleID();
        }
        return chain.stream();
    }

    private static String name(XWPFStyle style) {
        String n = style.getName();
        return n == null ? "" : n.strip().toLowerCase(Locale.ROOT);
    }
}
