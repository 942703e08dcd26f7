package org.policydesk.gui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The one place that runs work off the FX thread and hands the result back to it. Work that is
 * {@linkplain #run shown} reports its progress to the shared status area (message, progress bar,
 * Cancel); {@linkplain #runQuietly quiet} work, such as filtering while the user types, does not.
 *
 * <p>Cancel is cooperative: the work polls {@link Progress#isCancelled()} and may return what it has
 * done so far. Threads are never interrupted, because an interrupt closes H2's file channel.
 *
 * <p>Callbacks always run on the FX thread (or, in {@link #sameThread()}, on the calling thread), so
 * view models may touch their properties there without further care.
 */
public abstract class BackgroundTasks {

    /** A piece of blocking work. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What running work may tell the status area and ask of it. */
    public interface Progress {
        /** Progress as {@code done} of {@code total}; a negative total means "unknown". */
        void update(long done, long total, String message);

        boolean isCancelled();
    }

    /** Lets the starter of a piece of work ask it to stop. */
    @FunctionalInterface
    public interface Handle {
        void cancel();
    }

    private static final double INDETERMINATE = -1;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable", false);
    /** True while the status area shows a failure: it is then drawn as an error, with "Open log" beside it. */
    private final ReadOnlyBooleanWrapper failureShown = new ReadOnlyBooleanWrapper(this, "failureShown", false);
    /** Shown work still running, newest first: the status area follows the newest. */
    private final Deque<Entry> shown = new ArrayDeque<>();
    /** The last message given, which the status area returns to when shown work ends. */
    private String lastMessage = "";
    /** Whether {@link #lastMessage} is a failure. */
    private boolean lastIsFailure;

    /** Work on a small pool of daemon threads, results on the FX thread. */
    public static BackgroundTasks onDaemonThreads() {
        return new FxBackgroundTasks();
    }

    /** Work and callbacks on the calling thread, for view-model tests without a toolkit. */
    public static BackgroundTasks sameThread() {
        return new SameThreadTasks();
    }

    /** Runs work whose title and progress appear in the status area. */
    public final <T> Handle run(String title, Work<T> work, Consumer<? super T> onSuccess,
                                Consumer<Throwable> onFailure) {
        return start(new Entry(title, false), work, onSuccess, onFailure);
    }

    /** Like {@link #run}, with a Cancel button: only for work that polls {@link Progress#isCancelled()}. */
    public final <T> Handle runCancellable(String title, Work<T> work, Consumer<? super T> onSuccess,
                                           Consumer<Throwable> onFailure) {
        return start(new Entry(title, true), work, onSuccess, onFailure);
    }

    private <T> Handle start(Entry entry, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        started(entry);
        return submit(work, entry, onSuccess, onFailure);
    }

    /** Runs work without showing it; for short jobs that would only make the status area flicker. */
    public final <T> Handle runQuietly(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(work, new Entry(null, false), onSuccess, onFailure);
    }

    /** Shows a message in the status area until the next one; while work is shown, once it ends. */
    public void showMessage(String text) {
        show(text == null ? "" : text, false);
    }

    /**
     * Shows a failure as its one sentence (see {@link UserMessages#oneSentence}) with "Open log" beside it, until
     * the next message or the next shown work. The details are already in the log: {@link #run} logs every failure.
     */
    public void showFailure(Throwable failure) {
        show(UserMessages.oneSentence(failure), true);
    }

    /** Like {@link #showFailure(Throwable)}, for a sentence made at the place that knows what went wrong. */
    public void showFailure(String sentence) {
        show(sentence, true);
    }

    private void show(String text, boolean isFailure) {
        lastMessage = text;
        lastIsFailure = isFailure;
        if (shown.isEmpty()) {
            message.set(lastMessage);
            failureShown.set(isFailure);
        }
    }

    /** Asks the work shown in the status area to stop. */
    public void cancelShown() {
        Entry top = shown.peekFirst();
        if (top != null && top.cancellable) {
            top.cancelled.set(true);
            top.message = top.title + " — cancelling…";
            refreshStatus();
        }
    }

    /** Lets background threads end; the pool threads are daemons, so this is a courtesy. */
    public void shutdown() {
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Fraction done of the shown work, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while shown work runs: the status area then shows its progress. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the shown work can still be cancelled: the status area then offers Cancel. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** True while the status area shows a failure; the status bar then offers "Open log". */
    public ReadOnlyBooleanProperty failureShownProperty() {
        return failureShown.getReadOnlyProperty();
    }

    protected abstract <T> Handle submit(Work<T> work, Entry entry, Consumer<? super T> onSuccess,
                                         Consumer<Throwable> onFailure);

    /** Called on the callback thread whenever shown work reports progress. */
    final void progressed(Entry entry, double fraction, String text) {
        if (!entry.isShown()) {
            return;
        }
        entry.fraction = fraction;
        if (text != null && !text.isBlank() && !entry.cancelled.get()) {
            entry.message = text;
        }
        refreshStatus();
    }

    private void started(Entry entry) {
        if (lastIsFailure) {
            // New work the user started: an earlier failure is no longer the news, and must not come back after it.
            lastMessage = "";
            lastIsFailure = false;
        }
        shown.addFirst(entry);
        refreshStatus();
    }

    /** Called on the callback thread when work ends, before its callback runs. */
    final void finished(Entry entry) {
        if (!entry.isShown()) {
            return;
        }
        shown.remove(entry);
        if (shown.isEmpty()) {
            busy.set(false);
            cancellable.set(false);
            progress.set(0);
            message.set(entry.cancelled.get() ? entry.title + " — cancelled." : lastMessage);
            failureShown.set(!entry.cancelled.get() && lastIsFailure);
        } else {
            refreshStatus();
        }
    }

    private void refreshStatus() {
        Entry top = shown.peekFirst();
        if (top == null) {
            return;
        }
        busy.set(true);
        failureShown.set(false);
        cancellable.set(top.cancellable && !top.cancelled.get());
        message.set(top.message);
        progress.set(top.fraction);
    }

    /** One piece of work: its title (null when quiet), its last progress, its cancel flag. */
    static final class Entry {
        final String title;
        final boolean cancellable;
        final AtomicBoolean cancelled = new AtomicBoolean();
        String message;
        double fraction = INDETERMINATE;

        Entry(String title, boolean cancellable) {
            this.title = title;
            this.cancellable = cancellable;
            this.message = title == null ? "" : title + "…";
        }

        boolean isShown() {
            return title != null;
        }

        static double fraction(long done, long total) {
            return total <= 0 ? INDETERMINATE : Math.min(1.0, (double) done / total);
        }
    }

    /** JavaFX {@link Task}s on daemon threads; {@code Task} already coalesces progress onto the FX thread. */
    private static final class FxBackgroundTasks extends BackgroundTasks {
        private static final AtomicInteger THREADS = new AtomicInteger();
        private final ExecutorService executor = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "policydesk-background-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });

        @Override
        protected <T> Handle submit(Work<T> work, Entry entry, Consumer<? super T> onSuccess,
                                    Consumer<Throwable> onFailure) {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.run(new Progress() {
                        @Override
                        public void update(long done, long total, String text) {
                            updateProgress(done, total);
                            if (text != null) {
                                updateMessage(text);
                            }
                        }

                        @Override
                        public boolean isCancelled() {
                            return entry.cancelled.get();
                        }
                    });
                }
            };
            if (entry.isShown()) {
                task.messageProperty().addListener((o, old, text) ->
                        progressed(entry, Entry.fraction((long) task.getWorkDone(), (long) task.getTotalWork()), text));
                task.progressProperty().addListener((o, old, p) ->
                        progressed(entry, p.doubleValue(), null));
            }
            task.setOnSucceeded(e -> {
                finished(entry);
                onSuccess.accept(task.getValue());
            });
            task.setOnFailed(e -> {
                finished(entry);
                // The user sees one sentence; "Open log" must then find the details here.
                org.slf4j.LoggerFactory.getLogger(BackgroundTasks.class).warn("Background work failed: {}",
                        entry.title == null ? "(quiet)" : entry.title, task.getException());
                onFailure.accept(task.getException());
            });
            executor.execute(task);
            return () -> entry.cancelled.set(true);
        }

        @Override
        public void shutdown() {
            executor.shutdownNow();
        }
    }

    /** Runs everything at once on the calling thread. */
    private static final class SameThreadTasks extends BackgroundTasks {
        @Override
        protected <T> Handle submit(Work<T> work, Entry entry, Consumer<? super T> onSuccess,
                                    Consumer<Throwable> onFailure) {
            Handle handle = () -> entry.cancelled.set(true);
            T result;
            try {
                result = work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String text) {
                        progressed(entry, Entry.fraction(done, total), text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return entry.cancelled.get();
                    }
                });
            } catch (Exception | Error e) {
                finished(entry);
                onFailure.accept(e);
                return handle;
            }
            finished(entry);
            onSuccess.accept(result);
            return handle;
        }
    }
}
