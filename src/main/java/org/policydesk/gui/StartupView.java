package org.policydesk.gui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** What the window shows while the workspace opens, or why it could not. */
final class StartupView extends BorderPane {
    private final VBox centre = new VBox(14);

    StartupView(BackgroundTasks tasks) {
        getStylesheets().add(StartupView.class.getResource(Styles.STYLESHEET).toExternalForm());
        getStyleClass().add(Styles.STARTUP);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label label = new Label("Opening your policies…");
        label.getStyleClass().add(Styles.PLACEHOLDER);
        centre.getChildren().addAll(spinner, label);
        centre.setAlignment(Pos.CENTER);
        setCenter(centre);
        setBottom(new StatusBar(tasks));
    }

    void showFailure(String sentence, Runnable quit) {
        Label title = new Label("PolicyDesk could not open its data folder.");
        title.getStyleClass().add(Styles.STARTUP_ERROR);
        Label detail = new Label(sentence);
        detail.setWrapText(true);
        detail.setMaxWidth(560);
        Button close = new Button("Quit");
        close.setDefaultButton(true);
        close.setOnAction(e -> quit.run());
        centre.getChildren().setAll(title, detail, close);
    }
}
