package org.policydesk.gui.common;

import javafx.geometry.Pos;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The shared status area: last message, progress of running work, and Cancel. A failure shows as its one
 * sentence in the error colour with "Open log" beside it, like {@link ErrorDialog}.
 */
public final class StatusBar extends HBox {
    private static final PseudoClass FAILURE = PseudoClass.getPseudoClass(Styles.STATUS_FAILURE);

    public StatusBar(BackgroundTasks tasks) {
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        Label message = new Label();
        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        message.textProperty().bind(tasks.messageProperty());
        message.setId("statusMessage");
        message.setMinWidth(0);
        tasks.failureShownProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(FAILURE, now));
        message.pseudoClassStateChanged(FAILURE, tasks.failureShownProperty().get());

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(180);
        progress.progressProperty().bind(tasks.progressProperty());

        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> tasks.cancelShown());

        progress.visibleProperty().bind(tasks.busyProperty());
        progress.managedProperty().bind(tasks.busyProperty());
        cancel.visibleProperty().bind(tasks.cancellableProperty());
        cancel.managedProperty().bind(tasks.cancellableProperty());
        Hyperlink openLog = new Hyperlink("Open log");
        openLog.setId("statusOpenLog");
        openLog.setOnAction(e -> LogFile.openOrShowPath(getScene() == null ? null : getScene().getWindow()));
        openLog.visibleProperty().bind(tasks.failureShownProperty());
        openLog.managedProperty().bind(tasks.failureShownProperty());
        // "Open log" right after the sentence it belongs to; the space grows after it.
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        getChildren().addAll(message, openLog, space, progress, cancel);
    }
}
