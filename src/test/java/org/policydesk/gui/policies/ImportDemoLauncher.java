package org.policydesk.gui.policies;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.policydesk.gui.app.MainView;
import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.testing.FakePolicyService;

/**
 * Shows the import report as a user would see it, on an empty fake store: three files are imported at
 * start ({@code -Ddemo.empty=true} skips the import and shows the empty list instead).
 */
public final class ImportDemoLauncher {
    private ImportDemoLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(ImportDemoApp.class, args);
    }

    /** The main view on an empty fake store. */
    public static final class ImportDemoApp extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            BackgroundTasks tasks = BackgroundTasks.onDaemonThreads();
            MainViewModel viewModel = new MainViewModel(new FakePolicyService(), tasks);
            stage.setScene(new Scene(new MainView(viewModel, tasks, Path.of("/tmp/policydesk-demo")), 1280, 780));
            stage.setTitle("PolicyDesk");
            stage.show();
            viewModel.refresh(null);
            if (!Boolean.getBoolean("demo.empty")) {
                Path dir = Files.createTempDirectory("policydesk-import-demo");
                viewModel.importFiles(List.of(
                        Files.writeString(dir.resolve("5-125 Personal Technology.txt"),
                                "5:125 Personal Technology and Social Media; Usage and Conduct\nAll District employees...\n"),
                        Files.writeString(dir.resolve("board minutes.txt"), "Minutes of the March meeting\n"),
                        Files.writeString(dir.resolve("2-20 Powers.txt"),
                                "2:20 Powers and Duties of the School Board\nThe Board PRESSPlus9 shall...\n")));
            }
        }
    }
}
