package org.policydesk.gui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The shared status area: last message, progress of running work, and Cancel. */
final class StatusBar extends HBox {

    StatusBar(BackgroundTasks tasks) {
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        Label message = new Label();
        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        message.textProperty().bind(tasks.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(180);
        progress.progressProperty().bind(tasks.progressProperty());

        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> tasks.cancelShown());

        progress.visibleProperty().bind(tasks.busyProperty());
        progress.managedProperty().bind(tasks.busyProperty());
        cancel.visibleProperty().bind(tasks.cancellableProperty());
        cancel.managedProperty().bind(tasks.cancellableProperty());
        getChildren().addAll(message, progress, cancel);
    }
}
