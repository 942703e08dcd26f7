package org.policydesk.gui.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.PacketRequest;
import org.policydesk.model.Reading;
import org.policydesk.service.common.Progress;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

class PacketViewModelTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 12, 15);

    @TempDir
    Path tmp;
    private Workspace workspace;
    private PacketViewModel viewModel;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage(); // Preview pages are JavaFX images.
    }

    @BeforeEach
    void open() {
        workspace = Workspaces.open(tmp.resolve("store"));
        viewModel = new PacketViewModel(workspace.packets(), BackgroundTasks.sameThread(), MEETING);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void loadChoosesTheNewestIssueAndBuildShowsEveryPage() {
        viewModel.load();
        assertThat(viewModel.issues()).containsExactly(117);
        assertThat(viewModel.issueProperty().get()).isEqualTo(117);
        viewModel.build();
        assertThat(viewModel.readyProperty().get()).isTrue();
        assertThat(viewModel.pages()).hasSizeGreaterThan(5).hasSize(viewModel.pageCountProperty().get());
        assertThat(viewModel.pages().get(0).getWidth()).isEqualTo(Math.ceil(612 * PacketViewModel.PREVIEW_DPI / 72),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(viewModel.messageProperty().get()).startsWith("Packet ready");
    }

    @Test
    void savedFileIsThePacketTheServiceBuilds() throws Exception {
        viewModel.byIssueProperty().set(false);
        viewModel.policiesProperty().set("5:125");
        viewModel.readingProperty().set(Reading.SECOND);
        viewModel.build();
        Path out = tmp.resolve("packet.pdf");
        viewModel.saveTo(out);
        byte[] expected = workspace.packets().build(PacketRequest.forPolicies(
                java.util.List.of(org.policydesk.model.PolicyNumber.parse("5:125")), MEETING, Reading.SECOND),
                Progress.NONE);
        assertThat(Files.readAllBytes(out)).isEqualTo(expected);
        assertThat(viewModel.suggestedFileName()).isEqualTo("board-packet-2026-12-15.pdf");
    }

    @Test
    void aBadPolicyNumberIsReportedAndNothingIsBuilt() {
        viewModel.byIssueProperty().set(false);
        viewModel.policiesProperty().set("5:125, five");
        viewModel.build();
        assertThat(viewModel.messageProperty().get()).contains("\"five\" is not a policy number");
        assertThat(viewModel.readyProperty().get()).isFalse();
        assertThat(viewModel.pages()).isEmpty();
    }

    @Test
    void anUnknownPolicyIsReportedInOneSentence() {
        viewModel.byIssueProperty().set(false);
        viewModel.policiesProperty().set("9:999");
        viewModel.build();
        assertThat(viewModel.messageProperty().get()).contains("9:999");
        assertThat(viewModel.buildingProperty().get()).isFalse();
    }
}
