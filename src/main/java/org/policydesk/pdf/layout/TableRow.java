package org.policydesk.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a table: cells of set lines side by side, a hairline above, and an optional shade (a header
 * row). A row is kept whole on a page unless it is taller than a page; then it is cut between lines and
 * continues on the next page. A table repeats its header row on each page it continues on.
 */
public final class TableRow implements SplittableRow {

    static final float PAD = 4f;

    private final List<List<Line>> cells;
    private final float[] columnX;
    private final float width;
    private final int shade;
    private final float height;

    /**
     * @param columnX each cell's left edge from the table's left edge
     * @param shade   background colour 0xRRGGBB, or -1 for none
     */
    public TableRow(List<List<Line>> cells, float[] columnX, float width, int shade) {
        this.cells = List.copyOf(cells);
        this.columnX = columnX.clone();
        this.width = width;
        this.shade = shade;
        float tallest = 0;
        for (List<Line> cell : cells) {
            float h = 0;
            for (Line line : cell) {
                h += line.height();
            }
            tallest = Math.max(tallest, h);
        }
        this.height = tallest + 2 * PAD;
    }

    /** Sets each cell's text in its column, less padding. */
    public static TableRow of(LineBreaker breaker, List<List<Span>> cells, float[] columnX, float width, int shade) {
        List<List<Line>> set = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            float right = c + 1 < columnX.length ? columnX[c + 1] : width;
            set.add(breaker.lines(cells.get(c), right - columnX[c] - 2 * PAD, 0));
        }
        return new TableRow(set, columnX, width, shade);
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public Row[] split(float room) {
        float text = room - 2 * PAD;
        List<List<Line>> head = new ArrayList<>(cells.size());
        List<List<Line>> tail = new ArrayList<>(cells.size());
        boolean any = false;
        boolean cut = false;
        for (List<Line> cell : cells) {
            float h = 0;
            int k = 0;
            while (k < cell.size() && h + cell.get(k).height() <= text + 0.01f) {
                h += cell.get(k).height();
                k++;
            }
            any |= k > 0;
            cut |= k < cell.size();
            head.add(cell.subList(0, k));
            tail.add(cell.subList(k, cell.size()));
        }
        if (!any || !cut) {
            return null;
        }
        return new Row[] {new TableRow(head, columnX, width, shade), new TableRow(tail, columnX, width, shade)};
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) {
        if (shade >= 0) {
            canvas.rect(x, top - height, width, height, shade);
        }
        canvas.rect(x, top - 0.5f, width, 0.5f, 0x808080);
        for (int c = 0; c < cells.size(); c++) {
            float y = top - PAD;
            for (Line line : cells.get(c)) {
                canvas.line(line, x + columnX[c] + PAD + line.indent(), y - line.ascent());
                y -= line.height();
            }
        }
    }
}
