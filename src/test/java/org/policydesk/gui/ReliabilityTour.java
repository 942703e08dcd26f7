package org.policydesk.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;

/**
 * Opens the real app and walks to the Settings place or a policy's history, for the user-guide screenshots:
 * {@code java -cp target/policydesk.jar:target/test-classes org.policydesk.gui.ReliabilityTour settings|history}.
 */
public final class ReliabilityTour {

    private ReliabilityTour() {
    }

    public static void main(String[] args) {
        Application.launch(TourApp.class, args);
    }

    public static final class TourApp extends PolicyDeskApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            String place = getParameters().getRaw().isEmpty() ? "settings" : getParameters().getRaw().get(0);
            Thread walker = new Thread(() -> walk(stage, place), "tour");
            walker.setDaemon(true);
            walker.start();
        }

        private static void walk(Stage stage, String place) {
            // The window shows before the store opens; its places come with the store (decision 0071).
            MainView view = waitFor(() -> stage.getScene().getRoot() instanceof MainView v
                    && v.navigation().getTabs().size() > 1 ? v : null);
            sleep(1500);
            if (place.equals("settings")) {
                runOnFx(() -> view.navigation().show("Settings"));
                return;
            }
            @SuppressWarnings("unchecked")
            TableView<PolicySummary> table = (TableView<PolicySummary>) waitFor(() -> view.lookup("#policyTable"));
            sleep(1500);
            runOnFx(() -> table.getItems().stream().filter(s -> PolicyNumber.parse("5:125").equals(s.number()))
                    .findFirst().ifPresent(s -> table.getSelectionModel().select(s)));
            TitledPane history = (TitledPane) waitFor(() -> view.lookup("#policyHistory"));
            sleep(1000);
            runOnFx(() -> history.setExpanded(true));
        }

        private static <T> T waitFor(Callable<T> find) {
            for (int i = 0; i < 600; i++) {
                CountDownLatch done = new CountDownLatch(1);
                Object[] found = new Object[1];
                Platform.runLater(() -> {
                    try {
                        found[0] = find.call();
                    } catch (Exception ignored) {
                        // not there yet
                    }
                    done.countDown();
                });
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                if (found[0] != null) {
                    @SuppressWarnings("unchecked")
                    T t = (T) found[0];
                    return t;
                }
                sleep(100);
            }
            throw new IllegalStateException("the tour did not find what it waited for");
        }

        private static void runOnFx(Runnable r) {
            Platform.runLater(r);
            sleep(300);
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
