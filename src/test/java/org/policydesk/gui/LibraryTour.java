package org.policydesk.gui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.policydesk.model.PolicyNumber;

/**
 * Opens the real app and walks to one library screen, for screenshots:
 * {@code java -cp target/policydesk.jar:target/test-classes org.policydesk.gui.LibraryTour editor|redline|issues|references|search}
 * (the store is the usual one: set POLICYDESK_HOME for a throwaway store).
 */
public final class LibraryTour {

    private LibraryTour() {
    }

    public static void main(String[] args) {
        Application.launch(TourApp.class, args);
    }

    public static final class TourApp extends PolicyDeskApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            String scene = getParameters().getRaw().isEmpty() ? "editor" : getParameters().getRaw().get(0);
            Thread walker = new Thread(() -> walk(stage, scene), "tour");
            walker.setDaemon(true);
            walker.start();
        }

        private static void walk(Stage stage, String scene) {
            // The window shows before the store opens; its places come with the store (decision 0071).
            MainView view = waitFor(() -> stage.getScene().getRoot() instanceof MainView v
                    && v.navigation().getTabs().size() > 1 ? v : null);
            pause(1500);
            Platform.runLater(() -> view.navigation().show("Policies"));
            lookup(view, "#policyTable");
            pause(1500);
            switch (scene) {
                case "editor" -> {
                    openPolicy(view);
                    fire(view, "#editDraft");
                    TextArea area = waitFor(() -> (TextArea) view.lookup("#draftText"));
                    pause(800);
                    runOnFx(() -> {
                        int at = area.getText().indexOf("CROSS REF.: ") + "CROSS REF.: ".length();
                        area.insertText(at, "9:999 (Made Up Policy), ");
                        area.positionCaret(area.getText().indexOf("Introduction"));
                    });
                }
                case "redline" -> {
                    openPolicy(view);
                    fire(view, "#showRedline");
                }
                case "issues" -> runOnFx(() -> view.navigation().show("PRESS issues"));
                case "references" -> {
                    runOnFx(() -> view.navigation().show("References"));
                    TextField q = waitFor(() -> (TextField) view.lookup("#referenceQuestion"));
                    runOnFx(() -> {
                        q.setText("820 ILCS 55/10");
                        q.fireEvent(new javafx.event.ActionEvent());
                    });
                }
                case "search" -> {
                    runOnFx(() -> view.navigation().show("Search"));
                    TextField q = waitFor(() -> (TextField) view.lookup("#searchField"));
                    runOnFx(() -> q.setText("smartwatch facebook"));
                }
                default -> {
                    openPolicy(view);
                }
            }
        }

        private static void openPolicy(MainView view) {
            Node table = lookup(view, "#policyTable");
            runOnFx(() -> {
                @SuppressWarnings("unchecked")
                var t = (javafx.scene.control.TableView<org.policydesk.model.PolicySummary>) table;
                t.getItems().stream().filter(s -> PolicyNumber.parse("5:125").equals(s.number())).findFirst()
                        .ifPresent(s -> t.getSelectionModel().select(s));
            });
            lookup(view, "#editDraft");
            pause(1500);
        }

        private static void fire(Parent root, String id) {
            Node n = lookup(root, id);
            runOnFx(() -> ((ButtonBase) n).fire());
            pause(1500);
        }

        private static Node lookup(Parent root, String id) {
            return waitFor(() -> root.lookup(id));
        }

        private static void runOnFx(Runnable r) {
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
