package org.policydesk.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.DraftState;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** A PolicyDesk process that dies mid-edit: what autosave wrote is there when the draft reopens, caret included. */
class AutosaveCrashTest {

    @TempDir
    Path store;

    @Test
    void theAutosavedDraftSurvivesAProcessThatDiesWithoutClosingTheStore() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CrashingEditor.class.getName(), store.toString())).redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ended").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isEqualTo(3);
        assertThat(output).contains("autosaved");

        try (Workspace reopened = Workspaces.open(store)) {
            long draft = reopened.library().resolve(PolicyNumber.parse("5:125"), null, true).id();
            DraftState state = reopened.library().openDraft(draft);

            assertThat(state.text()).contains("Introduction (typed before the crash)")
                    .doesNotContain("lost in the last two seconds");
            assertThat(state.caret()).isEqualTo(state.text().indexOf("(typed"));
        }
    }
}
