package org.policydesk.gui.policies;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;

import org.policydesk.gui.common.Styles;

/**
 * A fold-out "History" panel: when, what and who, newest first, from the audit trail. Closed it reads nothing;
 * opening it loads the history of whatever policy or employee is selected.
 */
public final class HistoryPanel extends TitledPane {

    public HistoryPanel(HistoryViewModel viewModel, String id) {
        setId(id);
        getStyleClass().add(Styles.HISTORY_PANEL);
        textProperty().bind(viewModel.titleProperty());
        setExpanded(false);
        setAnimated(false);

        TableView<HistoryViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId(id + "Table");
        table.getColumns().add(column("When", HistoryViewModel.Row::when, 150, 130));
        TableColumn<HistoryViewModel.Row, String> what = column("What happened", HistoryViewModel.Row::what, 460, 200);
        table.getColumns().add(what);
        table.getColumns().add(column("By", HistoryViewModel.Row::who, 90, 60));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        table.setPlaceholder(placeholder);
        table.setPrefHeight(220);
        setContent(table);

        expandedProperty().addListener((o, was, open) -> viewModel.setActive(open));
    }

    private static TableColumn<HistoryViewModel.Row, String> column(String title,
            java.util.function.Function<HistoryViewModel.Row, String> value, double width, double min) {
        TableColumn<HistoryViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                tip.setText(text);
                setTooltip(empty || text == null ? null : tip);
            }
        });
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setSortable(false);
        return c;
    }
}
