package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.cli.CliHarness.Run;
import org.policydesk.store.HoldStoreOpen;

/** backup, restore, passphrase and audit verify, end to end on real stores. */
class ReliabilityCliTest {

    @TempDir
    Path tmp;
    private Path db;
    private Path seed;
    private Path other;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void files() throws IOException {
        db = tmp.resolve("store");
        seed = Files.write(tmp.resolve("5-125.txt"), resource("policydesk/sample/policies/5-125-draft-update-issue-117.txt"));
        other = Files.write(tmp.resolve("web-copy-5-130.txt"), resource("variants/web-copy-5-130.txt"));
    }

    private Run runDb(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    private Run run(String... args) {
        return CliHarness.in(tmp).env(env).run(args);
    }

    @Test
    void exportBackUpChangeRestoreExportGivesIdenticalExports() throws IOException {
        assertThat(runDb("import", seed.toString()).exit()).isZero();
        Run exportBefore = runDb("export", "5:125");
        Run listBefore = runDb("list", "--json");
        Path backup = tmp.resolve("before changes.zip");
        Run backupRun = runDb("backup", "--out", backup.toString());
        assertThat(backupRun.exit()).isZero();
        assertThat(backupRun.stdout()).startsWith("Backed up the store to " + backup);

        // Change things: a new policy, and a new version of 5:125.
        assertThat(runDb("import", other.toString()).exit()).isZero();
        Path edited = Files.writeString(tmp.resolve("edited.txt"),
                Files.readString(seed) + "\nAn added closing paragraph.\n");
        assertThat(runDb("import", edited.toString()).exit()).isZero();
        assertThat(runDb("export", "5:125").stdoutBytes()).isNotEqualTo(exportBefore.stdoutBytes());

        Run restore = runDb("restore", backup.toString());
        assertThat(restore.exit()).as(restore.stderr()).isZero();
        assertThat(restore.stdout()).startsWith("Restored the store at ");

        assertThat(runDb("export", "5:125").stdoutBytes()).isEqualTo(exportBefore.stdoutBytes());
        assertThat(runDb("list", "--json").stdout()).isEqualTo(listBefore.stdout());
        assertThat(runDb("audit", "verify").exit()).isZero();
        assertThat(tmp).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void backupRefusesToReplaceAFileUnlessForcedAndKeepIsASetting() throws IOException {
        runDb("list");
        Path existing = Files.writeString(tmp.resolve("old.zip"), "precious");
        Run refused = runDb("backup", "--out", existing.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.stderr()).isEqualTo("policydesk: " + existing
                + " already exists; choose another name or add --force to replace it\n");
        assertThat(Files.readString(existing)).isEqualTo("precious");
        assertThat(runDb("backup", "--out", existing.toString(), "--force").exit()).isZero();

        for (int i = 0; i < 4; i++) {
            assertThat(runDb("backup", "--keep", "2").exit()).isZero();
        }
        try (var files = Files.list(db.resolve("backups"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".zip"))).hasSize(2);
        }
    }

    @Test
    void restoreOfSomethingThatIsNotABackupSaysSoAndKeepsTheStore() throws IOException {
        runDb("import", seed.toString());
        Run run = runDb("restore", seed.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("policydesk: 5-125.txt is not a PolicyDesk backup (it holds no store).\n");
        assertThat(runDb("export", "5:125").stdoutBytes()).isEqualTo(Files.readAllBytes(seed));
    }

    @Test
    void anEncryptedStoreNeedsItsPassphraseFromAFileOrTheEnvironment() throws IOException {
        runDb("import", seed.toString());
        Path key = Files.writeString(tmp.resolve("key.txt"), "correct horse battery staple\n");
        Path wrong = Files.writeString(tmp.resolve("wrong.txt"), "correct horse\n");

        Run encrypt = runDb("passphrase", "--new-passphrase-file", key.toString());
        assertThat(encrypt.exit()).as(encrypt.stderr()).isZero();
        assertThat(encrypt.stdout()).contains("is now encrypted");
        assertThat(new String(Files.readAllBytes(db.resolve("policydesk.mv.db")), StandardCharsets.ISO_8859_1))
                .doesNotContain("Harassment");

        Run without = runDb("list");
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.stderr()).isEqualTo("policydesk: The PolicyDesk store at " + db.toAbsolutePath()
                + " is encrypted; give its passphrase to open it.\n");
        Run withWrong = run("--db", db.toString(), "--passphrase-file", wrong.toString(), "list");
        assertThat(withWrong.exit()).isEqualTo(1);
        assertThat(withWrong.stderr()).startsWith("policydesk: That passphrase does not open the PolicyDesk store");
        assertThat(withWrong.stderr().lines()).hasSize(1);

        Run withFile = run("--db", db.toString(), "--passphrase-file", key.toString(), "export", "5:125");
        assertThat(withFile.stdoutBytes()).isEqualTo(Files.readAllBytes(seed));
        env.put("POLICYDESK_PASSPHRASE", "correct horse battery staple");
        assertThat(runDb("export", "5:125").stdoutBytes()).isEqualTo(Files.readAllBytes(seed));

        Run remove = runDb("passphrase", "--remove");
        assertThat(remove.exit()).as(remove.stderr()).isZero();
        env.clear();
        assertThat(runDb("export", "5:125").stdoutBytes()).isEqualTo(Files.readAllBytes(seed));
        Run history = runDb("audit", "history", "5:125");
        assertThat(history.stdout()).contains("policy.import");
    }

    @Test
    void auditVerifyNamesTheTamperedEventAndExitsNonZero() throws Exception {
        runDb("import", seed.toString());
        runDb("import", other.toString());
        Run intact = runDb("audit", "verify", "--json");
        assertThat(intact.exit()).isZero();
        JsonObject ok = JsonParser.parseString(intact.stdout()).getAsJsonObject();
        assertThat(ok.get("intact").getAsBoolean()).isTrue();
        long events = ok.get("events_checked").getAsLong();
        assertThat(events).isGreaterThanOrEqualTo(2);

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath() + "/policydesk", "sa", "")) {
            c.createStatement().execute("UPDATE audit_event SET subject_key = '5:999' WHERE seq = 1");
        }
        Run tampered = runDb("audit", "verify");
        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.stdout()).isEqualTo("The audit trail was tampered with (" + events + " events checked):\n"
                + "  Event 1 was changed after it was written: its contents no longer match its hash.\n");
        JsonObject json = JsonParser.parseString(runDb("audit", "verify", "--json").stdout()).getAsJsonObject();
        assertThat(json.get("intact").getAsBoolean()).isFalse();
        assertThat(json.getAsJsonArray("problems").get(0).getAsJsonObject().get("seq").getAsLong()).isEqualTo(1);
    }

    @Test
    void aSecondProcessOnAnOpenStoreGetsOneClearLineAndNothingIsDamaged() throws Exception {
        runDb("import", seed.toString());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            for (String[] command : new String[][] {{"list"}, {"import", other.toString()}, {"backup"},
                    {"restore", "--latest"}}) {
                Run run = runDb(command);
                assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(1);
                assertThat(run.stderr()).as(String.join(" ", command)).startsWith("policydesk: The PolicyDesk store at ")
                        .contains("open in a") .contains("PolicyDesk window or command").containsIgnoringCase("close it")
                        .hasLineCount(1);
            }
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertThat(runDb("export", "5:125").stdoutBytes()).isEqualTo(Files.readAllBytes(seed));
        assertThat(runDb("audit", "verify").exit()).isZero();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ReliabilityCliTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
