package org.policydesk.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import io.nayuki.qrcodegen.QrCode;

import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetLine;
import org.policydesk.pdf.layout.FontFace;
import org.policydesk.pdf.layout.FontFiles;
import org.policydesk.pdf.layout.FontSet;
import org.policydesk.pdf.layout.Group;
import org.policydesk.pdf.layout.LaidOutPage;
import org.policydesk.pdf.layout.Line;
import org.policydesk.pdf.layout.LineBreaker;
import org.policydesk.pdf.layout.PageBreaker;
import org.policydesk.pdf.layout.PageCanvas;
import org.policydesk.pdf.layout.Row;
import org.policydesk.pdf.layout.Span;
import org.policydesk.pdf.layout.Style;
import org.policydesk.pdf.layout.TextRow;

/**
 * Writes acknowledgment sheets with the packet's layout engine and fonts: sign-in sheets (a header, the
 * statement and pre-filled rows with signature and date columns on every page) or one form per employee (the
 * statement, the full policy text and a signature block). Every page carries the sheet ID and a QR code of the
 * sheet ID and the version hash, drawn as vector squares. The PDF is PDF/A-2u and carries the full version hash
 * in its document information ({@value #HASH_KEY}), where {@code verify} finds it.
 */
public final class AcknowledgmentSheetWriter {

    /** Document-information key holding the SHA-256 of the policy text the document is about. */
    public static final String HASH_KEY = "PolicyDeskVersionHash";
    /** Document-information key holding the sheet ID. */
    public static final String SHEET_KEY = "PolicyDeskSheetId";

    private static final float W = 612;
    private static final float H = 792;
    private static final float MARGIN = 40;
    private static final float FOOTER = 78;
    private static final float QR_SIZE = 62;
    private static final int GRAY = 0x595959;
    private static final int RULE = 0x808080;
    private static final Style STATEMENT = Style.of(FontFace.ITALIC, 10);
    private static final Style BODY = Style.of(FontFace.REGULAR, 10.5f);

    private final FontFiles fontFiles;

    public AcknowledgmentSheetWriter() {
        this(FontFiles.shipped());
    }

