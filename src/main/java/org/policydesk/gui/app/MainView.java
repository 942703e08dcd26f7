package org.policydesk.gui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.stage.Stage;

import org.controlsfx.control.textfield.TextFields;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.DocumentFormats;
import org.policydesk.gui.common.PolicyDocumentView;
import org.policydesk.gui.common.StatusBar;
import org.policydesk.gui.common.Styles;
import org.policydesk.gui.packet.PacketView;
import org.policydesk.gui.packet.PacketViewModel;
import org.policydesk.gui.policies.ImportReportDialog;
import org.policydesk.gui.policies.MainViewModel;
import org.policydesk.gui.policies.PolicyTableSkin;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;

/**
 * The main window's content: menu, policy list with filter on the left, the reader on the right, the
 * status bar below. It only binds to {@link MainViewModel} and forwards the user's gestures to it.
 */
public final class MainView extends BorderPane {
    private static final String SELECT_HINT = "Select a policy on the left to read it.";
    private static final javafx.css.PseudoClass STATUS_PENDING = javafx.css.PseudoClass.getPseudoClass(Styles.STATUS_PENDING);

    private final MainViewModel viewModel;
    private final BackgroundTasks tasks;
    private final Supplier<PacketViewModel> packetScreen;
    private final Path dataDirectory;
    private final TextField filterField = TextFields.createClearableTextField();
    private final TableView<PolicySummary> table = new TableView<>();
    /**
     * The version list and the document, built when the first policy is shown: hidden until then, and their
     * controls (a ComboBox with its list and popup, a ScrollPane) would only delay the window (decision 0085).
     */
    private ComboBox<PolicyVersion> versionBox;
    private PolicyDocumentView document;
    private ScrollPane documentScroll;
    /** The reader's body: the hint, and the document over it once built. */
    private final StackPane readerBody = new StackPane();
    private final Navigation navigation = new Navigation();
    private final HBox readerToolbar = new HBox(8);
    /** A second toolbar row where other screens add tools for the policy shown (see {@link #addReaderTool}). */
    private final HBox readerTools = new HBox(8);
    private Menu fileMenu;
    /** The reader (document and its toolbars), where a panel may be added below the text. */
    private BorderPane readerPane;
    /** Set while the view itself moves the table selection, so the change is not echoed back. */
    private boolean syncingSelection;

    /**
     * @param dataDirectory shown in Help › About; may be null
     */
    public MainView(MainViewModel viewModel, BackgroundTasks tasks, Path dataDirectory) {
        this(viewModel, tasks, dataDirectory, null);
    }

    /**
     * @param packetScreen makes the board-packet screen's view model; null leaves File › Board packet off
     */
    public MainView(MainViewModel viewModel, BackgroundTasks tasks, Path dataDirectory,
                    Supplier<PacketViewModel> packetScreen) {
        this.viewModel = viewModel;
        this.tasks = tasks;
        this.packetScreen = packetScreen;
        this.dataDirectory = dataDirectory;
        getStylesheets().add(MainView.class.getResource(Styles.STYLESHEET).toExternalForm());

        setTop(menuBar());
        SplitPane split = new SplitPane(sidebar(), reader());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        navigation.place("Policies", split);
        setCenter(navigation);
        setBottom(new StatusBar(tasks));
        acceptDroppedFiles();
        viewModel.importReportProperty().addListener((o, old, report) -> {
            if (report != null) {
                ImportReportDialog.create(window(), report).show();
            }
        });
    }

