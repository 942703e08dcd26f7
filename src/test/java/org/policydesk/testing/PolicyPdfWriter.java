package org.policydesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Prints policies to PDF the way other systems do, for import tests: wrapped paragraphs and hanging list items,
 * bold headings, a running header and footer on every page ("Page n of m", a print stamp), page breaks where
 * the page ends and wherever a test asks, and optionally a cover and a contents page in front.
 */
public final class PolicyPdfWriter {

    /** One block to print: a heading, a paragraph or a list item (label set apart, text indented). */
    public record Block(String text, boolean heading, String label, boolean newPage) {
        public static Block heading(String text) {
            return new Block(text, true, null, false);
        }

        public static Block headingOnNewPage(String text) {
            return new Block(text, true, null, true);
        }

        public static Block paragraph(String text) {
            return new Block(text, false, null, false);
        }

        public static Block item(String label, String text) {
            return new Block(text, false, label, false);
        }
    }

    private record Line(String text, float x, float size, boolean bold, float gapBefore) {
    }

    private static final float TOP = 72;
    private static final float BOTTOM = 720;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private String header = "";
    private String footer = "";
    private boolean cover;
    private List<String> contents = List.of();
    private Random breaks;
    private double breakChance;

    public PolicyPdfWriter header(String text) {
        this.header = text;
        return this;
    }

    /** The footer; "%d" and "%d" become the page and the page count. */
    public PolicyPdfWriter footer(String text) {
        this.footer = text;
        return this;
    }

    public PolicyPdfWriter coverAndContents(List<String> contentsEntries) {
        this.cover = true;
        this.contents = contentsEntries;
        return this;
    }

    /** Breaks pages also at random lines, as a printer with other margins would. */
    public PolicyPdfWriter randomBreaks(Random random, double chancePerLine) {
        this.breaks = random;
        this.breakChance = chancePerLine;
        return this;
    }

    public byte[] write(List<Block> blocks) {
        List<List<Line>> pages = paginate(blocks);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int front = 0;
            if (cover) {
                List<Line> coverPage = List.of(new Line("Board Policy Manual", 150, 24, true, 200),
                        new Line("Lincoln Community Unit School District 12", 150, 14, false, 40));
                drawPage(doc, coverPage, 0, 0, false);
                List<Line> toc = new ArrayList<>();
                toc.add(new Line("Table of Contents", 72, 16, true, 0));
                for (int i = 0; i < contents.size(); i++) {
                    toc.add(new Line(contents.get(i) + " ........................ " + (3 + i), 72, 11, false, 6));
                }
                drawPage(doc, toc, 0, 0, false);
                front = 2;
            }
            for (int p = 0; p < pages.size(); p++) {
                drawPage(doc, pages.get(p), p + 1 + front, pages.size() + front, true);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<Line>> paginate(List<Block> blocks) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float y = TOP;
        for (Block b : blocks) {
            if (b.newPage() && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = TOP;
            }
            List<Line> lines = layout(b);
            for (Line l : lines) {
                float step = l.size() * 1.3f + l.gapBefore();
                boolean randomBreak = breaks != null && !page.isEmpty() && breaks.nextDouble() < breakChance;
                if (y + step > BOTTOM || randomBreak) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = TOP;
                }
                page.add(l);
                y += step;
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private List<Line> layout(Block b) {
        List<Line> out = new ArrayList<>();
        float size = b.heading() ? 13 : 11;
        PDFont font = b.heading() ? bold : regular;
        float x = b.label() == null ? 72 : 96;
        List<String> wrapped = wrap(b.text(), font, size, 540 - x);
        for (int i = 0; i < wrapped.size(); i++) {
            String text = i == 0 && b.label() != null ? b.label() + " " + wrapped.get(i) : wrapped.get(i);
            float lineX = i == 0 && b.label() != null ? 80 : x;
            out.add(new Line(text, lineX, size, b.heading(), i == 0 ? (b.label() != null ? 3 : 10) : 0));
        }
        return out;
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(font, candidate, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDFont font, String s, float size) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drawPage(PDDocument doc, List<Line> lines, int number, int count, boolean furniture) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            if (furniture && !header.isEmpty()) {
                text(cs, regular, 9, 72, height - 36, header);
            }
            float y = TOP;
            for (Line l : lines) {
                y += l.gapBefore() + l.size() * 1.3f;
                text(cs, l.bold() ? bold : regular, l.size(), l.x(), height - y, l.text());
            }
            if (furniture && !footer.isEmpty()) {
                text(cs, regular, 9, 72, 40, String.format(footer, number, count));
            }
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** A sample policy as blocks: heading, first paragraph, list, the rest, references and history. */
    public static List<Block> blocks(SamplePolicy p, boolean newPage) {
        List<Block> blocks = new ArrayList<>();
        String heading = p.number() + " " + p.title();
        blocks.add(newPage ? Block.headingOnNewPage(heading) : Block.heading(heading));
        blocks.add(Block.paragraph(p.paragraphs().get(0)));
        for (int i = 0; i < p.listItems().size(); i++) {
            blocks.add(Block.item((i + 1) + ".", p.listItems().get(i)));
        }
        for (int i = 1; i < p.paragraphs().size(); i++) {
            blocks.add(Block.paragraph(p.paragraphs().get(i)));
        }
        blocks.add(Block.paragraph("LEGAL REF.: " + p.legalRefs().get(0)));
        for (int i = 1; i < p.legalRefs().size(); i++) {
            blocks.add(Block.paragraph(p.legalRefs().get(i)));
        }
        blocks.add(Block.paragraph("CROSS REF.: " + p.crossRefs()));
        blocks.add(Block.paragraph(p.history()));
        return blocks;
    }
}
