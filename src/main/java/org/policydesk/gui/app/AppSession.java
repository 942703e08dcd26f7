package org.policydesk.gui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.ErrorDialog;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.gui.packet.PacketViewModel;
import org.policydesk.gui.policies.MainViewModel;
import org.policydesk.gui.settings.SettingsView;
import org.policydesk.gui.settings.SettingsViewModel;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.admin.AuditService;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.WorkspaceOpenException;

/**
 * The running app behind {@code PolicyDeskApp}: the window, the open workspace and what it was opened with. The window shows at once with its layout drawn without
 * controls ({@link FirstFrame}); once that frame is on screen the real window with its Policies place takes its
 * place, the list saying "Opening your policies…", while the workspace (database open, migration, maybe the sample
 * district) opens in the background; then the list fills and the other places are added (decisions 0071, 0085).
 */
public final class AppSession {

    /** From the raw command-line parameters to the opener; replaced in tests and demos. */
    private final Function<List<String>, WorkspaceOpener> openers;
    private final WindowStateStore windowStates;
    private List<String> parameters = List.of();

    private BackgroundTasks tasks;
    private volatile Workspace workspace;
    private Stage stage;
    private Scene scene;
    private StartupView startup;
    private Function<Window, Path> folderChooser = AppSession::chooseFolder;
    private WorkspaceOpener currentOpener;
    private char[] openedWith;
    /** The view shown at start before the store is open, and what it gets once the store opens; null after. */
    private MainView firstView;
    private MainViewModel firstViewModel;
    private OpeningPolicyService firstPolicies;
    private WorkspaceOpener firstOpener;

    public AppSession(Function<List<String>, WorkspaceOpener> openers, WindowStateStore windowStates) {
        this.openers = openers;
        this.windowStates = windowStates;
    }

    /** Shows the window on {@code stage}; {@code parameters} are the raw command-line parameters. */
    public void start(Stage stage, List<String> parameters) {
        this.parameters = parameters;
        StartupProbe.step("app-start");
        tasks = BackgroundTasks.onDaemonThreads();
        WorkspaceOpener opener = openers.apply(parameters);
        this.stage = stage;
        firstOpener = opener;
        // The first frame is the window's layout without controls; the real controls take its place once it has
        // been drawn, while the store opens behind them (decisions 0071, 0085).
        FirstFrame frame = new FirstFrame();
        scene = new Scene(frame);
        EarlyKeys earlyKeys = EarlyKeys.keptFrom(scene);
        StartupProbe.step("frame-built");
        stage.setTitle("PolicyDesk");
        stage.setScene(scene);
        new WindowPlacement(windowStates).restore(stage);
        StartupProbe.step("placed");
        stage.show();
        StartupProbe.step("show-returned");
        StartupProbe.windowShown();
        frame.whenDrawn(() -> {
            // The icon needs the image decoders (some 60 classes): after the first frame, like the controls.
            appIcon().ifPresent(stage.getIcons()::add);
            if (scene.getRoot() == frame) {
                MainView view = firstView();
                StartupProbe.step("view-built");
                scene.setRoot(view);
                // After this pulse has made the skins (the tab pane takes the focus then): typing finds a policy,
                // starting with what was typed while the first frame showed.
                Platform.runLater(() -> view.focusFilter(earlyKeys.handOver()));
                StartupProbe.controlsReady();
            }
            // Run after this pulse has styled and laid out the controls: opened beside them, the store delayed
            // the controls by ~0.8 s on two busy cores and the list not at all (decision 0085).
            Platform.runLater(() -> open(opener, null));
        });
    }

    /**
     * The view shown while the store opens, built once when the first frame has been drawn; it gets the store's
     * policies when the store has opened, also after a first try that failed (a passphrase, a lock).
     */
    private MainView firstView() {
        if (firstView == null) {
            firstPolicies = new OpeningPolicyService();
            firstViewModel = new MainViewModel(firstPolicies, tasks);
            firstView = mainView(firstViewModel, firstOpener.dataDirectory());
        }
        return firstView;
    }

    /** The main view; its board-packet screen works on whichever workspace is open when it is asked for. */
    private MainView mainView(MainViewModel viewModel, Path dataDirectory) {
        return new MainView(viewModel, tasks, dataDirectory, () -> {
            Workspace opened = workspace;
            if (opened == null) {
                tasks.showMessage(OpeningPolicyService.STILL_OPENING);
                return null;
            }
            return new PacketViewModel(opened.packets(), tasks, java.time.LocalDate.now());
        });
    }

    /** The start-up panels (opening, passphrase, failures) in place of whatever the window shows. */
    private StartupView showStartupView() {
        if (startup == null || scene.getRoot() != startup) {
            startup = new StartupView(tasks);
            scene.setRoot(startup);
        }
        return startup;
    }

    /** Opens the workspace in the background; a failure shows the way out that fits it. */
    private void openWith(WorkspaceOpener opener, char[] passphrase) {
        showStartupView().showOpening("Opening your policies…");
        open(opener, passphrase);
    }

