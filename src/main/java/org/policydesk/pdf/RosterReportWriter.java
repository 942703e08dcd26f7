package org.policydesk.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckRow;
import org.policydesk.pdf.layout.Anchor;
import org.policydesk.pdf.layout.FontFace;
import org.policydesk.pdf.layout.FontFiles;
import org.policydesk.pdf.layout.FontSet;
import org.policydesk.pdf.layout.Group;
import org.policydesk.pdf.layout.LaidOutPage;
import org.policydesk.pdf.layout.LineBreaker;
import org.policydesk.pdf.layout.PageBreaker;
import org.policydesk.pdf.layout.PageCanvas;
import org.policydesk.pdf.layout.PageFrame;
import org.policydesk.pdf.layout.Row;
import org.policydesk.pdf.layout.Rule;
import org.policydesk.pdf.layout.Span;
import org.policydesk.pdf.layout.Style;
import org.policydesk.pdf.layout.TableRow;

/**
 * Writes a roster check as a PDF/A-2u report for principals: a first page with the district, what was checked,
 * the as-of date, the filters and every building's numbers; then one section per building, each on a new page
 * with its numbers and its exception table, so a building's pages can be handed to its principal. Bookmarks
 * per building, "Page x of y" in the footer. The same check gives the same bytes.
 */
public final class RosterReportWriter {

    static final String SUMMARY = "summary";
    private static final Style CELL = Style.of(FontFace.REGULAR, 9f);
    private static final Style HEAD = Style.of(FontFace.BOLD, 9f);
    private static final int HEADER_SHADE = 0xE6E6E6;
    /** Building, name, staff, done, in grace, missing, overdue, % done. */
    private static final float[] SUMMARY_X = {0, 50, 180, 228, 272, 324, 376, 428};
    /** Staff, done, in grace, missing, overdue, % done. */
    private static final float[] TALLY_X = {0, 70, 140, 210, 290, 370};
    /** Name, ID, position, last done, status and what is missing. */
    private static final float[] EXCEPTION_X = {0, 112, 160, 244, 330};
    private static final java.time.format.DateTimeFormatter SHORT_DATE =
            java.time.format.DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private final FontFiles fontFiles;
    private final PageFrame frame = PageFrame.letter();

    public RosterReportWriter() {
        this(FontFiles.shipped());
    }

