package org.policydesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The status area's contract, checked with the same-thread variant that view-model tests use. */
class BackgroundTasksTest {

    private final BackgroundTasks tasks = BackgroundTasks.sameThread();

    @Test
    void shownWorkReportsProgressAndMessagesWhileItRuns() {
        List<String> seen = new ArrayList<>();
        tasks.run("Counting", p -> {
            p.update(1, 4, "One of four");
            seen.add(tasks.messageProperty().get() + " " + tasks.progressProperty().get() + " "
                    + tasks.busyProperty().get());
            return 4;
        }, n -> { }, BackgroundTasksTest::fail);

        assertThat(seen).containsExactly("One of four 0.25 true");
        assertThat(tasks.busyProperty().get()).isFalse();
    }

    @Test
    void afterShownWorkTheStatusAreaReturnsToTheLastMessage() {
        tasks.showMessage("Imported 3 new versions.");
        tasks.run("Loading policies", p -> "done", s -> { }, BackgroundTasksTest::fail);

        assertThat(tasks.messageProperty().get()).isEqualTo("Imported 3 new versions.");
    }

    @Test
    void cancelAsksTheShownWorkToStopAndSaysSo() {
        AtomicReference<Integer> done = new AtomicReference<>();
        tasks.runCancellable("Importing policies", p -> {
            assertThat(tasks.cancellableProperty().get()).isTrue();
            int files = 0;
            for (; files < 10 && !p.isCancelled(); files++) {
                if (files == 2) {
                    tasks.cancelShown();
                }
            }
            return files;
        }, done::set, BackgroundTasksTest::fail);

        assertThat(done.get()).isEqualTo(3);
        assertThat(tasks.messageProperty().get()).isEqualTo("Importing policies — cancelled.");
    }

    @Test
    void workThatCannotStopOffersNoCancel() {
        tasks.run("Opening the policy store", p -> {
            assertThat(tasks.busyProperty().get()).isTrue();
            assertThat(tasks.cancellableProperty().get()).isFalse();
            tasks.cancelShown();
            assertThat(p.isCancelled()).isFalse();
            return 1;
        }, r -> { }, BackgroundTasksTest::fail);
    }

    @Test
    void failureReachesTheCallbackAndEndsTheBusyState() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        tasks.run("Opening the policy store", p -> {
            throw new IllegalStateException("The data folder is read-only.");
        }, r -> { }, failure::set);

        assertThat(failure.get()).hasMessage("The data folder is read-only.");
        assertThat(tasks.busyProperty().get()).isFalse();
    }

    @Test
    void quietWorkLeavesTheStatusAreaAlone() {
        tasks.showMessage("Ready.");
        tasks.runQuietly(p -> {
            p.update(1, 2, "Filtering");
            assertThat(tasks.busyProperty().get()).isFalse();
            return 1;
        }, r -> { }, BackgroundTasksTest::fail);

        assertThat(tasks.messageProperty().get()).isEqualTo("Ready.");
    }

    /** Assertions inside the work land in onFailure; this brings them back to the test. */
    private static void fail(Throwable failure) {
        throw new AssertionError(failure);
    }
}
