package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.cli.CliHarness.Run;
import org.policydesk.model.AckMethod;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.VersionStatus;
import org.policydesk.roster.Fixtures;
import org.policydesk.service.common.Workspaces;
import org.policydesk.store.AcknowledgmentRepository;
import org.policydesk.store.Database;
import org.policydesk.store.NewAcknowledgment;
import org.policydesk.store.NewVersion;
import org.policydesk.store.PolicyRepository;
import org.policydesk.store.StaffRepository;
import org.policydesk.text.PressParser;

class RosterCliTest {

    @TempDir
    Path tmp;
    private Path db;

    @BeforeEach
    void setUp() {
        db = tmp.resolve("store");
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    private Run run(String... args) {
        return CliHarness.in(tmp).opening(dir -> Workspaces.open(dir, new PressParser()::parse)).db(db).run(args);
    }

    @Test
    void importJsonReportsCountsAndEveryErrorAndWritesNothingWithoutAcceptValidRows() throws IOException {
        String lastYear = file("last-year.csv", Fixtures.LAST_YEAR);
        Run first = run("roster", "import", lastYear, "--save-mapping", "Payroll export");
        assertThat(first.exit()).isZero();
        assertThat(first.stdout()).contains("4 rows: 4 new, 0 changed, 0 unchanged, 0 departed, 0 duplicates, 0 errors");

        String payroll = file("payroll.csv", Fixtures.PAYROLL);
        Run refused = run("roster", "import", payroll, "--mapping", "Payroll export", "--json");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.stderr()).contains("has 6 bad rows; nothing was written");
        JsonObject json = JsonParser.parseString(refused.stdout()).getAsJsonObject();
        assertThat(json.get("written").getAsBoolean()).isFalse();
        JsonObject counts = json.getAsJsonObject("counts");
        assertThat(counts.get("new_count").getAsInt()).isEqualTo(2);
        assertThat(counts.get("changed").getAsInt()).isEqualTo(1);
        assertThat(counts.get("unchanged").getAsInt()).isEqualTo(1);
        assertThat(counts.get("departed").getAsInt()).isEqualTo(1);
        assertThat(counts.get("duplicates").getAsInt()).isEqualTo(3);
        assertThat(counts.get("errors").getAsInt()).isEqualTo(6);
        assertThat(json.getAsJsonArray("errors").get(1).getAsJsonObject().get("line").getAsInt()).isEqualTo(6);
        assertThat(json.getAsJsonArray("errors").get(1).getAsJsonObject().get("reason").getAsString())
                .isEqualTo("missing employee ID");

        Run dry = run("roster", "import", payroll, "--mapping", "Payroll export", "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(dry.stdout()).contains("  error line 11: unclosed quote").contains("Dry run: nothing written.");

        Run check = run("roster", "check", "--training", "nothing", "--as-of", "2025-10-01");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.stderr()).isEqualTo("policydesk: There is no training type named \"nothing\".\n");

        Run accepted = run("roster", "import", payroll, "--mapping", "Payroll export", "--accept-valid-rows");
        assertThat(accepted.exit()).isZero();
        assertThat(accepted.stdout()).contains("Written (6 bad rows left out).");
    }

    @Test
    void trainingCommandsFeedARosterCheckExportedAsCsv() throws IOException {
        run("roster", "import", file("last-year.csv", Fixtures.LAST_YEAR));
        assertThat(run("training", "add-type", "Mandated reporter", "--every-years", "3").stdout())
                .isEqualTo("Mandated reporter: every 3 years\n");
        Run session = run("training", "add-session", "--type", "Mandated reporter", "--date", "2025-09-10",
                "--building", "0150", "--presenter", "DCFS trainer");
        assertThat(session.exit()).isZero();
        String id = session.stdout().strip();
        assertThat(run("training", "attend", id, "000418").stdout()).isEqualTo("1 marked present\n");
        assertThat(run("training", "attend", id, "999").stderr())
                .isEqualTo("policydesk: No employee with ID 999; nobody was marked.\n");

        Path csv = tmp.resolve("check.csv");
        Run check = run("roster", "check", "--training", "Mandated reporter", "--as-of", "2025-10-01",
                "--building", "0150", "--format", "csv", "--out", csv.toString());
        assertThat(check.exit()).isZero();
        assertThat(Files.readString(csv)).isEqualTo(
                "Building,Building name,Employee ID,Name,Position,Status,Last acknowledged or attended,On,New hire,"
                        + "Hire date,Due by,Missing\r\n"
                        + "0150,0150,000419,\"Smith, Jane A\",Teacher,missing,,,,2021-08-20,,never attended\r\n");

        Run table = run("roster", "check", "--training", "Mandated reporter", "--as-of", "2025-10-01");
        assertThat(table.stdout()).contains("0150       0150                              2      1        0        1        0")
                .contains("ALL        District                          4      1        0        3        0");
    }

