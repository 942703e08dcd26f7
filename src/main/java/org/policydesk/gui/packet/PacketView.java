package org.policydesk.gui.packet;

import java.io.File;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.StatusBar;
import org.policydesk.gui.common.Styles;
import org.policydesk.model.Reading;

/** The board-packet screen: the form on the left, the page preview on the right. Binds to {@link PacketViewModel}. */
public final class PacketView extends BorderPane {

    private final PacketViewModel viewModel;
    private final VBox pageBox = new VBox(12);

    public PacketView(PacketViewModel viewModel, BackgroundTasks tasks) {
        this.viewModel = viewModel;
        getStylesheets().add(PacketView.class.getResource(Styles.STYLESHEET).toExternalForm());
        setLeft(form());
        pageBox.getStyleClass().add(Styles.PACKET_PREVIEW);
        pageBox.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(pageBox);
        scroll.setFitToWidth(true);
        scroll.setId("packetPreview");
        setCenter(scroll);
        setBottom(new StatusBar(tasks));
        viewModel.pages().addListener((ListChangeListener<Image>) c -> showPages());
    }

    private VBox form() {
        ToggleGroup choice = new ToggleGroup();
        RadioButton byIssue = new RadioButton("PRESS issue");
        RadioButton byPolicies = new RadioButton("Policies");
        byIssue.setToggleGroup(choice);
        byPolicies.setToggleGroup(choice);
        byIssue.setSelected(viewModel.byIssueProperty().get());
        byPolicies.setSelected(!viewModel.byIssueProperty().get());
        viewModel.byIssueProperty().addListener((o, old, now) -> (now ? byIssue : byPolicies).setSelected(true));
        choice.selectedToggleProperty().addListener((o, old, now) -> viewModel.byIssueProperty().set(now == byIssue));

        ComboBox<Integer> issue = new ComboBox<>(viewModel.issues());
        issue.setId("packetIssue");
        issue.valueProperty().bindBidirectional(viewModel.issueProperty());
        issue.disableProperty().bind(viewModel.byIssueProperty().not());
        TextField policies = new TextField();
        policies.setId("packetPolicies");
        policies.setPromptText("5:125, 6:235");
        policies.textProperty().bindBidirectional(viewModel.policiesProperty());
        policies.disableProperty().bind(viewModel.byIssueProperty());

        DatePicker meeting = new DatePicker();
        meeting.setId("packetMeeting");
        meeting.valueProperty().bindBidirectional(viewModel.meetingProperty());
        ComboBox<Reading> reading = new ComboBox<>();
        reading.getItems().setAll(Reading.values());
        reading.valueProperty().bindBidirectional(viewModel.readingProperty());
        reading.setConverter(new StringConverter<>() {
            @Override
            public String toString(Reading r) {
                return r == null ? "" : r.label();
            }

            @Override
            public Reading fromString(String s) {
                throw new UnsupportedOperationException("the reading list is not editable");
            }
        });

        Button build = new Button("Build packet");
        build.setId("packetBuild");
        build.setDefaultButton(true);
        build.disableProperty().bind(viewModel.buildingProperty());
        build.setOnAction(e -> viewModel.build());
        Button save = new Button("Save as…");
        save.setId("packetSave");
        save.disableProperty().bind(viewModel.readyProperty().not());
        save.setOnAction(e -> saveAs());
        Button print = new Button("Print…");
        print.setId("packetPrint");
        print.disableProperty().bind(viewModel.readyProperty().not());
        print.setOnAction(e -> viewModel.print());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        Label pages = new Label();
        pages.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> org.policydesk.model.Counted.pages(viewModel.pageCountProperty().get()),
                viewModel.pageCountProperty()));
        pages.visibleProperty().bind(viewModel.readyProperty());

        VBox form = new VBox(8, byIssue, issue, byPolicies, policies, new Label("Meeting date"), meeting,
                new Label("Reading"), reading, build, save, print, pages, message);
        form.getStyleClass().add(Styles.PACKET_FORM);
        form.setPadding(new Insets(12));
        form.setPrefWidth(240);
        return form;
    }

    private void showPages() {
        pageBox.getChildren().clear();
        for (Image page : viewModel.pages()) {
            ImageView view = new ImageView(page);
            view.getStyleClass().add(Styles.PACKET_PAGE);
            pageBox.getChildren().add(view);
        }
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the board packet");
        chooser.setInitialFileName(viewModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.saveTo(file.toPath());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
