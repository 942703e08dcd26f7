package org.policydesk.gui.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The policy list's skin. When the filter changes the list, JavaFX re-points every visible row at its new policy
 * and, for each row, forces a CSS pass over the row and all its cells (to measure rows whose height depends on
 * CSS). That forced pass was most of the FX thread's work per keystroke (decision 0075). The table's rows have a
 * fixed height, so a row that already has its skin is only styled where its look changed: the whole row when
 * its own state changed (odd/even, empty, selected), else just the cells whose state changed (such as a status
 * that is not adopted), in the same layout pass as before.
 */
public final class PolicyTableSkin<S> extends TableViewSkin<S> {

    public PolicyTableSkin(TableView<S> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new RepointingFlow<>();
    }

    /** A flow that re-points a styled row without forcing CSS over all of it when rows have a fixed height. */
    static final class RepointingFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {
        @Override
        protected void setCellIndex(T cell, int index) {
            if (getFixedCellSize() <= 0 || cell.getSkin() == null || cell.getScene() == null) {
                super.setCellIndex(cell, index); // a new row, or rows measured by CSS: JavaFX's own way
                return;
            }
            Set<PseudoClass> rowBefore = Set.copyOf(cell.getPseudoClassStates());
            Node[] parts = cell.getChildrenUnmodifiable().toArray(Node[]::new);
            List<Set<PseudoClass>> partsBefore = new ArrayList<>(parts.length);
            for (Node part : parts) {
                partsBefore.add(Set.copyOf(part.getPseudoClassStates()));
            }
            cell.updateIndex(index);
            if (!rowBefore.equals(cell.getPseudoClassStates())) {
                cell.applyCss(); // the row itself looks different (odd/even, empty, selected): all of it, as JavaFX does
                return;
            }
            // Only the cells whose state changed (e.g. a status that is not adopted) are styled, in this same pass.
            for (int i = 0; i < parts.length; i++) {
                if (!partsBefore.get(i).equals(parts[i].getPseudoClassStates())) {
                    parts[i].applyCss();
                }
            }
        }
    }
}