    public AcknowledgmentSheetWriter(FontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    /** Writes the document and returns its page count. */
    public int write(SheetDocument sheet, OutputStream out) throws IOException {
        return write(sheet, out, PacketMonitor.NONE);
    }

    /**
     * Writes the document and returns its page count, telling {@code monitor} the fraction of pages drawn.
     *
     * @throws java.util.concurrent.CancellationException when the monitor asks to cancel
     */
    public int write(SheetDocument sheet, OutputStream out, PacketMonitor monitor) throws IOException {
        try (PDDocument doc = new PDDocument(); FontSet fonts = new FontSet(doc, fontFiles)) {
            QrCode qr = QrCode.encodeText(sheet.qrPayload(), QrCode.Ecc.MEDIUM);
            int pages = sheet.layout() == SheetLayout.SHEET ? signInSheets(doc, fonts, sheet, qr, monitor)
                    : forms(doc, fonts, sheet, qr, monitor);
            PdfArchive.apply(doc, facts(sheet));
            doc.getDocumentInformation().setCustomMetadataValue(HASH_KEY, sheet.contentHash());
            doc.getDocumentInformation().setCustomMetadataValue(SHEET_KEY, sheet.sheetId());
            doc.save(out);
            return pages;
        }
    }

    public byte[] toBytes(SheetDocument sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            write(sheet, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- sign-in sheets ----------------------------------------------------------------------------------------

    private int signInSheets(PDDocument doc, FontSet fonts, SheetDocument sheet, QrCode qr, PacketMonitor monitor)
            throws IOException {
        LineBreaker breaker = new LineBreaker(fonts);
        float width = W - 2 * MARGIN;
        List<Line> statement = breaker.lines(List.of(new Span(sheet.statement(), STATEMENT)), width, 0);
        int perPage = sheet.rowsPerPage();
        int total = Math.max(1, (sheet.lines().size() + perPage - 1) / perPage);
        float[] cols = {0, 22, 182, 250, 350, 470};
        for (int p = 0; p < total; p++) {
            pageDone(monitor, p, total);
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                PageCanvas canvas = new PageCanvas(stream, fonts, Map.of());
                float y = header(canvas, sheet, H - MARGIN);
                for (Line line : statement) {
                    canvas.line(line, MARGIN, y - line.ascent());
                    y -= line.height();
                }
                y -= 8;
                float tableBottom = MARGIN + FOOTER;
                float headerHeight = 16;
                float rowHeight = Math.min(28, (y - headerHeight - tableBottom) / perPage);
                float tableTop = y;
                canvas.rect(MARGIN, y - headerHeight, width, headerHeight, 0xE6E6E6);
                String[] heads = {"#", "Name", "Employee ID", "Position", "Signature", "Date"};
                for (int c = 0; c < heads.length; c++) {
                    canvas.text(heads[c], FontFace.BOLD, 9, Style.BLACK, MARGIN + cols[c] + 3, y - 11.5f);
                }
                y -= headerHeight;
                int from = p * perPage;
                int to = Math.min(sheet.lines().size(), from + perPage);
                for (int i = from; i < to; i++) {
                    SheetLine line = sheet.lines().get(i);
                    float base = y - rowHeight + Math.min(8, rowHeight / 3);
                    canvas.text(Integer.toString(i + 1), FontFace.REGULAR, 8, GRAY, MARGIN + 3, base);
                    canvas.text(fit(fonts, line.name(), FontFace.REGULAR, 10, cols[2] - cols[1] - 6),
                            FontFace.REGULAR, 10, Style.BLACK, MARGIN + cols[1] + 3, base);
                    canvas.text(fit(fonts, line.employeeNo(), FontFace.REGULAR, 10, cols[3] - cols[2] - 6),
                            FontFace.REGULAR, 10, Style.BLACK, MARGIN + cols[2] + 3, base);
                    canvas.text(fit(fonts, line.position() == null ? "" : line.position(), FontFace.REGULAR, 9,
                                    cols[4] - cols[3] - 6), FontFace.REGULAR, 9, Style.BLACK, MARGIN + cols[3] + 3,
                            base);
                    y -= rowHeight;
                    canvas.rect(MARGIN, y, width, 0.5f, RULE);
                }
                for (int c = 1; c < cols.length; c++) {
                    canvas.rect(MARGIN + cols[c], y, 0.4f, tableTop - y, 0xB0B0B0);
                }
                footer(canvas, sheet, qr, p + 1, total);
                canvas.finish();
            }
        }
        return total;
    }

    // ---- per-employee forms ----------------------------------------------------------------------------------

    private int forms(PDDocument doc, FontSet fonts, SheetDocument sheet, QrCode qr, PacketMonitor monitor)
            throws IOException {
        LineBreaker breaker = new LineBreaker(fonts);
        float width = W - 2 * MARGIN;
        float headerHeight = 74;
        float bodyTop = H - MARGIN - headerHeight;
        float bodyHeight = bodyTop - (MARGIN + FOOTER);
        List<Group> groups = new ArrayList<>();
        Map<Row, SheetDocument.Signed> signatureRows = new HashMap<>();
        List<SheetLine> people = sheet.lines().isEmpty() ? List.of(new SheetLine(0, "", "", "")) : sheet.lines();
        for (SheetLine person : people) {
            String who = person.name().isEmpty() ? "Employee: ______________________________   ID: __________"
                    : "Employee: " + person.name() + "   ID: " + person.employeeNo()
                    + (person.position() == null || person.position().isBlank() ? "" : "   " + person.position());
            groups.add(new Group(rows(breaker.lines(List.of(new Span(who, Style.of(FontFace.BOLD, 11))), width, 0)))
                    .newPage().spaceAfter(6));
            groups.add(new Group(rows(breaker.lines(List.of(new Span(sheet.statement(), STATEMENT)), width, 0)))
                    .keepTogether().spaceAfter(10));
            for (String paragraph : sheet.policyText()) {
                groups.add(new Group(rows(breaker.lines(List.of(new Span(paragraph, BODY)), width, 0))).spaceAfter(5));
            }
            SheetDocument.Signed signed = sheet.signatures().get(person.employeeNo());
            Row block = new SignatureBlock(width, signed == null ? null : embed(doc, signed), signed);
            groups.add(Group.of(block).keepTogether().spaceBefore(14));
        }
        List<LaidOutPage> pages = new PageBreaker(bodyHeight).paginate(groups, monitor::cancelled);
        for (int p = 0; p < pages.size(); p++) {
            pageDone(monitor, p, pages.size());
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                PageCanvas canvas = new PageCanvas(stream, fonts, Map.of());
                header(canvas, sheet, H - MARGIN);
                for (LaidOutPage.Placed placed : pages.get(p).rows()) {
                    placed.row().draw(canvas, MARGIN, bodyTop - placed.offset());
                }
                footer(canvas, sheet, qr, p + 1, pages.size());
                canvas.finish();
            }
        }
        return pages.size();
    }

    /** Reports {@code done} of {@code total} pages drawn; stops when the monitor asks to cancel. */
    private static void pageDone(PacketMonitor monitor, int done, int total) {
        if (monitor.cancelled()) {
            throw new CancellationException("sheets cancelled");
        }
        monitor.progress((double) done / total, "Page " + (done + 1) + " of " + total);
    }

    private static PDImageXObject embed(PDDocument doc, SheetDocument.Signed signed) {
        try {
            return PDImageXObject.createFromByteArray(doc, signed.png(), "signature.png");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signature image", e);
        }
    }

    /** The signature lines of a form, or the kiosk signature image with when it was given. */
    private static final class SignatureBlock implements Row {
        private final float width;
        private final PDImageXObject image;
        private final SheetDocument.Signed signed;

        SignatureBlock(float width, PDImageXObject image, SheetDocument.Signed signed) {
            this.width = width;
            this.image = image;
            this.signed = signed;
        }

        @Override
        public float height() {
            return 96;
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top) {
            canvas.frame(x, top - height(), width, height(), 0.6f, RULE);
            float line = top - 62;
            if (image != null) {
                float h = 46;
                float w = Math.min(260, h * image.getWidth() / Math.max(1f, image.getHeight()));
                canvas.image(image, x + 12, line + 2, w, h);
            }
            canvas.rect(x + 10, line, 300, 0.6f, Style.BLACK);
            canvas.rect(x + 340, line, width - 350, 0.6f, Style.BLACK);
            canvas.text("Signature", FontFace.REGULAR, 8.5f, GRAY, x + 10, line - 11);
            canvas.text("Date", FontFace.REGULAR, 8.5f, GRAY, x + 340, line - 11);
            if (signed != null) {
                canvas.text(signed.when(), FontFace.REGULAR, 10, Style.BLACK, x + 344, line + 6);
                canvas.text("Signed on screen at a PolicyDesk kiosk; text on screen SHA-256 " + signed.textHash(),
                        FontFace.ITALIC, 6.5f, GRAY, x + 10, line - 24);
            }
        }
    }

    private static List<Row> rows(List<Line> lines) {
        List<Row> rows = new ArrayList<>(lines.size());
        lines.forEach(l -> rows.add(new TextRow(l)));
        return rows;
    }

    // ---- page furniture ----------------------------------------------------------------------------------------

    /** Draws the header and returns the y below it. */
    private static float header(PageCanvas canvas, SheetDocument sheet, float top) {
        FontSet fonts = canvas.fonts();
        float width = W - 2 * MARGIN;
        canvas.text(fit(fonts, sheet.districtName(), FontFace.BOLD, 11, width), FontFace.BOLD, 11, GRAY, MARGIN,
                top - 10);
        canvas.text("Acknowledgment of Board Policy " + sheet.policyNumber(), FontFace.BOLD, 14, Style.BLACK, MARGIN,
                top - 28);
        canvas.text(fit(fonts, sheet.title(), FontFace.BOLD, 11, width), FontFace.BOLD, 11, Style.BLACK, MARGIN,
                top - 42);
        String facts = "Version " + sheet.versionSeq()
                + (sheet.adoptedOn() == null ? "" : "  ·  Adopted " + sheet.adoptedOn())
                + "  ·  Text SHA-256 " + sheet.shortHash();
        canvas.text(facts, FontFace.REGULAR, 9.5f, Style.BLACK, MARGIN, top - 55);
        canvas.rect(MARGIN, top - 62, width, 0.6f, RULE);
        return top - 70;
    }

    private static void footer(PageCanvas canvas, SheetDocument sheet, QrCode qr, int page, int total) {
        float qrX = W - MARGIN - QR_SIZE;
        float qrY = MARGIN - 6;
        drawQr(canvas, qr, qrX, qrY, QR_SIZE);
        float y = MARGIN + 40;
        canvas.rect(MARGIN, MARGIN + FOOTER - 12, W - 2 * MARGIN - QR_SIZE - 12, 0.4f, 0xA0A0A0);
        canvas.text("Sheet " + sheet.sheetId(), FontFace.BOLD, 12, Style.BLACK, MARGIN, y);
        canvas.text("Page " + page + " of " + total, FontFace.REGULAR, 9, GRAY, MARGIN, y - 14);
        canvas.text("Policy text SHA-256: " + sheet.contentHash(), FontFace.REGULAR, 6.5f, GRAY, MARGIN, y - 27);
        canvas.text("Return this sheet to the superintendent's office.", FontFace.ITALIC, 8, GRAY, MARGIN, y - 40);
    }

    /** The QR code as filled squares, runs of dark modules in a row merged into one rectangle. */
    private static void drawQr(PageCanvas canvas, QrCode qr, float x, float y, float size) {
        int n = qr.size;
        float m = size / (n + 8); // four modules of quiet zone each side
        float left = x + 4 * m;
        float top = y + size - 4 * m;
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!qr.getModule(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && qr.getModule(col, row)) {
                    col++;
                }
                canvas.rect(left + start * m, top - (row + 1) * m, (col - start) * m, m, Style.BLACK);
            }
        }
    }

    /** The text, shortened with an ellipsis to fit the width. */
    private static String fit(FontSet fonts, String text, FontFace face, float size, float width) {
        if (fonts.width(text, face, size) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fonts.width(t + "…", face, size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    private static PdfArchive.Facts facts(SheetDocument sheet) {
        String title = "Acknowledgment of Board Policy " + sheet.policyNumber() + " (sheet " + sheet.sheetId() + ")";
        String subject = sheet.title() + ", version " + sheet.versionSeq();
        String keywords = "policy acknowledgment; sheet " + sheet.sheetId() + "; policy-version-sha256 "
                + sheet.contentHash();
        return new PdfArchive.Facts(title, subject, sheet.districtName(), keywords, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), id(sheet));
    }

    private static byte[] id(SheetDocument sheet) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(sheet.sheetId().getBytes(StandardCharsets.UTF_8));
            sha.update(sheet.contentHash().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
