package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.PolicySummary;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * Closing the window while a large import runs, as {@link AppSession#stop} does it: background work gets a bounded
 * time to end, then the store closes. Reopened, the store holds every policy whole (each import is one
 * transaction): all of them when the work finished in time, a prefix of them when it was stopped.
 */
@ExtendWith(ApplicationExtension.class)
class ShutdownDuringImportTest {

    private static final int FILES = 20;

    @TempDir
    Path tmp;

    @Test
    void closingWaitsForARunningImportToComplete() throws Exception {
        Path store = tmp.resolve("store");
        AtomicInteger imported = new AtomicInteger();
        closeDuringImport(store, imported, AppSession.SHUTDOWN_WAIT);

        assertThat(imported).hasValue(FILES);
        assertThat(importedPolicies(store)).hasSize(FILES);
    }

    @Test
    void workStoppedAfterTheWaitLeavesOnlyWholePoliciesBehind() throws Exception {
        Path store = tmp.resolve("store");
        AtomicInteger imported = new AtomicInteger();
        closeDuringImport(store, imported, Duration.ofMillis(1));

        List<PolicySummary> kept = importedPolicies(store);
        assertThat(kept.size()).isBetween(imported.get(), Math.min(FILES, imported.get() + 1));
        try (Workspace reopened = Workspaces.open(store)) {
            for (PolicySummary p : kept) {
                assertThat(reopened.policies().exportText(p.number(), null)).as(p.number().toString())
                        .hasValueSatisfying(text -> assertThat(text).isEqualTo(policyText(p.number().toString())));
            }
        }
    }

    /** Starts importing FILES policies one by one, and closes as the window does once the first is stored. */
    private void closeDuringImport(Path store, AtomicInteger imported, Duration wait) throws Exception {
        Workspace workspace = Workspaces.open(store);
        BackgroundTasks tasks = BackgroundTasks.onDaemonThreads();
        CountDownLatch started = new CountDownLatch(1);
        tasks.run("Importing policies", p -> {
            for (int i = 0; i < FILES; i++) {
                workspace.policies().importText("import-" + i + ".txt", policyText(number(i)));
                imported.incrementAndGet();
                started.countDown();
            }
            return null;
        }, done -> { }, failure -> { });
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(imported.get()).as("the import is still running when the window closes").isLessThan(FILES);

        tasks.shutdown(wait);
        workspace.close();
    }

    private List<PolicySummary> importedPolicies(Path store) {
        try (Workspace reopened = Workspaces.open(store)) {
            return reopened.policies().listPolicies().stream()
                    .filter(p -> p.number() != null && p.number().toString().startsWith("7:")).toList();
        }
    }

    private static String number(int i) {
        return "7:" + (100 + i);
    }

    private static String policyText(String number) {
        try (InputStream in = ShutdownDuringImportTest.class.getResourceAsStream(
                "/policydesk/sample/policies/5-125-draft-update-issue-117.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("5:125", number);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
