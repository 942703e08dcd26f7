package org.policydesk.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.policydesk.gui.app.AppSession;
import org.policydesk.gui.app.WindowStateStore;
import org.policydesk.gui.app.WorkspaceOpener;

/**
 * The desktop app: {@code [--db DIR] [--open 5:125]}. The entry point JavaFX launches (the Linux desktop file
 * names it as the window's class); what runs is {@link AppSession}.
 */
public class PolicyDeskApp extends Application {

    private final AppSession session;

    /** The real app: the store in the folder named by {@code --db DIR}, or the default folder. */
    public PolicyDeskApp() {
        this(WorkspaceOpener::standard, WindowStateStore.forMainWindow());
    }

    /** An app on a given workspace, e.g. a fake one in a demo. */
    public PolicyDeskApp(WorkspaceOpener opener) {
        this(args -> opener, WindowStateStore.forMainWindow());
    }

    /** For tests: a given workspace, and window placement kept out of the user's preferences. */
    public PolicyDeskApp(WorkspaceOpener opener, WindowStateStore windowStates) {
        this(args -> opener, windowStates);
    }

    private PolicyDeskApp(Function<List<String>, WorkspaceOpener> openers, WindowStateStore windowStates) {
        this.session = new AppSession(openers, windowStates);
    }

    public static void main(String[] args) {
        WindowStateStore.readAheadInBackground();
        launch(PolicyDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        session.start(stage, getParameters().getRaw());
    }

    @Override
    public void stop() {
        session.stop();
    }

    /** For tests: what "Open another store…" asks the user for, instead of the system's folder dialog. */
    public void setFolderChooser(Function<Window, Path> chooser) {
        session.setFolderChooser(chooser);
    }

    /** Asks, then closes the store, restores {@code backup} and opens the store again. */
    public void confirmAndRestore(Path backup) {
        session.confirmAndRestore(backup);
    }
}
