package org.policydesk.gui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
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

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.DocumentFormats;
import org.policydesk.gui.common.PolicyDocumentView;
import org.policydesk.gui.common.StatusBar;
import org.policydesk.gui.common.Styles;
import org.policydesk.gui.packet.PacketView;
import org.policydesk.gui.packet.PacketViewModel;
import org.policydesk.gui.policies.ImportReportDialog;
import org.policydesk.gui.policies.MainViewModel;
import org.policydesk.gui.policies.PolicyListPane;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyVersion;

/**
 * The main window's content: menu, policy list with filter on the left, the reader on the right, the
 * status bar below. It only binds to {@link MainViewModel} and forwards the user's gestures to it.
 */
public final class MainView extends BorderPane {
    private static final String SELECT_HINT = "Select a policy on the left to read it.";

    private final MainViewModel viewModel;
    private final BackgroundTasks tasks;
    private final Supplier<PacketViewModel> packetScreen;
    private final Path dataDirectory;
    private final PolicyListPane policyList;
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
        this.policyList = new PolicyListPane(viewModel, this::chooseFilesToImport);
        getStylesheets().add(MainView.class.getResource(Styles.STYLESHEET).toExternalForm());

        setTop(menuBar());
        SplitPane split = new SplitPane(policyList, reader());
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
        policyList.focusFilter(typedBefore);
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

    /** The document column, kept to a comfortable reading width and centred. */
    private static StackPane centred(PolicyDocumentView document) {
        document.setMaxWidth(780);
        StackPane pane = new StackPane(document);
        pane.setAlignment(Pos.TOP_CENTER);
        return pane;
    }
}