    public RosterReportWriter(FontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    /** Writes the report to {@code out} and returns its page count. */
    public int write(RosterReport report, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(); FontSet fonts = new FontSet(doc, fontFiles)) {
            Typeset type = new Typeset(fonts, frame.columnWidth());
            List<Group> groups = new ArrayList<>(firstPage(report, type));
            Map<String, List<CheckRow>> byBuilding = rowsByBuilding(report);
            for (BuildingTally tally : report.tallies()) {
                groups.addAll(buildingSection(report, tally, byBuilding.getOrDefault(tally.buildingCode(), List.of()),
                        type));
            }
            List<LaidOutPage> pages = new PageBreaker(frame.bodyHeight()).paginate(groups, () -> false);
            List<PDPage> pdPages = new ArrayList<>(pages.size());
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(new PDRectangle(frame.width(), frame.height()));
                doc.addPage(page);
                pdPages.add(page);
                try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                    PageCanvas canvas = new PageCanvas(stream, fonts, Map.of());
                    drawPage(canvas, pages.get(p), p + 1, pages.size(), report);
                    canvas.finish();
                }
            }
            addOutline(doc, pdPages, pages);
            PdfArchive.apply(doc, facts(report));
            doc.save(out);
            return pages.size();
        }
    }

    /** As {@link #write}, into memory. */
    public byte[] toBytes(RosterReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, List<CheckRow>> rowsByBuilding(RosterReport report) {
        Map<String, List<CheckRow>> map = new LinkedHashMap<>();
        for (CheckRow row : report.rows()) {
            map.computeIfAbsent(row.buildingCode(), k -> new ArrayList<>()).add(row);
        }
        return map;
    }

    private List<Group> firstPage(RosterReport r, Typeset type) {
        List<Group> groups = new ArrayList<>();
        groups.add(type.text("Roster check", Style.of(FontFace.BOLD, 20)).spaceAfter(4)
                .runningHeader("Summary").anchor(new Anchor(SUMMARY, "Summary", 0)));
        groups.add(type.text(r.districtName(), Style.of(FontFace.REGULAR, 13)).spaceAfter(14));
        Style label = Typeset.BODY.withFace(FontFace.BOLD);
        groups.add(type.listItem(r.training() ? "Training:" : "Policy:", List.of(new Span(r.subject(), Typeset.BODY)),
                0, label).spaceAfter(2));
        groups.add(type.listItem("As of:", List.of(new Span(FrontMatter.date(r.asOf()), Typeset.BODY)), 0, label)
                .spaceAfter(2));
        for (String parameter : r.parameters()) {
            int colon = parameter.indexOf(": ");
            String name = colon < 0 ? "" : parameter.substring(0, colon + 1);
            String value = colon < 0 ? parameter : parameter.substring(colon + 2);
            groups.add(type.listItem(name, List.of(new Span(value, Typeset.BODY)), 0, label).spaceAfter(2));
        }
        BuildingTally t = r.total();
        groups.add(type.paragraph(List.of(new Span(String.format(Locale.US,
                "District: %d staff, %d done (%.0f%%), %d in grace period, %d missing, %d overdue.", t.staff(),
                t.done(), t.percentDone(), t.inGrace(), t.missing(), t.overdue()), Typeset.BODY))).spaceBefore(12));
        groups.add(summaryTable(r, type).spaceBefore(6));
        groups.add(type.text("Each building follows on its own pages, with the staff who are not done: missing "
                + "(never " + (r.training() ? "attended" : "acknowledged") + "), overdue ("
                + (r.training() ? "training expired" : "acknowledged only an older version")
                + ") or new hires in their grace period.", Typeset.SMALL.withFace(FontFace.ITALIC)).spaceBefore(10));
        return groups;
    }

    private Group summaryTable(RosterReport r, Typeset type) {
        LineBreaker breaker = new LineBreaker(type.fonts());
        float w = type.width();
        TableRow header = TableRow.of(breaker, cells(HEAD, "Building", "Name", "Staff", "Done", "In grace", "Missing",
                "Overdue", "% done"), SUMMARY_X, w, HEADER_SHADE);
        List<Row> rows = new ArrayList<>();
        rows.add(header);
        for (BuildingTally t : r.tallies()) {
            rows.add(TableRow.of(breaker, tallyCells(CELL, t, true), SUMMARY_X, w, -1));
        }
        if (r.tallies().size() > 1) {
            rows.add(TableRow.of(breaker, tallyCells(HEAD, r.total(), true), SUMMARY_X, w, -1));
        }
        rows.add(new Rule(w, 0.5f, 0x808080));
        return new Group(rows).repeatOnEachPage(header);
    }

    private List<Group> buildingSection(RosterReport r, BuildingTally tally, List<CheckRow> rows, Typeset type) {
        String title = tally.buildingName().equals(tally.buildingCode()) ? tally.buildingCode()
                : tally.buildingName() + " (" + tally.buildingCode() + ")";
        List<Group> groups = new ArrayList<>();
        groups.add(type.heading(title, Style.of(FontFace.BOLD, 16)).newPage().spaceAfter(2)
                .runningHeader(title).anchor(new Anchor("building:" + tally.buildingCode(), title, 0)));
        groups.add(type.text(r.subject() + ", as of " + FrontMatter.date(r.asOf()), Typeset.BODY.withSize(10))
                .spaceAfter(8));
        LineBreaker breaker = new LineBreaker(type.fonts());
        float w = type.width();
        List<Row> numbers = List.of(
                TableRow.of(breaker, cells(HEAD, "Staff", "Done", "In grace", "Missing", "Overdue", "% done"),
                        TALLY_X, w, HEADER_SHADE),
                TableRow.of(breaker, tallyCells(CELL, tally, false), TALLY_X, w, -1),
                new Rule(w, 0.5f, 0x808080));
        groups.add(new Group(numbers).keepTogether().spaceAfter(12));
        if (rows.isEmpty()) {
            groups.add(type.text(tally.staff() == 0 ? "No staff on the roster of this building on that date."
                    : "Nobody in this building to list" + (r.parameters().isEmpty() ? "." : " with these filters."),
                    Typeset.BODY.withFace(FontFace.ITALIC)));
            return groups;
        }
        groups.add(type.heading(rows.size() == 1 ? "1 person to follow up" : rows.size() + " people to follow up",
                Style.of(FontFace.BOLD, 12)));
        TableRow header = TableRow.of(breaker, cells(HEAD, "Name", "ID", "Position",
                r.training() ? "Last attended" : "Last acknowledged", "Status and what is missing"),
                EXCEPTION_X, w, HEADER_SHADE);
        List<Row> table = new ArrayList<>();
        table.add(header);
        for (CheckRow row : rows) {
            table.add(TableRow.of(breaker, exceptionCells(row), EXCEPTION_X, w, -1));
        }
        table.add(new Rule(w, 0.5f, 0x808080));
        groups.add(new Group(table).repeatOnEachPage(header));
        return groups;
    }

    private static List<List<Span>> exceptionCells(CheckRow row) {
        String last = row.lastDone() == null ? "never"
                : row.lastDone() + (row.lastDoneDate() == null ? "" : " on " + SHORT_DATE.format(row.lastDoneDate()));
        List<Span> status = new ArrayList<>();
        status.add(new Span(row.status().label(), CELL.withFace(FontFace.BOLD)));
        if (row.newHire()) {
            status.add(new Span(" (new hire" + (row.hireDate() == null ? "" : ", hired " + SHORT_DATE.format(row.hireDate()))
                    // A training's "what is missing" already says "attend by DATE"; say the date once.
                    + (row.dueBy() == null || row.missingWhat() != null && row.missingWhat().contains(row.dueBy().toString())
                    ? "" : ", due by " + SHORT_DATE.format(row.dueBy())) + ")", CELL));
        }
        if (row.missingWhat() != null && !row.missingWhat().isBlank()) {
            status.add(new Span(": " + row.missingWhat(), CELL));
        }
        return List.of(List.of(new Span(row.name(), CELL)), List.of(new Span(row.employeeNo(), CELL)),
                List.of(new Span(row.position() == null ? "" : row.position(), CELL)), List.of(new Span(last, CELL)),
                status);
    }

    private static List<List<Span>> tallyCells(Style style, BuildingTally t, boolean withBuilding) {
        List<String> values = new ArrayList<>();
        if (withBuilding) {
            values.add(t.buildingCode());
            values.add(t.buildingName());
        }
        values.addAll(List.of(Integer.toString(t.staff()), Integer.toString(t.done()), Integer.toString(t.inGrace()),
                Integer.toString(t.missing()), Integer.toString(t.overdue()),
                String.format(Locale.US, "%.0f%%", t.percentDone())));
        return cells(style, values.toArray(String[]::new));
    }

    private static List<List<Span>> cells(Style style, String... texts) {
        List<List<Span>> cells = new ArrayList<>(texts.length);
        for (String text : texts) {
            cells.add(List.of(new Span(text, style)));
        }
        return cells;
    }

    private void drawPage(PageCanvas canvas, LaidOutPage page, int number, int total, RosterReport r) {
        float top = frame.bodyTop();
        for (LaidOutPage.Placed placed : page.rows()) {
            placed.row().draw(canvas, frame.left(), top - placed.offset());
        }
        float headerY = frame.height() - frame.top() + 30;
        float footerY = frame.bottom() - 36;
        float rightEdge = frame.width() - frame.right();
        canvas.text(r.districtName(), FontFace.REGULAR, 9, Typeset.GRAY, frame.left(), headerY);
        if (page.runningHeader() != null) {
            float w = canvas.fonts().width(page.runningHeader(), FontFace.BOLD, 9);
            canvas.text(page.runningHeader(), FontFace.BOLD, 9, Typeset.GRAY, rightEdge - w, headerY);
        }
        canvas.rect(frame.left(), headerY - 5, frame.columnWidth(), 0.4f, 0xA0A0A0);
        canvas.rect(frame.left(), footerY + 12, frame.columnWidth(), 0.4f, 0xA0A0A0);
        canvas.text("Roster check as of " + FrontMatter.date(r.asOf()), FontFace.ITALIC, 9, Typeset.GRAY,
                frame.left(), footerY);
        String pageText = "Page " + number + " of " + total;
        float w = canvas.fonts().width(pageText, FontFace.REGULAR, 9);
        canvas.text(pageText, FontFace.REGULAR, 9, Typeset.GRAY, rightEdge - w, footerY);
    }

    /** One bookmark for the summary and one per building. */
    private void addOutline(PDDocument doc, List<PDPage> pdPages, List<LaidOutPage> pages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        for (int p = 0; p < pages.size(); p++) {
            for (LaidOutPage.PlacedAnchor placed : pages.get(p).anchors()) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(placed.anchor().title());
                PDPageXYZDestination dest = new PDPageXYZDestination();
                dest.setPage(pdPages.get(p));
                dest.setLeft((int) frame.left());
                dest.setTop(Math.round(frame.bodyTop() - placed.offset() + 6));
                item.setDestination(dest);
                outline.addLast(item);
            }
        }
        outline.openNode();
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static PdfArchive.Facts facts(RosterReport r) {
        String title = "Roster check: " + r.subject() + ", as of " + FrontMatter.date(r.asOf());
        String subject = "Per-building roster check for " + (r.training() ? "training " : "policy ") + r.subject();
        String keywords = "roster check; " + String.join("; ", r.parameters());
        return new PdfArchive.Facts(title, subject, r.districtName(), keywords,
                r.asOf().atStartOfDay().toInstant(ZoneOffset.UTC), id(r));
    }

    /** A document ID from the report's content, so it repeats with the content and changes with it. */
    private static byte[] id(RosterReport r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder();
            sb.append(r.districtName()).append('\0').append(r.subject()).append('\0').append(r.asOf()).append('\0')
                    .append(r.parameters()).append('\0').append(r.tallies()).append('\0').append(r.rows());
            sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
