package org.policydesk.bench;

import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline for start-up: an empty JavaFX window, reported the same way as the app's probe. */
public final class EmptyWindowProbe extends Application {

    public static void main(String[] args) {
        launch(EmptyWindowProbe.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
        Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            System.out.println("policydesk-probe window-shown " + ms + " " + cpu);
            Platform.exit();
        });
    }
}
