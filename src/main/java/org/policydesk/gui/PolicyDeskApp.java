package org.policydesk.gui;

import java.util.List;
import java.util.function.Function;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.policydesk.model.PolicyNumber;
import org.policydesk.service.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app: {@code [--db DIR] [--open 5:125]}. The window shows at once with a "opening" state; the workspace (database open,
 * migration, maybe the sample district) then opens in the background and the main view replaces it.
 */
public class PolicyDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyDeskApp.class);

    /** From the raw command-line parameters to the opener; replaced in tests and demos. */
    private final Function<List<String>, WorkspaceOpener> openers;
    private final WindowStateStore windowStates;
    private BackgroundTasks tasks;
    private volatile Workspace workspace;

    /** The real app: the store in the folder named by {@code --db DIR}, or the default folder. */
    public PolicyDeskApp() {
        this(WorkspaceOpener::standard, WindowStateStore.forMainWindow());
    }

    /** An app on a given workspace, e.g. a fake one in a demo. */
    public PolicyDeskApp(WorkspaceOpener opener) {
        this(args -> opener, WindowStateStore.forMainWindow());
    }

    /** For tests: a given workspace, and window placement kept out of the user's preferences. */
    PolicyDeskApp(WorkspaceOpener opener, WindowStateStore windowStates) {
        this(args -> opener, windowStates);
    }

    private PolicyDeskApp(Function<List<String>, WorkspaceOpener> openers, WindowStateStore windowStates) {
        this.openers = openers;
        this.windowStates = windowStates;
    }

    public static void main(String[] args) {
        launch(PolicyDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        tasks = BackgroundTasks.onDaemonThreads();
        WorkspaceOpener opener = openers.apply(getParameters().getRaw());
        StartupView startup = new StartupView(tasks);
        Scene scene = new Scene(startup);
        stage.setTitle("PolicyDesk");
        appIcon().ifPresent(stage.getIcons()::add);
        stage.setScene(scene);
        new WindowPlacement(windowStates).restore(stage);
        stage.show();
        StartupProbe.windowShown();

        tasks.run("Opening the policy store", p -> opener.open(), opened -> {
            workspace = opened;
            MainViewModel viewModel = new MainViewModel(opened.policies(), tasks);
            StartupProbe.whenFilled(viewModel.visiblePolicies());
            scene.setRoot(new MainView(viewModel, tasks, opened.dataDirectory(),
                    () -> new PacketViewModel(opened.packets(), tasks, java.time.LocalDate.now())));
            if (opened.loadedSampleDistrict()) {
                tasks.showMessage("This is a sample district to look around in; import your own policies with File › Import.");
            }
            PolicyNumber.tryParse(WorkspaceOpener.option(getParameters().getRaw(), "--open"))
                    .ifPresent(viewModel::openWhenLoaded);
            viewModel.refresh(null);
        }, failure -> {
            LOG.error("Could not open the workspace", failure);
            startup.showFailure(UserMessages.oneSentence(failure), stage::hide);
        });
    }

    /** The icon shipped in resources/icons (packaged under policydesk/icons). */
    private static java.util.Optional<javafx.scene.image.Image> appIcon() {
        var url = PolicyDeskApp.class.getResource("/policydesk/icons/policydesk.png");
        return url == null ? java.util.Optional.empty() : java.util.Optional.of(new javafx.scene.image.Image(url.toExternalForm()));
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        Workspace opened = workspace;
        if (opened != null) {
            opened.close();
        }
    }
}
