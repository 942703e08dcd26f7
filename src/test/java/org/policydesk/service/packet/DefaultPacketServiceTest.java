package org.policydesk.service.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.ChangeKind;
import org.policydesk.model.PacketEntry;
import org.policydesk.model.PacketRequest;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Reading;
import org.policydesk.service.common.Progress;
import org.policydesk.service.common.SettingsService;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

class DefaultPacketServiceTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 12, 15);

    @TempDir
    Path tmp;

    @Test
    void issuePlanComparesTheDraftWithTheAdoptedVersion() {
        try (Workspace ws = Workspaces.open(tmp.resolve("store"))) {
            assertThat(ws.packets().pressIssues()).containsExactly(117);
            List<PacketEntry> plan = ws.packets().plan(PacketRequest.forIssue(117, MEETING, Reading.FIRST));
            assertThat(plan).singleElement().satisfies(e -> {
                assertThat(e.number()).isEqualTo(PolicyNumber.parse("5:125"));
                assertThat(e.change()).isEqualTo(ChangeKind.REVISED);
                assertThat(e.draftSeq()).isEqualTo(2);
                assertThat(e.adoptedSeq()).isEqualTo(1);
                assertThat(e.action()).isEqualTo("First reading");
            });
        }
    }

    @Test
    void districtNameFromSettingsGoesOnThePacket() throws Exception {
        try (Workspace ws = Workspaces.open(tmp.resolve("store"))) {
            assertThat(ws.settings().districtName()).isEqualTo(SettingsService.SAMPLE_DISTRICT_NAME);
            ws.settings().setDistrictName("  Lincoln Community Unit School District 7 ");
        }
        try (Workspace ws = Workspaces.open(tmp.resolve("store"))) {
            assertThat(ws.settings().districtName()).isEqualTo("Lincoln Community Unit School District 7");
            byte[] pdf = ws.packets().build(PacketRequest.forIssue(117, MEETING, Reading.FIRST),
                    Progress.NONE);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Lincoln Community Unit School District 7");
            }
            assertThatThrownBy(() -> ws.settings().setDistrictName(" ")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void writeReportsProgressAndProducesTheSameBytesAsBuild() throws Exception {
        try (Workspace ws = Workspaces.open(tmp.resolve("store"))) {
            PacketRequest request = PacketRequest.forPolicies(List.of(PolicyNumber.parse("5:125")), MEETING,
                    Reading.FIRST);
            List<Double> fractions = new ArrayList<>();
            Progress progress = new Progress() {
                @Override
                public void update(double fraction, String note) {
                    fractions.add(fraction);
                }
            };
            Path out = tmp.resolve("packet.pdf");
            int pages = ws.packets().write(request, out, progress);
            assertThat(pages).isGreaterThan(5);
            assertThat(fractions).isSorted().last().isEqualTo(1.0);
            assertThat(Files.readAllBytes(out)).isEqualTo(ws.packets().build(request, Progress.NONE));
        }
    }

    @Test
    void cancelledWriteLeavesNoFileBehind() {
        try (Workspace ws = Workspaces.open(tmp.resolve("store"))) {
            Path out = tmp.resolve("cancelled.pdf");
            Progress cancel = new Progress() {
                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> ws.packets().write(PacketRequest.forIssue(117, MEETING, Reading.FIRST), out,
                    cancel)).isInstanceOf(CancellationException.class);
            assertThat(out).doesNotExist();
            assertThat(tmp.toFile().list()).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
