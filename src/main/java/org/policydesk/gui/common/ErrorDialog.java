package org.policydesk.gui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The one way the app shows an error: one short sentence (what happened and what to do) and an
 * "Open log" button for whoever helps the user. Never a stack trace.
 */
public final class ErrorDialog {

    public static final ButtonType OPEN_LOG = new ButtonType("Open log", ButtonBar.ButtonData.HELP);

    private ErrorDialog() {
    }

    /** An error alert for {@code failure}, whose message becomes the sentence shown. */
    public static Alert create(Window owner, String title, Throwable failure) {
        return create(owner, title, UserMessages.oneSentence(failure));
    }

    public static Alert create(Window owner, String title, String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK, OPEN_LOG);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("PolicyDesk");
        alert.setHeaderText(title);
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.setMaxWidth(480);
        alert.getDialogPane().setContent(new VBox(8, text));
        // "Open log" must not close the dialog: it opens the log, or shows where it is when it cannot.
        alert.getDialogPane().lookupButton(OPEN_LOG).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            if (!LogFile.openInViewer()) {
                showLogPath((VBox) alert.getDialogPane().getContent());
            }
        });
        return alert;
    }

    /** Shows the log's path in a selectable field under the sentence, once. */
    public static void showLogPath(VBox box) {
        if (box.lookup("#logPath") != null) {
            return;
        }
        TextField path = new TextField(LogFile.path().toString());
        path.setId("logPath");
        path.setEditable(false);
        path.setPrefColumnCount(40);
        box.getChildren().addAll(new Label("The log is at:"), path);
    }
}