    private void open(WorkspaceOpener opener, char[] passphrase) {
        tasks.run("Opening the policy store", p -> opener.open(passphrase), opened -> {
            StartupProbe.storeOpened();
            workspace = opened;
            currentOpener = opener;
            openedWith = passphrase;
            MainViewModel viewModel;
            MainView view;
            if (firstOpener != null && opener == firstOpener) {
                // The window's first view, shown while the store opened: it now gets the store's policies.
                view = firstView();
                firstPolicies.attach(opened.policies());
                viewModel = firstViewModel;
            } else {
                viewModel = new MainViewModel(opened.policies(), tasks);
                view = mainView(viewModel, opened.dataDirectory());
            }
            firstView = null;
            firstViewModel = null;
            firstPolicies = null;
            firstOpener = null;
            StartupProbe.whenFilled(viewModel.visiblePolicies());
            if (opened.library() != null) {
                LibraryScreens.install(view, viewModel, opened.library(), opened.policies(), tasks);
            }
            if (opened.rosters() != null && opened.training() != null) {
                RosterScreens.install(view, opened.rosters(), opened.training(),
                        org.policydesk.service.roster.RosterReports.of(opened), tasks);
            }
            AckScreens.install(view, opened, tasks);
            installReliabilityScreens(view, viewModel, opened, opener);
            if (opener.canRecover()) {
                view.addFileMenuItems(menuItem("Back up now", this::backupNow),
                        menuItem("Restore from a backup…", this::chooseBackupToRestore));
            }
            if (scene.getRoot() != view) {
                scene.setRoot(view);
            }
            if (opened.loadedSampleDistrict()) {
                tasks.showMessage("This is a sample district to look around in; import your own policies with File › Import.");
            }
            PolicyNumber.tryParse(WorkspaceOpener.option(parameters, "--open"))
                    .ifPresent(viewModel::openWhenLoaded);
            viewModel.refresh(null);
        }, failure -> openFailed(opener, passphrase, failure));
    }

    /** History panels from the audit trail, and the Settings place, for workspaces that keep them. */
    private void installReliabilityScreens(MainView view, MainViewModel viewModel, Workspace opened,
                                           WorkspaceOpener opener) {
        AuditService audit;
        try {
            audit = opened.audit();
        } catch (UnsupportedOperationException noTrail) {
            return;
        }
        HistoryScreens.install(view, viewModel, audit, tasks);
        if (opener.canRecover()) {
            SettingsViewModel settings = new SettingsViewModel(opened.settings(), opened.backups(),
                    opened.dataDirectory(), tasks, new SettingsViewModel.StoreRestart() {
                        @Override
                        public void restore(Path backup) {
                            confirmAndRestore(backup);
                        }

                        @Override
                        public void changePassphrase(char[] current, char[] next) {
                            AppSession.this.changePassphrase(current, next);
                        }

                        @Override
                        public void showError(String title, Throwable failure) {
                            ErrorDialog.create(stage, title, failure).show();
                        }
                    });
            javafx.scene.control.Tab tab = view.navigation().lazyPlace("Settings", () -> new SettingsView(settings));
            tab.setOnSelectionChanged(e -> {
                if (tab.isSelected()) {
                    settings.refresh();
                }
            });
        }
    }

    /**
     * Closes the store, sets or changes its passphrase, and opens it again with the new one; with a wrong
     * current passphrase nothing changes, the store opens as it was and the user is told in one sentence.
     */
    void changePassphrase(char[] current, char[] next) {
        WorkspaceOpener opener = currentOpener;
        char[] before = openedWith;
        Workspace open = workspace;
        Path dataDir = open.dataDirectory();
        workspace = null;
        startup = new StartupView(tasks);
        scene.setRoot(startup);
        startup.showOpening(current == null ? "Encrypting the store and its backups…" : "Changing the passphrase…");
        tasks.run("Changing the passphrase", p -> {
            open.close();
            return org.policydesk.service.admin.StoreMaintenance.changePassphrase(dataDir, current, next);
        }, left -> {
            tasks.showMessage((current == null ? "The store is now encrypted." : "The passphrase was changed.")
                    + (left > 0 ? " " + left + " old backups kept their old encryption." : ""));
            openWith(opener, next);
        }, failure -> {
            boolean wrong = failure instanceof WorkspaceOpenException w
                    && (w.kind() == WorkspaceOpenException.Kind.WRONG_PASSPHRASE
                    || w.kind() == WorkspaceOpenException.Kind.PASSPHRASE_NEEDED);
            log().warn("The passphrase was not changed", failure);
            openWith(opener, before);
            if (wrong) {
                ErrorDialog.create(stage, "The passphrase was not changed.",
                        "The current passphrase you typed is not the store's passphrase; nothing was changed, so type it again.")
                        .show();
            } else {
                ErrorDialog.create(stage, "The passphrase was not changed.", failure).show();
            }
        });
    }

