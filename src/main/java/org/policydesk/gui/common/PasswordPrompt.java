package org.policydesk.gui.common;

import java.util.Arrays;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a password, or for a new one typed twice. Passwords stay char arrays and are never shown. */
public final class PasswordPrompt {

    private PasswordPrompt() {
    }

    /** Asks for an existing password; empty when cancelled. */
    public static Optional<char[]> ask(Window owner, String header, String text) {
        PasswordField field = new PasswordField();
        field.setId("passwordPrompt");
        Dialog<char[]> dialog = dialog(owner, header, new VBox(8, wrapped(text), field));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    /** Asks for a new password twice; OK only when both match and it is at least {@code minLength} long. */
    public static Optional<char[]> askNew(Window owner, String header, int minLength) {
        PasswordField first = new PasswordField();
        first.setId("newPassword");
        PasswordField second = new PasswordField();
        second.setId("newPasswordAgain");
        Label hint = wrapped("At least " + minLength + " characters.");
        Dialog<char[]> dialog = dialog(owner, header, new VBox(8, new Label("New password"), first,
                new Label("The same again"), second, hint));
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            boolean longEnough = first.getText().length() >= minLength;
            boolean same = first.getText().equals(second.getText());
            hint.setText(!longEnough ? "At least " + minLength + " characters."
                    : !same ? "The two passwords are not the same." : "");
            ok.setDisable(!longEnough || !same);
        };
        first.textProperty().addListener((o, a, b) -> check.run());
        second.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        dialog.setResultConverter(b -> b == ButtonType.OK ? first.getText().toCharArray() : null);
        Platform.runLater(first::requestFocus);
        return dialog.showAndWait();
    }

    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    private static Dialog<char[]> dialog(Window owner, String header, VBox content) {
        Dialog<char[]> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("PolicyDesk");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }
}
