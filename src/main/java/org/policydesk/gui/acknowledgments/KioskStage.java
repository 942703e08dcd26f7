package org.policydesk.gui.acknowledgments;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.policydesk.gui.common.Styles;
import org.policydesk.model.Employee;

/**
 * The full-screen kiosk for a training room: find your name, read the policy to the end, sign, confirm. Escape
 * and the window's close do not leave it; "Leave kiosk" asks for the office password. Large text, big targets.
 */
public final class KioskStage {

    static final Duration THANKS_FOR = Duration.seconds(4);

    private final KioskViewModel vm;
    private final Stage stage = new Stage();
    private final BorderPane content = new BorderPane();
    private final StackPane root = new StackPane(content);
    private final VBox leaveBox = new VBox(16);
    private final SignaturePad pad = new SignaturePad(720, 240);
    private final ScrollPane reading = new ScrollPane();
    private final PauseTransition thanks = new PauseTransition(THANKS_FOR);

    public KioskStage(KioskViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("kiosk");
        root.getStylesheets().add(KioskStage.class.getResource(Styles.STYLESHEET).toExternalForm());
        content.setTop(topBar());
        root.getChildren().add(leaveOverlay());
        stage.setScene(new Scene(root, 1280, 800));
        stage.setTitle("PolicyDesk kiosk — policy " + vm.number());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        // Closing the window is leaving the kiosk: it needs the office password too.
        stage.setOnCloseRequest(e -> {
            e.consume();
            askToLeave();
        });
        // Should anything take it out of full screen, put it back.
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now && stage.isShowing() && !leaving) {
                Platform.runLater(() -> {
                    if (stage.isShowing() && !leaving) {
                        stage.setFullScreen(true);
                    }
                });
            }
        });
        thanks.setOnFinished(e -> vm.startOver());
        vm.stepProperty().addListener((o, old, step) -> show(step));
        reading.vvalueProperty().addListener((o, old, v) -> checkReadToEnd());
        reading.viewportBoundsProperty().addListener((o, old, b) -> checkReadToEnd());
        show(KioskViewModel.Step.FIND);
    }

    private boolean leaving;

    /** Shows the kiosk full screen and loads the policy. */
    public void show() {
        vm.load();
        stage.setFullScreen(true);
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private Node topBar() {
        Label title = new Label();
        title.getStyleClass().add("kiosk-bar-title");
        title.textProperty().bind(vm.textProperty().map(t -> "Board policy " + t.number() + ": " + t.title()
                + " — acknowledgment").orElse("Board policy " + vm.number()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button leave = new Button("Leave kiosk");
        leave.setId("kioskLeave");
        leave.getStyleClass().add("kiosk-leave");
        leave.setFocusTraversable(false);
        leave.setOnAction(e -> askToLeave());
        HBox bar = new HBox(16, title, gap, leave);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("kiosk-bar");
        return bar;
    }

    private void show(KioskViewModel.Step step) {
        thanks.stop();
        content.setCenter(switch (step) {
            case FIND -> findStep();
            case READ -> readStep();
            case SIGN -> signStep();
            case THANKS -> thanksStep();
        });
        if (step == KioskViewModel.Step.THANKS) {
            thanks.playFromStart();
        }
    }

    private Node findStep() {
        Label heading = big("Find your name");
        TextField name = new TextField();
        name.setId("kioskName");
        name.getStyleClass().add("kiosk-field");
        name.setPromptText("Type your last name or employee ID");
        name.textProperty().bindBidirectional(vm.searchProperty());
        ListView<Employee> matches = new ListView<>(vm.matches());
        matches.setId("kioskMatches");
        matches.getStyleClass().add("kiosk-list");
        matches.setPlaceholder(new Label("Type at least two letters of your name."));
        matches.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Employee e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.firstName() + " " + e.lastName()
                        + (e.position() == null || e.position().isBlank() ? "" : " — " + e.position()));
            }
        });
        // One tap on a name goes on; so does Enter on the chosen one.
        matches.setOnMouseClicked(e -> vm.choose(matches.getSelectionModel().getSelectedItem()));
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                vm.choose(matches.getSelectionModel().getSelectedItem());
            }
        });
        name.setOnAction(e -> {
            if (vm.matches().size() == 1) {
                vm.choose(vm.matches().get(0));
            }
        });
        VBox box = step(heading, name, matches, message());
        VBox.setVgrow(matches, Priority.ALWAYS);
        Platform.runLater(name::requestFocus);
        return box;
    }

    private Node readStep() {
        var t = vm.textProperty().get();
        Employee e = vm.employeeProperty().get();
        Label heading = big("Hello " + e.firstName() + ". Please read policy " + t.number() + " to the end.");
        Label text = new Label(t.text());
        text.setWrapText(true);
        text.getStyleClass().add("kiosk-text");
        Label statement = new Label(t.statement());
        statement.setWrapText(true);
        statement.getStyleClass().add("kiosk-statement");
        VBox page = new VBox(24, text, statement);
        page.setPadding(new Insets(24));
        page.setMaxWidth(980);
        reading.setContent(page);
        reading.setFitToWidth(true);
        reading.setId("kioskReading");
        reading.setVvalue(0);
        Button back = button("Not me", "kioskBack", vm::startOver);
        Button next = button("I have read it — sign", "kioskToSign", vm::toSigning);
        next.setDefaultButton(true);
        next.disableProperty().bind(vm.readToEndProperty().not());
        Label hint = new Label("Scroll to the end to sign.");
        hint.getStyleClass().add("kiosk-hint");
        hint.visibleProperty().bind(vm.readToEndProperty().not());
        VBox box = step(heading, reading, actions(back, hint, next));
        VBox.setVgrow(reading, Priority.ALWAYS);
        Platform.runLater(this::checkReadToEnd);
        return box;
    }

    /** Signing opens once the end of the text has been on screen (or the whole text fits). */
    private void checkReadToEnd() {
        if (vm.stepProperty().get() != KioskViewModel.Step.READ || reading.getContent() == null) {
            return;
        }
        // The height the text needs at the viewport's width: its bounds may be stale before the first layout.
        double viewport = reading.getViewportBounds().getHeight();
        double contentHeight = reading.getContent().prefHeight(reading.getViewportBounds().getWidth());
        if (contentHeight <= 0 || viewport <= 0) {
            return; // not laid out yet
        }
        boolean atEnd = reading.getVvalue() >= reading.getVmax() - 0.005;
        if ((atEnd && reading.getVvalue() > reading.getVmin()) || contentHeight <= viewport + 1) {
            vm.readToEndProperty().set(true);
        }
    }

    private Node signStep() {
        var t = vm.textProperty().get();
        Label heading = big("Sign below with your finger, a pen or the mouse");
        Label statement = new Label(t.statement());
        statement.setWrapText(true);
        statement.getStyleClass().add("kiosk-statement");
        pad.clear();
        StackPane padFrame = new StackPane(pad);
        padFrame.getStyleClass().add("kiosk-pad");
        padFrame.setMaxWidth(pad.getWidth() + 8);
        Label name = new Label(vm.employeeProperty().get().displayName() + " (" + vm.employeeProperty().get().employeeNo()
                + ")");
        name.getStyleClass().add("kiosk-hint");
        Button back = button("Back", "kioskSignBack", () -> {
            vm.readToEndProperty().set(true);
            content.setCenter(readStep());
        });
        Button clear = button("Clear", "kioskClear", pad::clear);
        Button confirm = button("Confirm", "kioskConfirm", () -> vm.confirm(pad.toPng()));
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(pad.hasInkProperty().not().or(vm.savingProperty()));
        return step(heading, statement, padFrame, name, actions(back, clear, confirm), message());
    }

    private Node thanksStep() {
        Employee e = vm.employeeProperty().get();
        Label heading = big("Thank you" + (e == null ? "" : ", " + e.firstName()) + ".");
        heading.setId("kioskThanks");
        Label done = new Label("Your acknowledgment of policy " + vm.number() + " is recorded.");
        done.getStyleClass().add("kiosk-statement");
        Button next = button("Next person", "kioskNext", vm::startOver);
        VBox box = step(heading, done, next);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node leaveOverlay() {
        Label heading = big("Leave the kiosk");
        PasswordField password = new PasswordField();
        password.setId("kioskOfficePassword");
        password.getStyleClass().add("kiosk-field");
        password.setPromptText("Office password");
        password.setMaxWidth(480);
        Runnable tryLeave = () -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            vm.leave(typed, this::close);
        };
        password.setOnAction(e -> tryLeave.run());
        Button cancel = button("Stay", "kioskStay", () -> {
            password.clear();
            leaveBox.setVisible(false);
        });
        Button leave = button("Leave", "kioskLeaveConfirm", tryLeave);
        leaveBox.getChildren().setAll(heading, password, actions(cancel, leave), message());
        leaveBox.setAlignment(Pos.CENTER);
        leaveBox.getStyleClass().add("kiosk-overlay");
        leaveBox.setVisible(false);
        return leaveBox;
    }

    private void askToLeave() {
        leaveBox.setVisible(true);
        Platform.runLater(() -> leaveBox.lookup("#kioskOfficePassword").requestFocus());
    }

    private void close() {
        leaving = true;
        thanks.stop();
        stage.setFullScreen(false);
        stage.hide();
    }

    private Label message() {
        Label message = new Label();
        message.getStyleClass().add("kiosk-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        return message;
    }

    private static Label big(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("kiosk-title");
        return l;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("kiosk-button");
        b.setOnAction(e -> action.run());
        return b;
    }

    private static HBox actions(Node... nodes) {
        HBox row = new HBox(24, nodes);
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private static VBox step(Node... nodes) {
        VBox box = new VBox(20, nodes);
        box.setPadding(new Insets(32, 64, 32, 64));
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }
}
