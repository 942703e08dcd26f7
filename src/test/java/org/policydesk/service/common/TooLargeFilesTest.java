package org.policydesk.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.Recurrence;
import org.policydesk.service.library.ImportException;
import org.policydesk.service.library.IssueImport;
import org.policydesk.service.roster.RosterException;
import org.policydesk.service.roster.RosterImportOptions;

/**
 * A 200 MB file chosen by mistake is refused by every reader of user files with a sentence naming the file and
 * the limit, before it is read (the files are sparse: they cost no disk and would cost 200 MB of memory).
 */
class TooLargeFilesTest {

    @TempDir
    Path tmp;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspaces.open(tmp.resolve("store"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void policyTextAndWordDocument() throws IOException {
        for (String name : List.of("5-125.txt", "5-125.docx")) {
            Path huge = huge(tmp.resolve(name));
            assertThatThrownBy(() -> workspace.policies().importFile(huge)).isInstanceOf(ImportException.class)
                    .hasMessage(name + ": is 200.0 MB; PolicyDesk imports policy texts of up to 20 MB");
        }
    }

    @Test
    void aPressIssueFolderNamesTheLargeFileAndImportsTheRest() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("issue-118"));
        huge(folder.resolve("2-100.docx"));
        long before = workspace.policies().listPolicies().size();

        IssueImport result = workspace.library().importIssue(List.of(folder), 118);

        assertThat(result.failures()).containsExactly(
                "2-100.docx: is 200.0 MB; PolicyDesk imports policy texts of up to 20 MB");
        assertThat(workspace.policies().listPolicies()).hasSize((int) before);
    }

    @Test
    void rosterCsvAndWorkbook() throws IOException {
        for (String name : List.of("staff.csv", "staff.xlsx")) {
            Path huge = huge(tmp.resolve(name));
            assertThatThrownBy(() -> workspace.rosters().preview(huge, RosterImportOptions.guessed()))
                    .isInstanceOf(RosterException.class)
                    .hasMessageStartingWith(name + " is 200 MB; PolicyDesk reads roster files up to 50 MB.");
            assertThatThrownBy(() -> workspace.rosters().sample(huge, null, null))
                    .isInstanceOf(RosterException.class).hasMessageStartingWith(name + " is 200 MB;");
        }
        assertThat(workspace.rosters().employees()).isEmpty();
    }

    @Test
    void trainingSignInSheet() throws Exception {
        workspace.training().saveType("Bloodborne pathogens", Recurrence.EVERY_N_YEARS, 1, 30);
        long session = workspace.training().addSession("Bloodborne pathogens", LocalDate.of(2026, 11, 2), null,
                "Nurse", List.of()).id();
        Path huge = huge(tmp.resolve("sign-in.csv"));

        assertThatThrownBy(() -> workspace.training().importSignIn(session, huge, false, true))
                .isInstanceOf(RosterException.class)
                .hasMessageStartingWith("sign-in.csv is 200 MB; PolicyDesk reads roster files up to 50 MB.");
        assertThat(workspace.training().attendees(session)).isEmpty();
    }

    @Test
    void aSignedPdfToVerify() throws IOException {
        Path huge = huge(tmp.resolve("packet.pdf"));
        assertThatThrownBy(() -> workspace.signing().verify(huge)).isInstanceOf(SigningException.class)
                .hasMessage("packet.pdf is 200.0 MB; PolicyDesk checks signed PDFs of up to 100 MB.");
    }

    private static Path huge(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        return file;
    }
}
