package org.policydesk.gui.issues;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import org.policydesk.gui.common.RedlineView;
import org.policydesk.gui.common.Styles;
import org.policydesk.model.IssuePolicy;
import org.policydesk.model.IssueSummary;
import org.policydesk.model.PressComment;
import org.policydesk.model.VersionStatus;

/**
 * The PRESS issues place: the issues on the left; the policies the chosen issue touches with their status and
 * comments; the redline of the selected one below; bulk moves to committee or first reading; issue import.
 */
public final class IssuesView extends SplitPane {

    public IssuesView(IssuesViewModel viewModel, Consumer<IssuePolicy> open) {
        setId("issuesView");
        ListView<IssueSummary> issues = new ListView<>(viewModel.issues());
        issues.setId("issueList");
        issues.setPlaceholder(new Label("No PRESS issue yet. Import one with the button below."));
        issues.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(IssueSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : "Issue " + s.issue() + "  ·  " + s.policies()
                        + (s.policies() == 1 ? " policy" : " policies") + (s.open() > 0 ? ", " + s.open() + " open" : ""));
            }
        });
        issues.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            if (s != null && !Integer.valueOf(s.issue()).equals(viewModel.issueProperty().get())) {
                viewModel.showIssue(s.issue());
            }
        });
        Button importFolder = new Button("Import issue folder…");
        importFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose the folder of a PRESS update issue");
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                askIssue().ifPresent(n -> viewModel.importIssue(List.of(folder.toPath()), n.orElse(null)));
            }
        });
        Button importFiles = new Button("Import issue files…");
        importFiles.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose the policies of a PRESS update issue");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Policy texts and Word documents",
                    "*.txt", "*.md", "*.docx"));
            List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (files != null && !files.isEmpty()) {
                askIssue().ifPresent(n -> viewModel.importIssue(files.stream().map(File::toPath).toList(), n.orElse(null)));
            }
        });
        VBox left = new VBox(8, title("PRESS issues"), issues, importFolder, importFiles);
        left.getStyleClass().add(Styles.SIDEBAR);
        VBox.setVgrow(issues, Priority.ALWAYS);

        TableView<IssuePolicy> table = new TableView<>(viewModel.policies());
        table.setId("issuePolicies");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Choose an issue on the left."));
        table.getColumns().add(column("Number", p -> p.number() == null ? "—" : p.number().toString(), 70));
        table.getColumns().add(column("Title", IssuePolicy::title, 280));
        table.getColumns().add(column("Version", p -> Integer.toString(p.version().seq()), 60));
        table.getColumns().add(column("Status", p -> p.version().status().label()
                + (p.version().needsReview() ? " · needs review" : ""), 110));
        table.getColumns().add(column("PRESSPlus comments", p -> String.join("  ", p.comments().stream()
                .map(PressComment::text).toList()), 360));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, p) -> viewModel.showRedline(p));
        // Show a redline at once: the first policy of the issue is selected when the list arrives.
        viewModel.policies().addListener((javafx.collections.ListChangeListener<IssuePolicy>) c -> {
            if (table.getSelectionModel().isEmpty() && !viewModel.policies().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        Button committee = new Button("Move selected to committee");
        committee.setId("bulkCommittee");
        committee.setOnAction(e -> viewModel.move(List.copyOf(table.getSelectionModel().getSelectedItems()),
                VersionStatus.COMMITTEE));
        Button firstReading = new Button("Move selected to first reading");
        firstReading.setId("bulkFirstReading");
        firstReading.setOnAction(e -> viewModel.move(List.copyOf(table.getSelectionModel().getSelectedItems()),
                VersionStatus.FIRST_READING));
        Button selectAll = new Button("Select all");
        selectAll.setOnAction(e -> table.getSelectionModel().selectAll());
        Label heading = new Label();
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.issueProperty().get() == null ? "" : "Policies touched by Issue " + viewModel.issueProperty().get(),
                viewModel.issueProperty()));
        HBox actions = new HBox(8, selectAll, committee, firstReading, new Label("Double-click a policy to read it."));
        actions.setAlignment(Pos.CENTER_LEFT);
        RedlineView redline = new RedlineView();
        viewModel.redlineProperty().addListener((o, old, r) -> redline.show(r));
        ScrollPane redlineScroll = new ScrollPane(redline);
        redlineScroll.setFitToWidth(true);
        SplitPane right = new SplitPane(new VBox(8, heading, table, actions), redlineScroll);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.45);
        VBox.setVgrow(table, Priority.ALWAYS);
        ((VBox) right.getItems().get(0)).getStyleClass().add(Styles.PLACE);

        getItems().addAll(left, right);
        setDividerPositions(0.2);
        SplitPane.setResizableWithParent(left, false);
    }

    /** Asks for the issue number; an empty answer means "read it from the comments". Empty when cancelled. */
    private java.util.Optional<java.util.Optional<Integer>> askIssue() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("PRESS issue number");
        dialog.setHeaderText("Which PRESS update issue is this? Leave it empty to read the number from each policy's "
                + "PRESSPlus comments.");
        dialog.setContentText("Issue number:");
        while (true) {
            var answer = dialog.showAndWait();
            if (answer.isEmpty()) {
                return java.util.Optional.empty();
            }
            String text = answer.get().strip();
            if (text.isEmpty()) {
                return java.util.Optional.of(java.util.Optional.empty());
            }
            if (text.matches("\\d{1,4}")) {
                return java.util.Optional.of(java.util.Optional.of(Integer.valueOf(text)));
            }
            dialog.setHeaderText("\"" + text + "\" is not an issue number; type a number such as 117, or leave it empty.");
        }
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static TableColumn<IssuePolicy, String> column(String title, java.util.function.Function<IssuePolicy, String> v,
                                                           double width) {
        TableColumn<IssuePolicy, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(v.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
