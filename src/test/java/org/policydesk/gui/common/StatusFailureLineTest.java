package org.policydesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** When the status area shows a failure (and so "Open log"), and when that ends. Same-thread tasks, no toolkit. */
class StatusFailureLineTest {

    private final BackgroundTasks tasks = BackgroundTasks.sameThread();

    @Test
    void aFailedJobLeavesItsOneSentenceMarkedAsAFailure() {
        tasks.run("Checking 5:125", p -> {
            throw new IOException("The roster file roster.csv is missing; choose it again.\n\tat somewhere");
        }, r -> { }, tasks::showFailure);

        assertThat(tasks.messageProperty().get()).isEqualTo("The roster file roster.csv is missing; choose it again.");
        assertThat(tasks.failureShownProperty().get()).isTrue();
    }

    @Test
    void aFailureWithoutWordsStillSaysWhereTheDetailsAre() {
        tasks.showFailure(new RuntimeException());

        assertThat(tasks.messageProperty().get()).contains("the details are in the log");
        assertThat(tasks.failureShownProperty().get()).isTrue();
    }

    @Test
    void theNextMessageEndsTheFailure() {
        tasks.showFailure("The search failed; try again.");
        tasks.showMessage("Imported 3 new versions.");

        assertThat(tasks.failureShownProperty().get()).isFalse();
        assertThat(tasks.messageProperty().get()).isEqualTo("Imported 3 new versions.");
    }

    @Test
    void newWorkHidesAnOldFailureWhileItRunsAndDoesNotBringItBack() {
        tasks.showFailure("The search failed; try again.");
        boolean[] shownWhileRunning = new boolean[1];
        tasks.run("Loading policies", p -> {
            shownWhileRunning[0] = tasks.failureShownProperty().get();
            return "done";
        }, s -> { }, tasks::showFailure);

        assertThat(shownWhileRunning[0]).isFalse();
        assertThat(tasks.failureShownProperty().get()).isFalse();
        assertThat(tasks.messageProperty().get()).isEmpty();
    }

    @Test
    void aFailureDuringShownWorkAppearsWhenTheWorkEnds() {
        tasks.run("Exporting", p -> {
            tasks.showFailure("The first file could not be written; choose another folder.");
            assertThat(tasks.failureShownProperty().get()).as("hidden behind the running work").isFalse();
            return "done";
        }, s -> { }, tasks::showFailure);

        assertThat(tasks.failureShownProperty().get()).isTrue();
        assertThat(tasks.messageProperty().get()).startsWith("The first file could not be written");
    }
}
