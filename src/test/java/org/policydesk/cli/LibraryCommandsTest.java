package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.cli.CliHarness.Run;
import org.policydesk.service.common.Workspaces;

/** The library commands on a real store holding the sample district (5:125 adopted v1, Issue 117 draft v2). */
class LibraryCommandsTest {

    @TempDir
    Path tmp;

    private Run run(String... args) {
        return CliHarness.in(tmp).opening(Workspaces::open).db(tmp.resolve("store")).run(args);
    }

    @Test
    void theDraftGoesToCommitteeAndFirstReadingThenIsAdoptedWithItsVoteStamped() {
        assertThat(run("status", "5:125", "--to", "COMMITTEE").stdout()).isEqualTo("5:125 version 2: Committee\n");
        assertThat(run("status", "5:125", "--to", "first_reading").stdout()).isEqualTo("5:125 version 2: First reading\n");

        Run adopt = run("adopt", "5:125", "--date", "2026-12-15", "--outcome", "with-edits", "--editorial");

        assertThat(adopt.exit()).isZero();
        assertThat(adopt.stdout()).isEqualTo(
                "5:125 version 2: Adopted on 2026-12-15 (adopted with district edits, editorial change)\n");
        assertThat(run("export", "5:125").stdout()).contains("Adopted: June 21, 2023; Amended: December 15, 2026");
        assertThat(run("list").stdout()).contains("5:125").contains("Adopted");
    }

    @Test
    void anIllegalMoveFailsWithOneLineAndAnExitCode() {
        run("status", "5:125", "--to", "FIRST_READING");

        Run back = run("status", "5:125", "--to", "DRAFT");

        assertThat(back.exit()).isEqualTo(PolicyDeskCli.EXIT_FAILURE);
        assertThat(back.stderr()).isEqualTo("policydesk: Policy 5:125 version 2 is at First reading and cannot go back "
                + "to Draft; it can move to Committee, Not adopted, Held.\n");
        assertThat(run("adopt", "5:125", "--date", "15/12/2026").stderr())
                .isEqualTo("policydesk: \"15/12/2026\" is not a date (expected YYYY-MM-DD, such as 2026-12-15)\n");
    }

    @Test
    void newDraftStartsFromTheAdoptedTextAndTheRedlineJsonListsInsertedAndDeletedRuns() {
        assertThat(run("new-draft", "5:125").stdout()).isEqualTo("5:125 version 3: Draft\n");

        Run redline = run("redline", "5:125", "--from", "1", "--to", "2", "--json");

        JsonObject o = JsonParser.parseString(redline.stdout()).getAsJsonObject();
        assertThat(o.getAsJsonObject("from").get("version").getAsInt()).isEqualTo(1);
        assertThat(o.getAsJsonObject("to").get("version").getAsInt()).isEqualTo(2);
        assertThat(o.getAsJsonArray("inserted").toString()).contains("Tik Tok");
        assertThat(o.getAsJsonArray("deleted")).isNotNull();
        assertThat(o.getAsJsonArray("segments").size()).isGreaterThan(3);
        assertThat(run("redline", "5:125").stdout()).startsWith("5:125 Personal Technology and Social Media; Usage and "
                + "Conduct: version 1 (Adopted) → version 3 (Draft)");
    }

    @Test
    void checkRefsCitesAndRefersToAnswerFromTheCurrentTexts() {
        Run refs = run("check-refs", "--json");
        JsonArray broken = JsonParser.parseString(refs.stdout()).getAsJsonArray();
        assertThat(broken).extracting(e -> e.getAsJsonObject().get("names").getAsString()).contains("4:165", "7:340");

        assertThat(run("cites", "820", "ILCS", "55/10").stdout()).startsWith("5:125  Personal Technology");
        assertThat(run("cites", "820 ILCS 55/1").stdout()).isEqualTo("No policy cites 820 ILCS 55/1.\n");
        assertThat(run("refers-to", "5:125").stdout()).isEqualTo("No policy refers to 5:125.\n");
        assertThat(run("search", "smartwatches").stdout()).contains("[[smartwatches]]");
        assertThat(run("export", "5:125", "--clean").stdout()).doesNotContain("PRESSPlus").doesNotContain("Document Status");
    }

    @Test
    void importTakesWordDocumentsAndADamagedOneChangesNothing() throws Exception {
        Path docx = tmp.resolve("2-20.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("2:20 Powers and Duties of the School Board");
            doc.createParagraph().createRun().setText("The major powers and duties of the School Board include formulating policies.");
            try (var out = Files.newOutputStream(docx)) {
                doc.write(out);
            }
        }
        Path damaged = Files.write(tmp.resolve("broken.docx"), java.util.Arrays.copyOf(Files.readAllBytes(docx), 300));

        assertThat(run("import", docx.toString()).stdout()).isEqualTo(docx + ": imported as 2:20 version 1, Draft\n");
        Run bad = run("import", damaged.toString());

        assertThat(bad.exit()).isEqualTo(PolicyDeskCli.EXIT_FAILURE);
        assertThat(bad.stderr()).startsWith("policydesk: cannot import " + damaged + ": is not a readable Word document");
        assertThat(run("list").stdout().lines()).hasSize(2);
    }

    @Test
    void importIssueTiesEveryPolicyToTheIssueAsADraft() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("issue-118"));
        Files.writeString(folder.resolve("7-340.txt"), "Document Status: Adopted\n\n7:340 Student Records\n\nText.\n");

        Run run = run("import-issue", "--issue", "118", folder.toString());

        assertThat(run.stdout()).isEqualTo("7-340.txt: 7:340 version 1, Draft, Issue 118\n");
        assertThat(run("check-refs").stdout()).doesNotContain("CROSS REF 7:340");
    }
}