    private static MenuItem menuItem(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void backupNow() {
        Workspace opened = workspace;
        tasks.run("Backing up the policy store", p -> opened.backups().backupNow(),
                b -> tasks.showMessage("Backed up to " + b.file() + "."),
                failure -> {
                    log().error("Backup failed", failure);
                    ErrorDialog.create(stage, "The backup could not be made.", failure).show();
                });
    }

    private void chooseBackupToRestore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore the policy store from a backup");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PolicyDesk backups", "*.zip"));
        Path folder = workspace.dataDirectory().resolve("backups");
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            confirmAndRestore(chosen.toPath());
        }
    }

    /** Asks, then closes the store, restores {@code backup} and opens the store again. */
    public void confirmAndRestore(Path backup) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL);
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().add(restore);
        ask.initOwner(stage);
        ask.setHeaderText("Replace the policy store with this backup?");
        ask.setContentText(backup.getFileName() + " replaces what is in the store now; the store as it is now "
                + "is kept in the backups folder.");
        if (ask.showAndWait().orElse(ButtonType.CANCEL) != restore) {
            return;
        }
        WorkspaceOpener opener = currentOpener;
        char[] passphrase = openedWith;
        Workspace open = workspace;
        workspace = null;
        startup = new StartupView(tasks);
        scene.setRoot(startup);
        startup.showOpening("Restoring " + backup.getFileName() + "…");
        tasks.run("Restoring the backup", p -> {
            open.close();
            opener.restore(backup, passphrase);
            return backup;
        }, done -> {
            tasks.showMessage("Restored " + backup.getFileName() + ".");
            openWith(opener, passphrase);
        }, failure -> {
            log().error("Restore failed", failure);
            ErrorDialog.create(stage, "The backup could not be restored.", failure).show();
            openWith(opener, passphrase);
        });
    }

    /** The icon shipped in resources/icons (packaged under policydesk/icons). */
    private static java.util.Optional<javafx.scene.image.Image> appIcon() {
        var url = AppSession.class.getResource("/policydesk/icons/policydesk.png");
        return url == null ? java.util.Optional.empty() : java.util.Optional.of(new javafx.scene.image.Image(url.toExternalForm()));
    }

    private void openFailed(WorkspaceOpener opener, char[] passphrase, Throwable failure) {
        WorkspaceOpenException.Kind kind = failure instanceof WorkspaceOpenException w
                ? w.kind() : WorkspaceOpenException.Kind.OTHER;
        String sentence = UserMessages.oneSentence(failure);
        if (kind == WorkspaceOpenException.Kind.PASSPHRASE_NEEDED) {
            log().info("The store is encrypted; asking for its passphrase");
        } else {
            log().error("Could not open the workspace", failure);
        }
        switch (kind) {
            case PASSPHRASE_NEEDED -> showStartupView().askPassphrase(null, p -> openWith(opener, p), stage::hide);
            case WRONG_PASSPHRASE -> showStartupView().askPassphrase(sentence, p -> openWith(opener, p), stage::hide);
            case LOCKED -> showStartupView().showLocked(sentence, () -> openWith(opener, passphrase), stage::hide);
            case DAMAGED, BAD_BACKUP -> showStartupView().showDamaged(sentence,
                    opener.canRecover() && kind == WorkspaceOpenException.Kind.DAMAGED
                            ? () -> restoreLatest(opener, passphrase) : null,
                    opener.canRecover() ? () -> openAnother(opener) : null,
                    stage::hide);
            default -> showStartupView().showFailure(sentence, stage::hide);
        }
    }

    private void restoreLatest(WorkspaceOpener opener, char[] passphrase) {
        showStartupView().showOpening("Restoring the latest backup…");
        tasks.run("Restoring the latest backup", p -> opener.restoreLatestBackup(passphrase), restored -> {
            if (restored.isEmpty()) {
                showStartupView().showDamaged("There is no backup of this store yet; open another store or quit.", null,
                        () -> openAnother(opener), stage::hide);
                return;
            }
            tasks.showMessage("Restored the backup taken " + DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm").withZone(ZoneId.systemDefault()).format(restored.get().takenAt()) + ".");
            openWith(opener, passphrase);
        }, failure -> openFailed(opener, passphrase, failure));
    }

    private void openAnother(WorkspaceOpener opener) {
        Path folder = folderChooser.apply(stage);
        if (folder != null) {
            openWith(opener.inFolder(folder), null);
        }
    }

    /** For tests: what "Open another store…" asks the user for, instead of the system's folder dialog. */
    public void setFolderChooser(Function<Window, Path> chooser) {
        this.folderChooser = chooser;
    }

    private static Path chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the folder of another PolicyDesk store");
        File chosen = chooser.showDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /** Waits for background work as {@link BackgroundTasks#shutdown} does, then closes the store. */
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        Workspace opened = workspace;
        if (opened != null) {
            opened.close();
        }
    }

    /**
     * Asked for when needed rather than held in a static field: the first logger configures Logback (its XML
     * configuration is a large share of the start), which must not happen before the window shows (decision 0060).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(AppSession.class);
    }
}
