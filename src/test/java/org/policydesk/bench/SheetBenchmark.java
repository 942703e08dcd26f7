package org.policydesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetLine;
import org.policydesk.pdf.AcknowledgmentSheetWriter;
import org.policydesk.pdf.SheetDocument;

/**
 * Sign-in sheets for 5,000 staff at 20 rows a page (250 pages), against a bare-PDFBox baseline that draws the
 * same text (header and four cells a row) with the same embedded font and no layout, QR or PDF/A. Goal: ≤ 3 s.
 */
final class SheetBenchmark implements Benchmark {

    static final int STAFF = 5000;

    @Override
    public String name() {
        return "sheets";
    }

    @Override
    public List<BenchResult> run() throws Exception {
        List<SheetLine> lines = new ArrayList<>(STAFF);
        for (int i = 0; i < STAFF; i++) {
            lines.add(new SheetLine(i + 1, String.format("%06d", i + 1), "Lastname" + (i % 997) + ", First" + (i % 89),
                    i % 3 == 0 ? "Teacher" : "Paraprofessional"));
        }
        SheetDocument doc = new SheetDocument("Sample School District 000", "5:125",
                "Personal Technology and Social Media; Usage and Conduct", 3, "June 12, 2025", "ab".repeat(32),
                "I acknowledge that I have received, read and understand Board policy 5:125, and that I agree to abide "
                        + "by it. I understand that violations may result in discipline up to and including dismissal.",
                "AK-BENC-H001", SheetLayout.SHEET, lines, List.of(), Map.of(), 20);
        AcknowledgmentSheetWriter writer = new AcknowledgmentSheetWriter();
        for (int i = 0; i < 2; i++) {
            writer.toBytes(doc);
            baseline(lines);
        }
        double[] ours = new double[3];
        double[] bare = new double[3];
        int size = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            size = writer.toBytes(doc).length;
            ours[i] = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            baseline(lines);
            bare[i] = (System.nanoTime() - t1) / 1e9;
        }
        Arrays.sort(ours);
        Arrays.sort(bare);
        return List.of(new BenchResult("sheets.5000staff.seconds", ours[1], "s", "<= 3"),
                new BenchResult("sheets.bare-pdfbox.seconds", bare[1], "s", null),
                new BenchResult("sheets.ratio-to-bare", ours[1] / bare[1], "x", null),
                new BenchResult("sheets.bytes", size, "B", null));
    }

    /** The same rows drawn with bare PDFBox: one font, showText at fixed positions. */
    static int baseline(List<SheetLine> lines) throws Exception {
        try (PDDocument pd = new PDDocument();
             InputStream font = SheetBenchmark.class.getResourceAsStream("/policydesk/fonts/LiberationSerif-Regular.ttf")) {
            PDType0Font f = PDType0Font.load(pd, font, true);
            for (int from = 0; from < lines.size(); from += 20) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                pd.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pd, page)) {
                    cs.beginText();
                    cs.setFont(f, 14);
                    cs.setTextMatrix(Matrix.getTranslateInstance(40, 740));
                    cs.showText("Acknowledgment of Board Policy 5:125");
                    cs.setFont(f, 10);
                    for (int i = from; i < Math.min(lines.size(), from + 20); i++) {
                        SheetLine l = lines.get(i);
                        float y = 640 - (i - from) * 26;
                        cs.setTextMatrix(Matrix.getTranslateInstance(62, y));
                        cs.showText(l.name());
                        cs.setTextMatrix(Matrix.getTranslateInstance(222, y));
                        cs.showText(l.employeeNo());
                        cs.setTextMatrix(Matrix.getTranslateInstance(290, y));
                        cs.showText(l.position());
                    }
                    cs.setTextMatrix(Matrix.getTranslateInstance(40, 80));
                    cs.showText("Sheet AK-BENC-H001  Page " + (from / 20 + 1));
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pd.save(out);
            return out.size();
        }
    }

    /** Runs this benchmark alone: prints its figures. */
    public static void main(String[] args) throws Exception {
        new SheetBenchmark().run().forEach(System.out::println);
    }
}
