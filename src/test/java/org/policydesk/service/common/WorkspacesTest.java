package org.policydesk.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.library.DefaultPolicyService;
import org.policydesk.store.Database;
import org.policydesk.store.PolicyRepository;
import org.policydesk.text.PressParser;

class WorkspacesTest {

    private static final PolicyNumber P5_125 = PolicyNumber.parse("5:125");

    @TempDir
    Path dir;

    @Test
    void anEmptyStoreGetsTheSampleDistrictOnceAdoptedTextFirstThenTheIssue117Draft() throws IOException {
        try (Workspace ws = Workspaces.open(dir, new PressParser()::parse)) {
            assertThat(ws.loadedSampleDistrict()).isTrue();
            assertThat(ws.dataDirectory()).isEqualTo(dir.toAbsolutePath().normalize());
            PolicyDetail detail = ws.policies().findPolicy(P5_125).orElseThrow();
            assertThat(detail.versions())
                    .extracting(PolicyVersion::seq, PolicyVersion::status, PolicyVersion::pressIssue,
                            PolicyVersion::sourceName)
                    .containsExactly(
                            tuple(1, VersionStatus.ADOPTED, null,
                                    "5-125-adopted-2023-06-21.txt"),
                            tuple(2, VersionStatus.DRAFT, 117,
                                    "5-125-draft-update-issue-117.txt"));
            assertThat(detail.versions().get(1).sourceText()).isEqualTo(sample("5-125-draft-update-issue-117.txt"));
        }
        try (Workspace ws = Workspaces.open(dir, new PressParser()::parse)) {
            assertThat(ws.loadedSampleDistrict()).isFalse();
            assertThat(ws.policies().listPolicies()).singleElement()
                    .satisfies(s -> assertThat(s.latestVersion()).isEqualTo(2));
        }
    }

    @Test
    void withTheRealParserTheSampleDistrictIsPolicy5_125AdoptedThenDraft() {
        try (Workspace ws = Workspaces.open(dir)) {
            assertThat(ws.policies().findPolicy(P5_125).orElseThrow().versions())
                    .extracting(PolicyVersion::seq, PolicyVersion::status, PolicyVersion::pressIssue)
                    .containsExactly(tuple(1, VersionStatus.ADOPTED, null), tuple(2, VersionStatus.DRAFT, 117));
        }
    }

    @Test
    void aStoreThatAlreadyHoldsAPolicyNeverGetsTheSampleDistrict() {
        try (Database db = Database.open(dir)) {
            new DefaultPolicyService(new PolicyRepository(db), new PressParser()::parse)
                    .importText("mine.txt", "2:10 School District Governance\n\nOur own text.");
        }
        try (Workspace ws = Workspaces.open(dir, new PressParser()::parse)) {
            assertThat(ws.loadedSampleDistrict()).isFalse();
            assertThat(ws.policies().listPolicies()).extracting(s -> s.number().toString()).containsExactly("2:10");
        }
    }

    @Test
    void theSampleFilesAreTheSeedAndItsAdoptedPredecessor() throws IOException {
        Path seed = Path.of("/work/shared/seeds/5-125-draft-update-issue-117.txt");
        if (Files.exists(seed)) {
            assertThat(sample("5-125-draft-update-issue-117.txt")).isEqualTo(Files.readString(seed));
        }
        String adopted = sample("5-125-adopted-2023-06-21.txt");
        assertThat(adopted).contains("Document Status: Adopted (sample)", "Snapchat, Discord);",
                "smartwatches, and other devices").doesNotContain("PRESSPlus").endsWith("Adopted: June 21, 2023");
        assertThat(new SampleDistrict().manifest())
                .containsExactly("5-125-adopted-2023-06-21.txt", "5-125-draft-update-issue-117.txt");
    }

    @Test
    void aDataFolderThatCannotBeCreatedFailsWithAPlainMessage() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> Workspaces.open(notAFolder.resolve("store"), new PressParser()::parse))
                .isInstanceOf(WorkspaceOpenException.class)
                .hasMessageStartingWith("Cannot create the PolicyDesk data folder");
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = WorkspacesTest.class.getClassLoader()
                .getResourceAsStream("policydesk/sample/policies/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
