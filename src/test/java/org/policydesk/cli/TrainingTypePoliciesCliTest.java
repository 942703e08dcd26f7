package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.cli.CliHarness.Run;
import org.policydesk.service.common.Workspaces;
import org.policydesk.text.PressParser;

/** {@code training add-type --policy}, {@code training types} and {@code add-session} taking the type's policies. */
class TrainingTypePoliciesCliTest {

    @TempDir
    Path tmp;

    private Run run(String... args) {
        return CliHarness.in(tmp).opening(dir -> Workspaces.open(dir, new PressParser()::parse)).db(tmp.resolve("store")).run(args);
    }

    @Test
    void aTypesPoliciesAreSetListedKeptClearedAndGivenToANewSession() throws Exception {
        Path policy = Files.writeString(tmp.resolve("6-235.txt"), "6:235 Access to Electronic Networks\n\nText.\n");
        assertThat(run("import", policy.toString()).exit()).isZero(); // the sample district brings 5:125

        assertThat(run("training", "add-type", "Annual policy awareness", "--every-school-year",
                "--policy", "6:235", "--policy", "5:125").stdout())
                .isEqualTo("Annual policy awareness: every school year; covers 5:125, 6:235\n");
        // Changed again without --policy: the policies stay.
        assertThat(run("training", "add-type", "Annual policy awareness", "--every-school-year", "--grace-days", "45")
                .stdout()).isEqualTo("Annual policy awareness: every school year; covers 5:125, 6:235\n");

        Run refused = run("training", "add-type", "Annual policy awareness", "--every-school-year", "--policy", "7:999");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.stderr()).contains("There is no policy 7:999 in the store.");

        String id = run("training", "add-session", "--type", "Annual policy awareness", "--date", "2025-08-20").stdout().strip();
        assertThat(run("training", "add-type", "Mandated reporter", "--every-years", "3").stdout())
                .isEqualTo("Mandated reporter: every 3 years\n");
        assertThat(run("training", "add-type", "Annual policy awareness", "--every-school-year", "--no-policies")
                .stdout()).isEqualTo("Annual policy awareness: every school year\n");
        assertThat(run("training", "types").stdout().lines()).as("beside the sample district's types")
                .contains("Annual policy awareness: every school year", "Mandated reporter: every 3 years");
        // The session recorded before keeps what it covered.
        assertThat(run("training", "sessions", "--type", "Annual policy awareness").stdout())
                .startsWith(id + " ").contains("2025-08-20").endsWith("covers 5:125, 6:235\n");
    }
}
