package org.policydesk.gui;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The policy list's skin. When the filter changes the list, JavaFX re-points every visible row at its new policy
 * and, for each row, forces a CSS pass over the row and all its cells (to measure rows whose height depends on
 * CSS). That forced pass was most of the FX thread's work per keystroke (decision 0075). The table's rows have a
 * fixed height, so rows that already have their skin skip it: only the cells whose state really changed (a
 * pseudo-class such as empty or selected) get their CSS, in the next pulse's CSS pass.
 */
final class PolicyTableSkin<S> extends TableViewSkin<S> {

    PolicyTableSkin(TableView<S> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new RepointingFlow<>();
    }

    /** A flow that re-points a styled row without forcing CSS over it when rows have a fixed height. */
    static final class RepointingFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {
        @Override
        protected void setCellIndex(T cell, int index) {
            if (getFixedCellSize() <= 0 || cell.getSkin() == null || cell.getScene() == null) {
                super.setCellIndex(cell, index); // a new row, or rows measured by CSS: JavaFX's own way
                return;
            }
            cell.updateIndex(index);
        }
    }
}
