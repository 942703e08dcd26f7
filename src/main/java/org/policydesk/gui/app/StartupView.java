package org.policydesk.gui.app;

import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.ErrorDialog;
import org.policydesk.gui.common.LogFile;
import org.policydesk.gui.common.StatusBar;
import org.policydesk.gui.common.Styles;

/**
 * What the window shows while the workspace opens, or why it could not and the ways out: ask for the
 * passphrase of an encrypted store, restore the latest backup of a damaged one, open another store, try
 * again when another PolicyDesk has it open, quit. Every failure panel has "Open log".
 */
public final class StartupView extends BorderPane {
    private final VBox centre = new VBox(14);
    private final BackgroundTasks tasks;

    public StartupView(BackgroundTasks tasks) {
        this.tasks = tasks;
        getStylesheets().add(StartupView.class.getResource(Styles.STYLESHEET).toExternalForm());
        getStyleClass().add(Styles.STARTUP);
        centre.setAlignment(Pos.CENTER);
        centre.setMaxWidth(600);
        setCenter(centre);
        showOpening("Opening your policies…");
    }

    private void ensureStatusBar() {
        if (getBottom() == null) {
            setBottom(new StatusBar(tasks));
        }
    }

    public void showOpening(String text) {
        ensureStatusBar();
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label label = new Label(text);
        label.getStyleClass().add(Styles.PLACEHOLDER);
        centre.getChildren().setAll(spinner, label);
    }

    /** A store that cannot be opened for a reason the user cannot fix here. */
    public void showFailure(String sentence, Runnable quit) {
        show("PolicyDesk could not open its data folder.", sentence, button("Quit", quit, true), openLogButton());
    }

    /** Another PolicyDesk has the store open. */
    public void showLocked(String sentence, Runnable tryAgain, Runnable quit) {
        show("The policy store is already open.", sentence, button("Try again", tryAgain, true),
                button("Quit", quit, false), openLogButton());
    }

    /** The store file is damaged: restore the latest backup, open another store, or quit. */
    public void showDamaged(String sentence, Runnable restore, Runnable openAnother, Runnable quit) {
        Button restoreButton = button("Restore latest backup", restore, true);
        restoreButton.setId("restoreLatestBackup");
        restoreButton.setDisable(restore == null);
        Button another = button("Open another store…", openAnother, false);
        another.setId("openAnotherStore");
        another.setDisable(openAnother == null);
        show("The policy store is damaged.", sentence, restoreButton, another, button("Quit", quit, false),
                openLogButton());
    }

    /** The store is encrypted: ask for its passphrase; {@code problem} says why again (a wrong one), or is null. */
    public void askPassphrase(String problem, Consumer<char[]> open, Runnable quit) {
        ensureStatusBar();
        Label title = new Label("This policy store is encrypted.");
        title.getStyleClass().add(Styles.STARTUP_TITLE);
        Label hint = new Label(problem != null ? problem : "Type its passphrase to open it.");
        hint.setWrapText(true);
        if (problem != null) {
            hint.getStyleClass().add(Styles.STARTUP_ERROR_TEXT);
        }
        PasswordField field = new PasswordField();
        field.setId("passphrase");
        field.setPromptText("Passphrase");
        field.setMaxWidth(320);
        Button openButton = button("Open", () -> {
            char[] passphrase = field.getText().toCharArray();
            field.clear();
            open.accept(passphrase);
        }, true);
        openButton.disableProperty().bind(field.textProperty().isEmpty());
        HBox buttons = new HBox(10, openButton, button("Quit", quit, false));
        buttons.setAlignment(Pos.CENTER);
        centre.getChildren().setAll(title, hint, field, buttons);
        field.requestFocus();
    }

    private void show(String titleText, String sentence, Node... buttons) {
        ensureStatusBar();
        Label title = new Label(titleText);
        title.getStyleClass().add(Styles.STARTUP_ERROR);
        Label detail = new Label(sentence);
        detail.setWrapText(true);
        detail.setMaxWidth(560);
        HBox row = new HBox(10, buttons);
        row.setAlignment(Pos.CENTER);
        centre.getChildren().setAll(title, detail, row);
    }

    private Button openLogButton() {
        return button("Open log", () -> {
            if (!LogFile.openInViewer()) {
                ErrorDialog.showLogPath(centre);
            }
        }, false);
    }

    private static Button button(String text, Runnable action, boolean isDefault) {
        Button b = new Button(text);
        b.setDefaultButton(isDefault);
        b.setOnAction(e -> {
            if (action != null) {
                action.run();
            }
        });
        return b;
    }
}