    @Test
    void trainingCheckAsPdfHasABuildingSectionWithTheMissingNamesAndCanBeSigned() throws Exception {
        run("roster", "import", file("last-year.csv", Fixtures.LAST_YEAR));
        run("training", "add-type", "Mandated reporter", "--every-years", "3");
        String id = run("training", "add-session", "--type", "Mandated reporter", "--date", "2025-09-10",
                "--building", "0150", "--presenter", "DCFS trainer").stdout().strip();
        run("training", "attend", id, "000418");

        Run refused = run("roster", "check", "--training", "Mandated reporter", "--format", "pdf");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.stderr()).contains("--format pdf needs --out FILE.pdf");

        Path pdf = tmp.resolve("check.pdf");
        Run check = run("roster", "check", "--training", "Mandated reporter", "--as-of", "2025-10-01",
                "--format", "pdf", "--out", pdf.toString());
        assertThat(check.exit()).as(check.stderr()).isZero();
        assertThat(check.stdout()).isEqualTo("Wrote " + pdf + ": 2 buildings, 3 people listed, 3 pages\n");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(first).contains("Training: Mandated reporter (every 3 years)").contains("As of: October 1, 2025").doesNotContain("Smith, Jane A");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String building0150 = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(building0150).contains("0150").contains("Smith, Jane A").contains("never attended")
                    .doesNotContain("O'Brien").doesNotContain("Lee, Ann");
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(doc).replaceAll("\\s+", " ")).contains("0230").contains("Lee, Ann")
                    .contains("Old, Timer");
        }

        Path p12;
        try (var w = Workspaces.open(db)) {
            p12 = w.signing().createDistrictCertificate("Test District 042", "district-pw".toCharArray(), 5);
        }
        Path pw = Files.writeString(tmp.resolve("pw.txt"), "district-pw\n");
        Path signed = tmp.resolve("signed.pdf");
        Run signedRun = run("roster", "check", "--training", "Mandated reporter", "--as-of", "2025-10-01",
                "--format", "pdf", "--out", signed.toString(), "--sign", p12.toString(), "--password-file",
                pw.toString());
        assertThat(signedRun.stdout()).endsWith(", signed\n");
        try (var w = Workspaces.open(db)) {
            assertThat(w.signing().verify(signed).valid()).isTrue();
        }
    }
    @Test
    void policyCheckAsJsonListsTheChosenStatusesAndPositions() throws IOException {
        run("roster", "import", file("last-year.csv", Fixtures.LAST_YEAR));
        try (Database store = Database.open(db)) {
            PolicyRepository policies = new PolicyRepository(store);
            long policyId = policies.createPolicy(PolicyNumber.parse("7:340"), "Student Records", "Students");
            long v1 = policies.addVersion(policyId, new NewVersion(new PressParser().parse(
                    "7:340 Student Records\n\nOld text.\n"), VersionStatus.ADOPTED, null, false)).id();
            long v2 = policies.addVersion(policyId, new NewVersion(new PressParser().parse(
                    "7:340 Student Records\n\nNew text.\n"), VersionStatus.ADOPTED, null, false)).id();
            var ids = new StaffRepository(store).employeeIds();
            AcknowledgmentRepository acks = new AcknowledgmentRepository(store);
            acks.record(new NewAcknowledgment(ids.get("000418"), v2, Instant.parse("2025-09-02T15:00:00Z"),
                    AckMethod.PAPER, null, null, null));
            acks.record(new NewAcknowledgment(ids.get("000419"), v1, Instant.parse("2024-09-02T15:00:00Z"),
                    AckMethod.KIOSK, null, null, null));
        }

        Run overdue = run("roster", "check", "--policy", "7:340", "--as-of", "2025-10-01", "--format", "json",
                "--status", "overdue,done", "--position", "teach");

        assertThat(overdue.exit()).as(overdue.stderr()).isZero();
        JsonObject json = JsonParser.parseString(overdue.stdout()).getAsJsonObject();
        assertThat(json.get("subject").getAsString()).isEqualTo("7:340 Student Records (adopted version 2)");
        assertThat(json.get("as_of").getAsString()).isEqualTo("2025-10-01");
        JsonObject total = json.getAsJsonObject("total");
        assertThat(List.of(total.get("staff").getAsInt(), total.get("done").getAsInt(),
                total.get("missing").getAsInt(), total.get("overdue").getAsInt())).containsExactly(4, 1, 2, 1);
        // O'Brien is done but a principal, so only Smith (teacher, acknowledged v1 only) is listed.
        var rows = json.getAsJsonArray("rows");
        assertThat(rows).hasSize(1);
        JsonObject smith = rows.get(0).getAsJsonObject();
        assertThat(smith.get("employee_id").getAsString()).isEqualTo("000419");
        assertThat(smith.get("status").getAsString()).isEqualTo("overdue");
        assertThat(smith.get("last_done").getAsString()).isEqualTo("v1");
        assertThat(smith.get("missing").getAsString()).isEqualTo("needs re-acknowledgment of v2");

        Run unknown = run("roster", "check", "--policy", "7:340", "--status", "late");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.stderr()).contains("--status late is not one of done, in_grace, missing, overdue");
    }
}
