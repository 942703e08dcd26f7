package org.policydesk.gui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The hands of {@link GuideTour}: finds, waits for, fires and types into the real app's controls from a thread of
 * its own, as a user would, and captures the screen. Every call blocks the calling thread, never the FX thread.
 */
final class TourRobot {

    private static final int WAIT_SECONDS = 40;

    private final Stage stage;

    TourRobot(Stage stage) {
        this.stage = stage;
    }

    Stage stage() {
        return stage;
    }

    /** Fires a button once it is enabled; not waited for, as a button may open a dialog with showAndWait. */
    void fire(String selector) {
        Node n = find(selector);
        waitFor(() -> n.isDisabled() ? null : Boolean.TRUE);
        Platform.runLater(() -> ((ButtonBase) n).fire());
        pause(900);
    }

    void type(String selector, String text) {
        Node n = find(selector);
        onFx(() -> {
            TextInputControl field = (TextInputControl) n;
            field.requestFocus();
            field.setText(text);
            field.positionCaret(text.length());
        });
        pause(400);
    }

    static void selectContaining(ComboBox<?> box, String text) {
        for (int i = 0; i < box.getItems().size(); i++) {
            if (String.valueOf(box.getItems().get(i)).contains(text)) {
                box.getSelectionModel().select(i);
                return;
            }
        }
    }

    /** Draws a looping signature with the platform robot, as a mouse would. */
    void sign(Node pad) {
        Bounds b = onFxGet(() -> pad.localToScreen(pad.getBoundsInLocal()));
        double x0 = b.getMinX() + b.getWidth() * 0.15;
        double y0 = b.getMinY() + b.getHeight() * 0.6;
        onFx(() -> {
            Robot robot = new Robot();
            robot.mouseMove(x0, y0);
            robot.mousePress(MouseButton.PRIMARY);
        });
        for (int k = 0; k <= 60; k++) {
            double t = k / 60.0;
            double x = x0 + t * b.getWidth() * 0.7;
            double y = y0 - Math.sin(t * Math.PI * 5) * b.getHeight() * 0.25 * (1 - t * 0.5);
            onFx(() -> new Robot().mouseMove(x, y));
        }
        onFx(() -> new Robot().mouseRelease(MouseButton.PRIMARY));
    }

    void clickNearTopLeft(Node node) {
        Bounds b = onFxGet(() -> node.localToScreen(node.getBoundsInLocal()));
        onFx(() -> {
            Robot robot = new Robot();
            robot.mouseMove(b.getMinX() + 60, b.getMinY() + 30);
            robot.mouseClick(MouseButton.PRIMARY);
        });
        pause(1200);
    }

    /** Closes every open dialog, as its Cancel would. */
    void cancelDialogs() {
        onFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s && s.getScene() != null
                        && s.getScene().getRoot() instanceof DialogPane) {
                    s.close();
                }
            }
        });
        pause(600);
    }

    void pressOkIfAsked() {
        Window dialog = onFxGet(() -> Window.getWindows().stream()
                .filter(w -> w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElse(null));
        if (dialog != null) {
            pressOk(dialog);
        }
    }

    /** Presses the dialog's OK button, or its first button when it has no OK. */
    void pressOk(Window dialog) {
        onFx(() -> {
            DialogPane pane = (DialogPane) dialog.getScene().getRoot();
            Node ok = pane.lookupButton(ButtonType.OK);
            if (ok == null) {
                ok = pane.getButtonTypes().stream().map(pane::lookupButton)
                        .filter(n -> n instanceof ButtonBase).findFirst().orElseThrow();
            }
            Platform.runLater(((ButtonBase) ok)::fire);
        });
        pause(800);
    }

    /** The first visible node that matches {@code selector} in any showing window, once there is one. */
    Node find(String selector) {
        return waitFor(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    Node n = w.getScene().getRoot().lookup(selector);
                    if (n != null && n.isVisible()) {
                        return n;
                    }
                }
            }
            return null;
        });
    }

    /** The showing window that holds {@code selector}, or null; call on the FX thread. */
    static Stage windowWith(String selector) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage s && s.isShowing() && s.getScene() != null
                    && s.getScene().getRoot().lookup(selector) != null) {
                return s;
            }
        }
        return null;
    }

    static <T> T ancestor(Node node, Class<T> type) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return type.cast(p);
            }
        }
        return null;
    }

    /** Captures the whole (virtual) screen, dialogs and full-screen windows included, with ImageMagick's import. */
    static void shot(Path out, String name) throws IOException, InterruptedException {
        pause(700);
        Path png = out.resolve(name + ".png");
        Process p = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("import could not capture " + png);
        }
        System.out.println("captured " + png);
    }

    static <T> T waitFor(Supplier<T> probe) {
        return waitFor(probe, WAIT_SECONDS);
    }

    /** Asks {@code probe} on the FX thread every 100 ms until it answers something other than null. */
    static <T> T waitFor(Supplier<T> probe, int seconds) {
        for (int i = 0; i < seconds * 10; i++) {
            T value = onFxGet(probe);
            if (value != null) {
                return value;
            }
            pause(100);
        }
        throw new IllegalStateException("the tour waited " + seconds + " s for something that did not appear");
    }

    static void onFx(Runnable action) {
        onFxGet(() -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    static <T> T onFxGet(Supplier<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.join();
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
