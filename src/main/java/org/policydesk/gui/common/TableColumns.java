package org.policydesk.gui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** The read-only table columns every place builds: a row's text under a title, optionally with its whole text as a tooltip. */
public final class TableColumns {

    private TableColumns() {
    }

    /** A column showing {@code value} of each row, {@code width} wide. */
    public static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A text column whose cells show their whole text as a tooltip, for text that is often cut short. */
    public static <S> TableColumn<S, String> withTooltip(String title, Function<S, String> value, double width,
                                                         double minWidth) {
        TableColumn<S, String> column = text(title, value, width);
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tooltip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                tooltip.setText(text);
                setTooltip(empty || text == null || text.isBlank() ? null : tooltip);
            }
        });
        column.setMinWidth(minWidth);
        return column;
    }
}
