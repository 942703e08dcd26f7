package org.policydesk.service.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.policydesk.model.ImportOutcome;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;
import org.policydesk.store.Database;
import org.policydesk.store.PolicyRepository;
import org.policydesk.text.PressParser;

class DefaultPolicyServiceTest {

    private static final PolicyNumber P5_125 = PolicyNumber.parse("5:125");
    private static final String DRAFT = """
            Document Status: Draft Update

            General Personnel

            5:125 Personal Technology and Social Media; Usage and Conduct

            Body text, PRESSPlus1 with a change.

            Adopted: June 21, 2023

            PRESSPlus Comments

            PRESSPlus 1. Updated for continuous improvement. **Issue 117, October 2024**""";
    private static final String ADOPTED = """
            Document Status: Adopted

            General Personnel

            5:125 Personal Technology and Social Media

            Body text.

            Adopted: June 21, 2023""";

    @TempDir
    Path dir;
    private Database db;
    private PolicyService service;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"));
        service = new DefaultPolicyService(new PolicyRepository(db), new PressParser()::parse);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void importingTheSameTextAgainReturnsTheStoredVersionAsADuplicate() {
        ImportOutcome first = service.importText("a.txt", DRAFT);
        ImportOutcome again = service.importText("b.txt", DRAFT);

        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(service.findPolicy(P5_125).orElseThrow().versions()).hasSize(1);
    }

    @Test
    void aChangedTextBecomesThePolicysNextVersionAndItsHeadingComesFromTheNewestImport() {
        ImportOutcome adopted = service.importText("adopted.txt", ADOPTED);
        ImportOutcome draft = service.importText("draft.txt", DRAFT);

        assertThat(adopted.version().seq()).isEqualTo(1);
        assertThat(adopted.version().status()).isEqualTo(VersionStatus.ADOPTED);
        assertThat(draft.version().seq()).isEqualTo(2);
        assertThat(draft.version().status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(draft.version().pressIssue()).isEqualTo(117);
        assertThat(draft.version().sourceName()).isEqualTo("draft.txt");

        PolicyDetail detail = service.findPolicy(P5_125).orElseThrow();
        assertThat(detail.summary().title()).isEqualTo("Personal Technology and Social Media; Usage and Conduct");
        assertThat(detail.versions()).extracting(PolicyVersion::seq).containsExactly(1, 2);
        assertThat(detail.shown().seq()).isEqualTo(2);
        assertThat(detail.document().statusLabel()).isEqualTo("Draft Update");
        assertThat(service.policy(detail.summary().id(), 1).orElseThrow().document().statusLabel())
                .isEqualTo("Adopted");
        assertThat(service.policy(detail.summary().id(), 9)).isEmpty();
    }

    @Test
    void exportGivesBackTheExactTextOfTheLatestOrTheChosenVersion() {
        service.importText("adopted.txt", ADOPTED);
        service.importText("draft.txt", DRAFT);

        assertThat(service.exportText(P5_125, null)).contains(DRAFT);
        assertThat(service.exportText(P5_125, 1)).contains(ADOPTED);
        assertThat(service.exportText(P5_125, 3)).isEmpty();
        assertThat(service.exportText(PolicyNumber.parse("9:999"), null)).isEmpty();
    }

    @Test
    void anUnnumberedTextIsStoredWithoutNumberFlaggedForReviewAndDedupedByContent() {
        ImportOutcome first = service.importText("notes.txt", "Some notes that are not a policy.");
        ImportOutcome again = service.importText("notes-copy.txt", "Some notes that are not a policy.");
        ImportOutcome other = service.importText("other.txt", "Different notes.");

        assertThat(first.version().needsReview()).isTrue();
        assertThat(again.duplicate()).isTrue();
        assertThat(other.duplicate()).isFalse();
        assertThat(service.listPolicies()).allSatisfy(s -> assertThat(s.number()).isNull())
                .extracting(PolicySummary::title).as("listed under their file names")
                .containsExactly("notes.txt", "other.txt");
    }

    @Test
    void aUtf8FileWithByteOrderMarkIsStoredWithTheMarkSoExportGivesTheSameBytes() throws Exception {
        byte[] bytes = ("\uFEFF" + DRAFT.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("bom.txt"), bytes);

        ImportOutcome outcome = service.importFile(file);

        assertThat(outcome.source()).isEqualTo("bom.txt");
        assertThat(outcome.warnings()).isEmpty();
        assertThat(service.exportText(P5_125, null).orElseThrow().getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }

    @Test
    void aWindows1252FileIsDecodedAsSuchAndSaysSoWithoutAddingToTheText() throws Exception {
        String text = ADOPTED.replace("Body text.", "The District’s “policy” – café.");
        Path file = Files.write(dir.resolve("cp1252.txt"), text.getBytes(Charset.forName("windows-1252")));

        ImportOutcome outcome = service.importFile(file);

        assertThat(outcome.version().sourceText()).isEqualTo(text);
        assertThat(outcome.warnings()).containsExactly(
                new ParseWarning(0, DefaultPolicyService.WINDOWS_1252_WARNING));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file           | ''                         | empty.txt: the file is empty
            only whitespace      | '  \\n\\t\\n '             | blank.txt: the file holds only spaces and blank lines
            NUL bytes            | 'abc\\u0000def'            | binary.bin: looks like a binary file (it contains NUL bytes), not policy text
            zip                  | 'PK\\u0003\\u0004rest'     | archive.zip: is a zip file, not a policy text or Word document
            PDF                  | '%PDF-1.7'                 | policy.pdf: is a PDF, not plain text; copy its text into a .txt file and import that
            """)
    void aFileThatIsNotPolicyTextIsRefusedWithItsNameAndTheProblem(String what, String content, String message)
            throws IOException {
        String name = message.substring(0, message.indexOf(':'));
        String decoded = content.replace("\\n", "\n").replace("\\t", "\t").replace("\\u0000", "\0")
                .replace("\\u0003", "\u0003").replace("\\u0004", "\u0004");
        Path file = Files.writeString(dir.resolve(name), decoded, StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> service.importFile(file)).isInstanceOf(ImportException.class).hasMessage(message);
        assertThat(service.listPolicies()).isEmpty();
    }

    @Test
    void aMissingFileOrAFolderIsRefusedWithItsName() {
        assertThatThrownBy(() -> service.importFile(dir.resolve("missing.txt")))
                .isInstanceOf(ImportException.class).hasMessage("missing.txt: file not found");
        assertThatThrownBy(() -> service.importFile(dir))
                .isInstanceOf(ImportException.class).hasMessage(dir.getFileName() + ": is a folder, not a file");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024);
        }
        assertThatThrownBy(() -> service.importFile(file)).isInstanceOf(ImportException.class)
                .hasMessage("huge.txt: is 21.0 MB; PolicyDesk imports policy texts of up to 20 MB");
    }
}
