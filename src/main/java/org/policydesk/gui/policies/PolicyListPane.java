package org.policydesk.gui.policies;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.policydesk.gui.common.Styles;
import org.policydesk.gui.common.TableColumns;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.VersionStatus;

/**
 * The Policies place's list: the filter above the policy table, Enter into the list and Escape to clear, and the
 * table following the selection the view model holds.
 */
public final class PolicyListPane extends VBox {

    private static final javafx.css.PseudoClass STATUS_PENDING = javafx.css.PseudoClass.getPseudoClass(Styles.STATUS_PENDING);

    private final MainViewModel viewModel;
    private final TextField filterField = TextFields.createClearableTextField();
    private final TableView<PolicySummary> table = new TableView<>();
    /** Set while the view itself moves the table selection, so the change is not echoed back. */
    private boolean syncingSelection;

    public PolicyListPane(MainViewModel viewModel, Runnable chooseFilesToImport) {
        super(8);
        this.viewModel = viewModel;
        filterField.setId("policyFilter");
        filterField.getStyleClass().add(Styles.FILTER_FIELD);
        filterField.setPromptText("Filter by number, title or text");
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        // Enter jumps from the filter into the list, Escape clears it: the keyboard path through the screen.
        filterField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !table.getItems().isEmpty()) {
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                table.requestFocus();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                filterField.clear();
            }
        });

        table.setId("policyTable");
        table.setSkin(new PolicyTableSkin<>(table));
        table.getStyleClass().add(Styles.POLICY_TABLE);
        table.getColumns().addAll(List.of(numberColumn(), TableColumns.withTooltip("Title", PolicySummary::title, 240, 120),
                TableColumns.withTooltip("Section", PolicySummary::section, 120, 70), statusColumn(), issueColumn()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        SortedList<PolicySummary> sorted = new SortedList<>(viewModel.visiblePolicies());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(340);
        placeholder.textProperty().bind(viewModel.listPlaceholderProperty());
        // An empty store gets a button too: dragging files is not obvious to everyone.
        Button importButton = new Button("Import policies…");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> chooseFilesToImport.run());
        importButton.visibleProperty().bind(viewModel.storeEmptyProperty());
        importButton.managedProperty().bind(importButton.visibleProperty());
        VBox emptyList = new VBox(4, placeholder, importButton);
        emptyList.setAlignment(Pos.CENTER);
        table.setPlaceholder(emptyList);
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().selectedItemProperty().addListener((o, old, selected) -> {
            // A filter hiding the selected row clears the table's selection; the reader keeps the policy.
            if (!syncingSelection && selected != null) {
                viewModel.select(selected);
            }
        });
        viewModel.selectedPolicyProperty().addListener((o, old, selected) -> showSelectionInTable());
        table.getItems().addListener((ListChangeListener<PolicySummary>) c -> showSelectionInTable());

        getChildren().addAll(filterField, table);
        getStyleClass().add(Styles.SIDEBAR);
    }

    /** Puts the keyboard in the filter after {@code typedBefore}, what was typed before the filter existed. */
    public void focusFilter(String typedBefore) {
        filterField.requestFocus();
        if (typedBefore.isEmpty()) {
            filterField.selectAll();
        } else {
            filterField.appendText(typedBefore);
            filterField.end();
        }
    }

    private void showSelectionInTable() {
        PolicySummary selected = viewModel.selectedPolicyProperty().get();
        if (selected == null || selected.equals(table.getSelectionModel().getSelectedItem())) {
            return;
        }
        int row = table.getItems().indexOf(selected);
        if (row < 0) {
            return;
        }
        syncingSelection = true;
        try {
            table.getSelectionModel().clearAndSelect(row);
            table.scrollTo(Math.max(0, row - 3));
        } finally {
            syncingSelection = false;
        }
    }

    private static TableColumn<PolicySummary, PolicyNumber> numberColumn() {
        TableColumn<PolicySummary, PolicyNumber> column = new TableColumn<>("Number");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(PolicyNumber number, boolean empty) {
                super.updateItem(number, empty);
                setText(empty ? null : number == null ? "—" : number.toString());
            }
        });
        column.setPrefWidth(74);
        column.setMinWidth(72);
        return column;
    }

    private static TableColumn<PolicySummary, Integer> issueColumn() {
        TableColumn<PolicySummary, Integer> column = new TableColumn<>("Issue");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pressIssue()));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setPrefWidth(52);
        column.setMinWidth(52);
        return column;
    }

    /** Status of the latest version; anything not yet adopted is marked so it catches the eye. */
    private static TableColumn<PolicySummary, VersionStatus> statusColumn() {
        TableColumn<PolicySummary, VersionStatus> column = new TableColumn<>("Status");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(VersionStatus status, boolean empty) {
                super.updateItem(status, empty);
                setText(empty || status == null ? null : status.label());
                // A pseudo-class, not a style class: changing a style class re-matches every CSS rule for the
                // cell, which cost milliseconds per filter keystroke over 30 visible rows.
                pseudoClassStateChanged(STATUS_PENDING, !empty && status != null && status != VersionStatus.ADOPTED);
            }
        });
        column.setPrefWidth(84);
        column.setMinWidth(76);
        return column;
    }
}
