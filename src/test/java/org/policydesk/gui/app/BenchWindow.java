package org.policydesk.gui.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.policies.MainViewModel;
import org.policydesk.service.common.Workspace;

/** The policies window on a real store for the benchmark harness: typing into the filter as a user would. */
public final class BenchWindow {

    private final Stage stage;
    private final MainViewModel viewModel;
    private final TextField filter;
    private final java.util.concurrent.atomic.AtomicLong keys = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong listChanges = new java.util.concurrent.atomic.AtomicLong();

    private BenchWindow(Stage stage, MainViewModel viewModel, TextField filter) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.filter = filter;
        viewModel.visiblePolicies().addListener((javafx.collections.ListChangeListener<Object>) c -> listChanges.incrementAndGet());
    }

    /** Opens the window; call after the FX toolkit has started. */
    public static BenchWindow open(Workspace workspace) throws Exception {
        CompletableFuture<BenchWindow> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            BackgroundTasks tasks = BackgroundTasks.onDaemonThreads();
            MainViewModel vm = new MainViewModel(workspace.policies(), tasks);
            MainView view = new MainView(vm, tasks, null);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1200, 760));
            stage.show();
            vm.refresh(null);
            opened.complete(new BenchWindow(stage, vm, (TextField) view.lookup("#policyFilter")));
        });
        return opened.get(60, TimeUnit.SECONDS);
    }

    /** Waits for the list, then a while for the full text that follows it in the background. */
    public void awaitLoaded(int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end && viewModel.visiblePolicies().size() < 2) {
            Thread.sleep(100);
        }
        Thread.sleep(5000);
    }

    /** Types one character at a time, {@code delayMs} apart; returns how many keys were typed. */
    public long type(String text, long delayMs) throws InterruptedException {
        for (char c : text.toCharArray()) {
            Platform.runLater(() -> {
                filter.appendText(String.valueOf(c));
            });
            keys.incrementAndGet();
            Thread.sleep(delayMs);
        }
        return text.length();
    }

    /** Presses Backspace {@code count} times, {@code delayMs} apart. */
    public void erase(int count, long delayMs) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            Platform.runLater(filter::deletePreviousChar);
            keys.incrementAndGet();
            Thread.sleep(delayMs);
        }
    }

    /** The window's scene, for probes that watch its pulses. */
    public Scene scene() {
        return stage.getScene();
    }

    /** Keys typed or erased so far. */
    public long keys() {
        return keys.get();
    }

    /** How often the list shown has changed so far (each change refills the table's visible rows). */
    public long listChanges() {
        return listChanges.get();
    }

    public void clear() {
        Platform.runLater(filter::clear);
    }

    public void settle() throws InterruptedException {
        Thread.sleep(1500);
    }

    public void close() throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            stage.close();
            closed.complete(null);
        });
        closed.get(10, TimeUnit.SECONDS);
    }
}
