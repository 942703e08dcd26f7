package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.service.common.DataDirectory;
import org.policydesk.service.common.Workspaces;
import org.policydesk.text.PressParser;

/** {@code training add-type --policy}, {@code training types} and {@code add-session} taking the type's policies. */
class TrainingTypePoliciesCliTest {

    @TempDir
    Path tmp;

    record Run(int exit, String stdout, String stderr) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = tmp.resolve("store").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = new PolicyDeskCli(dir -> Workspaces.open(dir, new PressParser()::parse),
                new DataDirectory(Map.of(), "Linux", tmp.resolve("home")), out, err).commandLine().execute(all);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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
