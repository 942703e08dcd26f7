package org.policydesk.gui.acknowledgments;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** Base of the acknowledgment view-model tests: a real store filled by {@link AckStore#fill}, work on the calling thread. */
abstract class AckViewModelTestBase {

    @TempDir
    Path dir;
    Workspace ws;
    final BackgroundTasks tasks = BackgroundTasks.sameThread();

    @BeforeEach
    void openTheFilledStore() throws Exception {
        ws = Workspaces.open(dir.resolve("store"));
        AckStore.fill(ws, dir);
    }

    @AfterEach
    void closeTheStore() {
        ws.close();
    }
}
