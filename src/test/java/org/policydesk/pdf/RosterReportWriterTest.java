package org.policydesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckRow;
import org.policydesk.model.CheckStatus;

/** A roster report read back with PDFBox: one section per building on its own pages, names where they belong. */
class RosterReportWriterTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);
    private static RosterReport report;
    private static byte[] pdf;

    @BeforeAll
    static void write() {
        List<CheckRow> rows = new ArrayList<>();
        // High school: 70 people missing, more than one page of exceptions.
        for (int i = 1; i <= 70; i++) {
            rows.add(new CheckRow("HS", "Lincoln High School", String.format("%06d", 1000 + i),
                    String.format("Teacher%03d, Pat", i), "Teacher", CheckStatus.MISSING, null, null, false,
                    LocalDate.of(2010, 8, 1), null, "acknowledgment of v2"));
        }
        rows.add(new CheckRow("0150", "Washington Elementary", "000419", "Smith, Jane A", "Counselor",
                CheckStatus.OVERDUE, "v1", LocalDate.of(2024, 9, 2), false, LocalDate.of(2021, 8, 20), null,
                "needs re-acknowledgment of v2"));
        rows.add(new CheckRow("0150", "Washington Elementary", "000425", "Ñúñez, Zoë", "Librarian",
                CheckStatus.IN_GRACE, null, null, true, LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 15),
                "acknowledgment of v2"));
        List<BuildingTally> tallies = List.of(
                new BuildingTally("0150", "Washington Elementary", 3, 1, 1, 0, 1),
                new BuildingTally("0230", "Jefferson Middle", 4, 4, 0, 0, 0),
                new BuildingTally("HS", "Lincoln High School", 90, 20, 0, 70, 0));
        report = new RosterReport("Sample School District 000", false,
                "5:125 Personal Technology and Social Media (adopted version 2)", AS_OF,
                List.of("Building: all buildings", "Grace period: 30 days for new hires", "Positions: all",
                        "Listed: in grace period, missing, overdue"),
                tallies, new BuildingTally("ALL", "District", 97, 25, 1, 70, 1), rows);
        pdf = new RosterReportWriter().toBytes(report);
        String dump = System.getenv("ROSTER_REPORT_DUMP");
        if (dump != null) { // to look at the pages: render with /work/shared/tools/pdf-pages.sh
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(dump), pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** A page range's text with line breaks as spaces, as table cells wrap. */
    private static String text(PDDocument doc, int from, int to) throws Exception {
        return PacketTexts.text(doc, from, to).replaceAll("\\s+", " ");
    }

    @Test
    void eachBuildingHasItsOwnBookmarkedSectionWithItsOwnExceptions() throws Exception {
        try (PDDocument doc = PacketTexts.load(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactly("Summary", "Washington Elementary (0150)", "Jefferson Middle (0230)",
                    "Lincoln High School (HS)");
            List<Integer> starts = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                starts.add(PacketTexts.page(doc, item));
            }
            starts.add(doc.getNumberOfPages() + 1);
            assertThat(starts).isSorted().doesNotHaveDuplicates();

            String washington = text(doc, starts.get(1), starts.get(2) - 1);
            assertThat(washington).contains("Washington Elementary (0150)").contains("Smith, Jane A")
                    .contains("needs re-acknowledgment of v2").contains("v1 on 9/2/2024")
                    .contains("Ñúñez, Zoë").contains("in grace period (new hire, hired 9/15/2025, due by 10/15/2025): acknowledgment of v2").doesNotContain("Teacher001");
            String jefferson = text(doc, starts.get(2), starts.get(3) - 1);
            assertThat(jefferson).contains("Jefferson Middle (0230)").contains("Nobody in this building to list")
                    .doesNotContain("Smith, Jane A");
            String high = text(doc, starts.get(3), doc.getNumberOfPages());
            assertThat(starts.get(4) - starts.get(3)).as("70 exceptions take more than one page").isGreaterThan(1);
            for (int i = 1; i <= 70; i++) {
                assertThat(high).contains(String.format("Teacher%03d, Pat", i));
            }
            assertThat(high).contains("70 people to follow up").doesNotContain("Smith, Jane A");
            // The table header is repeated on the page the table continues on.
            String lastPage = text(doc, doc.getNumberOfPages(), doc.getNumberOfPages());
            assertThat(lastPage).contains("Last acknowledged").contains("Lincoln High School (HS)");
        }
    }

    @Test
    void firstPageStatesDistrictSubjectDateParametersAndEveryBuildingsNumbers() throws Exception {
        try (PDDocument doc = PacketTexts.load(pdf)) {
            String first = text(doc, 1, 1);
            assertThat(first).contains("Sample School District 000").contains("5:125 Personal Technology")
                    .contains("October 1, 2025").contains("Building: all buildings").contains("Grace period:")
                    .contains("Listed: in grace period, missing, overdue")
                    .contains("District: 97 staff, 25 done (26%), 1 in grace period, 70 missing, 1 overdue.")
                    .contains("HS Lincoln High School 90 20 0 70 0 22%");
            int n = doc.getNumberOfPages();
            for (int p = 1; p <= n; p++) {
                assertThat(text(doc, p, p)).contains("Page " + p + " of " + n)
                        .contains("Roster check as of October 1, 2025");
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndTheFileIsPdfA2uAndRepeatable() throws Exception {
        try (PDDocument doc = PacketTexts.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        assertThat(PdfChecks.pdfaFailures(pdf)).isEmpty();
        assertThat(new RosterReportWriter().toBytes(report)).isEqualTo(pdf);
    }
}
