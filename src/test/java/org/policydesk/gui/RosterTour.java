package org.policydesk.gui;

import java.time.LocalDate;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Opens the real app and walks to one roster screen, for screenshots:
 * {@code java -cp target/policydesk.jar:target/test-classes org.policydesk.gui.RosterTour import FILE|check TRAINING|training}
 * (set POLICYDESK_HOME for a throwaway store).
 */
public final class RosterTour {

    private RosterTour() {
    }

    public static void main(String[] args) {
        Application.launch(TourApp.class, args);
    }

    public static final class TourApp extends PolicyDeskApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            var raw = getParameters().getRaw();
            Thread walker = new Thread(() -> walk(stage, raw.get(0), raw.size() > 1 ? raw.get(1) : null), "tour");
            walker.setDaemon(true);
            walker.start();
        }

        private static void walk(Stage stage, String scene, String arg) {
            // The window shows before the store opens; its places come with the store (decision 0071).
            MainView view = waitFor(() -> stage.getScene().getRoot() instanceof MainView v
                    && v.navigation().getTabs().size() > 1 ? v : null);
            pause(1500);
            switch (scene) {
                case "import" -> {
                    run(() -> view.navigation().show("Staff"));
                    TextField file = waitFor(() -> (TextField) view.lookup("#rosterFile"));
                    run(() -> file.setText(arg));
                    fire(view, "#readRoster");
                    fire(view, "#previewRoster");
                }
                case "check" -> {
                    run(() -> view.navigation().show("Roster check"));
                    DatePicker asOf = waitFor(() -> (DatePicker) view.lookup("#checkAsOf"));
                    pause(1000);
                    run(() -> {
                        asOf.setValue(LocalDate.of(2025, 10, 1));
                        ((javafx.scene.control.RadioButton) view.lookup("#checkByTraining")).setSelected(true);
                        @SuppressWarnings("unchecked")
                        var t = (javafx.scene.control.ComboBox<String>) view.lookup("#checkTraining");
                        t.setValue(arg);
                    });
                    fire(view, "#runCheck");
                }
                default -> {
                    run(() -> view.navigation().show("Training"));
                    pause(1500);
                }
            }
        }

        private static void fire(javafx.scene.Parent root, String id) {
            Node n = waitFor(() -> root.lookup(id));
            run(() -> ((ButtonBase) n).fire());
            pause(1500);
        }

        private static void run(Runnable r) {
            Platform.runLater(r);
            pause(300);
        }

        private static <T> T waitFor(java.util.function.Supplier<T> s) {
            for (int i = 0; i < 600; i++) {
                java.util.concurrent.CompletableFuture<T> f = new java.util.concurrent.CompletableFuture<>();
                Platform.runLater(() -> f.complete(s.get()));
                try {
                    T v = f.get();
                    if (v != null) {
                        return v;
                    }
                    Thread.sleep(100);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("timed out");
        }

        private static void pause(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