    private MenuBar menuBar() {
        MenuItem importItem = item("Import policies…", "Shortcut+O", this::chooseFilesToImport);
        MenuItem packet = item("Board packet…", "Shortcut+P", this::openPacketScreen);
        packet.setDisable(packetScreen == null);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> window().hide());
        MenuItem find = item("Find policy", "Shortcut+F", this::focusFilter);
        MenuItem about = item("About PolicyDesk", null, this::showAbout);
        fileMenu = new Menu("File", null, importItem, packet, quit);
        return new MenuBar(fileMenu, new Menu("Edit", null, find), new Menu("Help", null, about));
    }

    /** Adds items to the File menu above Quit, after a separator (the app adds Back up and Restore). */
    public void addFileMenuItems(MenuItem... items) {
        int quitAt = fileMenu.getItems().size() - 1;
        fileMenu.getItems().add(quitAt, new javafx.scene.control.SeparatorMenuItem());
        fileMenu.getItems().addAll(quitAt + 1, List.of(items));
        fileMenu.getItems().add(quitAt + 1 + items.length, new javafx.scene.control.SeparatorMenuItem());
    }

    /** The board-packet screen, in a window of its own beside the policies. */
    private void openPacketScreen() {
        PacketViewModel packets = packetScreen.get();
        if (packets == null) {
            return; // the store is still opening; the supplier has told the user
        }
        Stage stage = new Stage();
        stage.initOwner(window());
        stage.setTitle("Board packet — PolicyDesk");
        stage.setScene(new Scene(new PacketView(packets, tasks), 1000, 760));
        stage.show();
        packets.load();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private VBox sidebar() {
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
        table.getColumns().addAll(List.of(numberColumn(), column("Title", PolicySummary::title, 240, 120),
                column("Section", PolicySummary::section, 120, 70), statusColumn(), issueColumn()));
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
        importButton.setOnAction(e -> chooseFilesToImport());
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

        VBox sidebar = new VBox(8, filterField, table);
        sidebar.getStyleClass().add(Styles.SIDEBAR);
        return sidebar;
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

    private BorderPane reader() {
        HBox toolbar = readerToolbar;
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(SELECT_HINT);
        hint.getStyleClass().add(Styles.PLACEHOLDER);
        // Only once there is a list to select from: not while the store is still opening, nor in an empty store.
        hint.visibleProperty().bind(viewModel.listLoadedProperty().and(viewModel.storeEmptyProperty().not()));
        readerBody.getChildren().add(hint);

        BorderPane reader = new BorderPane(readerBody);
        readerPane = reader;
        readerTools.setAlignment(Pos.CENTER_LEFT);
        readerTools.managedProperty().bind(readerTools.visibleProperty());
        readerTools.visibleProperty().bind(toolbar.visibleProperty().and(javafx.beans.binding.Bindings.isNotEmpty(
                readerTools.getChildren())));
        VBox top = new VBox(6, toolbar, readerTools);
        top.getStyleClass().add(Styles.READER_TOOLBAR);
        reader.setTop(top);
        reader.getStyleClass().add(Styles.READER);
        toolbar.visibleProperty().bind(viewModel.detailProperty().isNotNull());
        toolbar.managedProperty().bind(toolbar.visibleProperty());
        viewModel.detailProperty().addListener((o, old, detail) -> showDetail(old, detail));
        return reader;
    }

    /** The version list and the document with its scroll pane, the first time a policy is shown. */
    private void buildDocumentParts() {
        versionBox = new ComboBox<>();
        versionBox.setId("versionBox");
        versionBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(PolicyVersion version) {
                return version == null ? "" : DocumentFormats.version(version, datingOf(version));
            }

            @Override
            public PolicyVersion fromString(String text) {
                throw new UnsupportedOperationException("the versions list is not editable");
            }
        });
        versionBox.setItems(viewModel.versions());
        versionBox.setOnAction(e -> viewModel.showVersion(versionBox.getValue()));
        readerToolbar.getChildren().addAll(new Label("Version"), versionBox);

        document = new PolicyDocumentView(viewModel::hasPolicy, viewModel::openPolicy);
        documentScroll = new ScrollPane(centred(document));
        documentScroll.setFitToWidth(true);
        documentScroll.setId("documentScroll");
        documentScroll.visibleProperty().bind(viewModel.detailProperty().isNotNull());
        readerBody.getChildren().add(documentScroll);
    }

    /** A version's adoption and status dates, from the detail loaded with the versions list. */
    private org.policydesk.model.VersionDating datingOf(PolicyVersion version) {
        PolicyDetail shown = viewModel.detailProperty().get();
        return shown != null && shown.summary().id() == version.policyId() ? shown.dating(version)
                : org.policydesk.model.VersionDating.UNKNOWN;
    }

    /** The window's navigation, where other screens add their place with one line. */
    public Navigation navigation() {
        return navigation;
    }

    /** Adds a control to the reader's toolbar, after the version list (e.g. the library's version actions). */
    public void addReaderTool(javafx.scene.Node tool) {
        readerTools.getChildren().add(tool);
        HBox.setHgrow(tool, Priority.ALWAYS);
    }

    /** Adds a panel below the policy text (the history panel), shown while a policy is shown. */
    public void addReaderPanel(javafx.scene.Node panel) {
        panel.visibleProperty().bind(viewModel.detailProperty().isNotNull());
        panel.managedProperty().bind(panel.visibleProperty());
        readerPane.setBottom(panel);
    }

    private void showDetail(PolicyDetail old, PolicyDetail detail) {
        if (detail != null && document == null) {
            buildDocumentParts();
        }
        if (document != null) {
            document.show(detail);
        }
        if (detail != null) {
            versionBox.setValue(detail.shown());
            boolean samePolicy = old != null && old.summary().id() == detail.summary().id();
            if (!samePolicy) {
                documentScroll.setVvalue(0);
            }
        }
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!getStyleClass().contains(Styles.DROP_TARGET)) {
                    getStyleClass().add(Styles.DROP_TARGET);
                }
            }
            e.consume();
        });
        setOnDragExited(e -> getStyleClass().remove(Styles.DROP_TARGET));
        setOnDragDropped(e -> {
            boolean hasFiles = e.getDragboard().hasFiles();
            if (hasFiles) {
                viewModel.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(hasFiles);
            e.consume();
        });
    }

    private void chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import PRESS policy texts");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Policy texts and Word documents (*.txt, *.md, *.docx)", "*.txt", "*.md",
                        "*.docx"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            viewModel.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Puts the keyboard in the filter (Ctrl+F, and when the window's controls first appear). */
    public void focusFilter() {
        focusFilter("");
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

    private void showAbout() {
        String version = MainView.class.getPackage().getImplementationVersion();
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        about.initOwner(window());
        about.setTitle("About PolicyDesk");
        about.setHeaderText("PolicyDesk " + (version == null ? "(development build)" : version));
        about.setContentText("Board policies for the superintendent's office, kept on this computer."
                + (dataDirectory == null ? "" : "\n\nData folder: " + dataDirectory));
        about.show();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
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

    /** A text column whose cells show their whole text as a tooltip when it is cut short. */
    private static TableColumn<PolicySummary, String> column(String title,
                                                             java.util.function.Function<PolicySummary, String> value,
                                                             double width, double minWidth) {
        TableColumn<PolicySummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Tooltip tooltip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                tooltip.setText(text);
                setTooltip(empty || text == null || text.isBlank() ? null : tooltip);
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }

    /** The document column, kept to a comfortable reading width and centred. */
    private static StackPane centred(PolicyDocumentView document) {
        document.setMaxWidth(780);
        StackPane pane = new StackPane(document);
        pane.setAlignment(Pos.TOP_CENTER);
        return pane;
    }
}
