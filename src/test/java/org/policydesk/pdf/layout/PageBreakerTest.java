package org.policydesk.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageBreakerTest {

    /** A row of fixed height that names itself. */
    private record Box(String name, float height, List<Footnote> notes) implements Row {
        Box(String name, float height) {
            this(name, height, List.of());
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top) {
        }
    }

    /** A row of 10-point lines that may be cut between them, as a table row with a long cell. */
    private record Lines(String name, int lines) implements SplittableRow {
        @Override
        public float height() {
            return lines * 10;
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top) {
        }

        @Override
        public Row[] split(float room) {
            int k = (int) Math.floor((room + 0.01f) / 10);
            return k <= 0 || k >= lines ? null : new Row[] {new Lines(name, k), new Lines(name, lines - k)};
        }
    }

    /** Rows and footnotes of a page never go past its foot. */
    private static void assertNothingRunsPastTheFoot(List<LaidOutPage> pages, float height) {
        for (LaidOutPage page : pages) {
            float bottom = 0;
            for (LaidOutPage.Placed placed : page.rows()) {
                bottom = Math.max(bottom, placed.offset() + placed.row().height());
            }
            float notes = 0;
            for (Footnote note : page.notes()) {
                notes += note.height();
            }
            float separator = page.notes().isEmpty() ? 0 : PageBreaker.NOTE_SEPARATOR;
            assertThat(bottom + notes + separator).as("page %d", pages.indexOf(page) + 1)
                    .isLessThanOrEqualTo(height + 0.01f);
        }
    }

    private static Group paragraph(String name, int lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            rows.add(new Box(name + i, 10));
        }
        return new Group(rows);
    }

    private static List<List<String>> names(List<LaidOutPage> pages) {
        List<List<String>> out = new ArrayList<>();
        for (LaidOutPage page : pages) {
            out.add(page.rows().stream().map(p -> ((Box) p.row()).name()).toList());
        }
        return out;
    }

    private static List<LaidOutPage> paginate(float height, Group... groups) {
        return new PageBreaker(height).paginate(List.of(groups), () -> false);
    }

    @Test
    void aParagraphThatFitsStaysWhole() {
        assertThat(names(paginate(100, paragraph("a", 5), paragraph("b", 5)))).hasSize(1);
    }

    @Test
    void noLoneFirstLineAtTheFootOfAPage() {
        // 9 lines fill the page but one; the next paragraph's first line would be alone at the foot.
        List<List<String>> pages = names(paginate(100, paragraph("a", 9), paragraph("b", 4)));
        assertThat(pages.get(0)).noneMatch(n -> n.startsWith("b"));
        assertThat(pages.get(1)).containsExactly("b0", "b1", "b2", "b3");
    }

    @Test
    void noLoneLastLineAtTheHeadOfAPage() {
        // 11 lines on a 10-line page would leave the last one alone; two move on instead.
        List<List<String>> pages = names(paginate(100, paragraph("a", 11)));
        assertThat(pages.get(0)).hasSize(9);
        assertThat(pages.get(1)).containsExactly("a9", "a10");
    }

    @Test
    void aHeadingKeepsWithTheStartOfItsParagraph() {
        Group heading = paragraph("h", 1).keepWithNext();
        List<List<String>> pages = names(paginate(100, paragraph("a", 8), heading, paragraph("b", 5)));
        assertThat(pages.get(0)).noneMatch(n -> n.startsWith("h"));
        assertThat(pages.get(1)).startsWith("h0", "b0");
    }

    @Test
    void aRowMovesOnWhenItsFootnoteDoesNotFit() {
        Footnote note = new Footnote("n1", List.of(new Box("note", 30)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            rows.add(new Box("a" + i, 10));
        }
        rows.add(new Box("marked", 10, List.of(note)));
        rows.add(new Box("after", 10));
        rows.add(new Box("last", 10));
        List<LaidOutPage> pages = new PageBreaker(100).paginate(List.of(new Group(rows)), () -> false);
        assertThat(names(pages).get(1)).startsWith("marked");
        assertThat(pages.get(1).notes()).containsExactly(note);
        assertThat(pages.get(0).notes()).isEmpty();
    }

    @Test
    void aNewPageGroupStartsAPageAndSetsTheRunningHeader() {
        List<LaidOutPage> pages = paginate(100, paragraph("a", 2).runningHeader("Memo"),
                paragraph("b", 2).newPage().runningHeader("Policy 5:125"));
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).runningHeader()).isEqualTo("Memo");
        assertThat(pages.get(1).runningHeader()).isEqualTo("Policy 5:125");
    }

    @Test
    void aTableRepeatsItsHeaderOnTheNextPage() {
        Box header = new Box("header", 10);
        List<Row> rows = new ArrayList<>();
        rows.add(header);
        for (int i = 0; i < 14; i++) {
            rows.add(new Box("r" + i, 10));
        }
        List<List<String>> pages = names(new PageBreaker(100).paginate(
                List.of(new Group(rows).repeatOnEachPage(header)), () -> false));
        assertThat(pages.get(1).get(0)).isEqualTo("header");
    }

    @Test
    void aRowTallerThanAPageIsCutBetweenLinesAndNothingRunsPastTheFoot() {
        List<LaidOutPage> pages = new PageBreaker(100).paginate(
                List.of(paragraph("a", 3), Group.of(new Lines("tall", 25)), paragraph("b", 2)), () -> false);
        assertNothingRunsPastTheFoot(pages, 100);
        int tallLines = 0;
        for (LaidOutPage page : pages) {
            for (LaidOutPage.Placed placed : page.rows()) {
                if (placed.row() instanceof Lines l) {
                    tallLines += l.lines();
                }
            }
        }
        assertThat(tallLines).isEqualTo(25);
        assertThat(pages.get(0).rows()).hasSize(4); // a0..a2, then the first 7 lines of the tall row
        assertThat(((Lines) pages.get(0).rows().get(3).row()).lines()).isEqualTo(7);
        assertThat(pages).hasSize(3);
    }

    @Test
    void aFootnoteTallerThanThePageContinuesAtTheFootOfTheNext() {
        List<Row> noteRows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            noteRows.add(new Box("n" + i, 10));
        }
        Footnote note = new Footnote("long", noteRows);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(new Box("a" + i, 10));
        }
        rows.add(new Box("marked", 10, List.of(note)));
        for (int i = 0; i < 10; i++) {
            rows.add(new Box("b" + i, 10));
        }
        List<LaidOutPage> pages = new PageBreaker(100).paginate(List.of(new Group(rows)), () -> false);
        assertNothingRunsPastTheFoot(pages, 100);
        List<String> noteLines = new ArrayList<>();
        for (LaidOutPage page : pages) {
            for (Footnote n : page.notes()) {
                n.rows().forEach(r -> noteLines.add(((Box) r).name()));
            }
        }
        assertThat(noteLines).isEqualTo(noteRows.stream().map(r -> ((Box) r).name()).toList());
        int markedPage = -1;
        for (int p = 0; p < pages.size(); p++) {
            if (names(List.of(pages.get(p))).get(0).contains("marked")) {
                markedPage = p;
            }
        }
        assertThat(pages.get(markedPage).notes().get(0).continued()).isFalse();
        assertThat(pages.get(markedPage + 1).notes().get(0).continued()).isTrue();
        assertThat(names(pages).stream().flatMap(List::stream).toList()).contains("b9");
    }
}
