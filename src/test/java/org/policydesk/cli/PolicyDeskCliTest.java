package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.policydesk.cli.CliHarness.Run;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.WorkspaceOpenException;
import org.policydesk.service.common.Workspaces;
import org.policydesk.text.PressParser;

class PolicyDeskCliTest {

    private static final String SEED_NAME = "5-125-draft-update-issue-117.txt";

    @TempDir
    Path tmp;
    private Path db;
    private Path seed;

    @BeforeEach
    void copySeed() throws IOException {
        db = tmp.resolve("store");
        seed = Files.write(tmp.resolve(SEED_NAME), sampleBytes(SEED_NAME));
    }

    private Run run(String... args) {
        return run(dir -> Workspaces.open(dir, new PressParser()::parse), args);
    }

    private Run run(Function<Path, Workspace> opener, String... args) {
        return CliHarness.in(tmp).opening(opener).run(args);
    }

    @Test
    void exportGivesBackTheImportedSeedByteForByteOnStdoutAndIntoAFile() throws IOException {
        assertThat(run("--db", db.toString(), "import", seed.toString()).exit()).isZero();

        Run export = run("--db", db.toString(), "export", "5:125");
        assertThat(export.exit()).isZero();
        assertThat(export.stdoutBytes()).isEqualTo(Files.readAllBytes(seed));
        assertThat(export.stderr()).isEmpty();

        Path out = tmp.resolve("exported.txt");
        Files.writeString(out, "old content that must be replaced");
        assertThat(run("--db", db.toString(), "export", "5:125", "--out", out.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(seed));
        assertThat(tmp).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aFileWithByteOrderMarkAndWindowsLineEndingsComesBackIdentical() throws IOException {
        String crlf = "\uFEFF" + new String(Files.readAllBytes(seed), StandardCharsets.UTF_8)
                .replace("\n", "\r\n").replace("Usage and Conduct\r\n\r\nIntroduction", "Usage and Conduct\r\n\r\nPreface");
        Path file = Files.write(tmp.resolve("bom-crlf.txt"), crlf.getBytes(StandardCharsets.UTF_8));

        assertThat(run("--db", db.toString(), "import", file.toString()).stdout())
                .isEqualTo(file + ": imported as 5:125 version 3, Draft\n");

        assertThat(run("--db", db.toString(), "export", "5:125").stdoutBytes()).isEqualTo(Files.readAllBytes(file));
        assertThat(run("--db", db.toString(), "export", "5:125", "--version", "2").stdoutBytes())
                .isEqualTo(Files.readAllBytes(seed));
    }

    @Test
    void importJsonReportsWhatWasReadFromTheSeed() {
        Run run = run("--db", db.toString(), "import", seed.toString(), "--json");

        assertThat(run.exit()).isZero();
        assertThat(run.stderr()).isEmpty();
        JsonArray array = JsonParser.parseString(run.stdout()).getAsJsonArray();
        assertThat(array).hasSize(1);
        JsonObject o = array.get(0).getAsJsonObject();
        assertThat(o.get("file").getAsString()).isEqualTo(seed.toString());
        assertThat(o.get("number").getAsString()).isEqualTo("5:125");
        assertThat(o.get("title").getAsString()).isEqualTo("Personal Technology and Social Media; Usage and Conduct");
        assertThat(o.get("section").getAsString()).isEqualTo("General Personnel");
        assertThat(o.get("status").getAsString()).isEqualTo("Draft Update");
        // The sample district already holds this exact text as version 2.
        assertThat(o.get("version").getAsInt()).isEqualTo(2);
        assertThat(o.get("duplicate").getAsBoolean()).isTrue();
        assertThat(o.get("version_status").getAsString()).isEqualTo("DRAFT");
        assertThat(o.getAsJsonArray("cross_refs")).hasSize(12);
        assertThat(o.getAsJsonArray("cross_refs").get(0).getAsJsonObject().get("number").getAsString())
                .isEqualTo("4:165");
        assertThat(o.getAsJsonArray("history").get(0).toString())
                .isEqualTo("{\"kind\":\"adopted\",\"date\":\"2023-06-21\"}");
        JsonObject comment = o.getAsJsonArray("pressplus").get(1).getAsJsonObject();
        assertThat(comment.get("n").getAsInt()).isEqualTo(2);
        assertThat(comment.get("issue").getAsInt()).isEqualTo(117);
        assertThat(comment.get("issued").getAsString()).isEqualTo("2024-10");
        assertThat(o.getAsJsonArray("warnings")).isEmpty();
        assertThat(o.has("legal_refs")).isTrue();
    }

    @Test
    void importJsonOfTheSeedWithTheRealParser() {
        Run run = run(Workspaces::open, "--db", db.toString(), "import", seed.toString(), "--json");

        assertThat(run.exit()).isZero();
        JsonObject o = JsonParser.parseString(run.stdout()).getAsJsonArray().get(0).getAsJsonObject();
        assertThat(o.get("number").getAsString()).isEqualTo("5:125");
        assertThat(o.get("title").getAsString()).isEqualTo("Personal Technology and Social Media; Usage and Conduct");
        assertThat(o.get("section").getAsString()).isEqualTo("General Personnel");
        assertThat(o.get("status").getAsString()).isEqualTo("Draft Update");
        assertThat(o.get("version").getAsInt()).isEqualTo(2);
        assertThat(o.getAsJsonArray("legal_refs")).extracting(e -> e.getAsString()).containsExactly(
                "105 ILCS 5/21-23 and 5/21-23a.",
                "775 ILCS 5/5A-102, Ill. Human Rights Act.",
                "820 ILCS 55/10, Right to Privacy in the Workplace Act.",
                "23 Ill.Admin.Code §22.20, Code of Ethics for Ill. Educators.",
                "Garcetti v. Ceballos, 547 U.S. 410 (2006).",
                "Pickering v. High School Dist. 205, 391 U.S. 563 (1968).",
                "Mayer v. Monroe County Community School Corp., 474 F.3d 477 (7th Cir. 2007).");
        JsonArray cross = o.getAsJsonArray("cross_refs");
        assertThat(cross).hasSize(12);
        assertThat(cross.get(0).toString())
                .isEqualTo("{\"number\":\"4:165\",\"title\":\"Awareness and Prevention of Child Sexual Abuse and Grooming Behaviors\"}");
        assertThat(cross.get(11).toString()).isEqualTo("{\"number\":\"7:340\",\"title\":\"Student Records\"}");
        assertThat(o.getAsJsonArray("history").toString())
                .isEqualTo("[{\"kind\":\"adopted\",\"date\":\"2023-06-21\"}]");
        JsonArray comments = o.getAsJsonArray("pressplus");
        assertThat(comments).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonObject c = comments.get(i).getAsJsonObject();
            assertThat(c.get("n").getAsInt()).isEqualTo(i + 1);
            assertThat(c.get("text").getAsString()).startsWith("Updated for continuous improvement.");
            assertThat(c.get("issue").getAsInt()).isEqualTo(117);
            assertThat(c.get("issued").getAsString()).isEqualTo("2024-10");
        }
        assertThat(o.getAsJsonArray("warnings")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing file | missing.txt | -      | file not found
            binary file  | binary.bin  | BINARY | looks like a binary file (it contains NUL bytes), not policy text
            empty file   | empty.txt   | ''     | the file is empty
            """)
    void badInputFailsWithOneLineNamingTheFileAndTheProblem(String what, String name, String content,
                                                            String problem) throws IOException {
        Path file = tmp.resolve(name);
        if (!content.equals("-")) {
            Files.write(file, content.equals("BINARY") ? new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1} : new byte[0]);
        }

        Run run = run("--db", db.toString(), "import", file.toString(), "--json");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("policydesk: cannot import " + file + ": " + problem + "\n");
        assertThat(JsonParser.parseString(run.stdout()).getAsJsonArray()).isEmpty();
    }

    @Test
    void oneBadFileAmongGoodOnesStillImportsTheGoodOnesButExitsNonZero() {
        Run run = run("--db", db.toString(), "import", tmp.resolve("nope.txt").toString(), seed.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr().lines()).hasSize(1);
        assertThat(run.stdout()).isEqualTo(seed + ": already stored as 5:125 version 2, Draft\n");
    }

    @Test
    void exportOfAnUnknownOrMalformedNumberOrVersionFailsWithOneLine() {
        Run unknown = run("--db", db.toString(), "export", "9:999");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.stderr()).isEqualTo("policydesk: there is no policy 9:999 in the store at "
                + db.toAbsolutePath().normalize() + "\n");
        assertThat(unknown.stdoutBytes()).isEmpty();

        Run malformed = run("--db", db.toString(), "export", "five");
        assertThat(malformed.exit()).isEqualTo(1);
        assertThat(malformed.stderr())
                .isEqualTo("policydesk: \"five\" is not a policy number (expected a form like 5:125)\n");

        Run noVersion = run("--db", db.toString(), "export", "5:125", "--version", "7");
        assertThat(noVersion.exit()).isEqualTo(1);
        assertThat(noVersion.stderr())
                .isEqualTo("policydesk: policy 5:125 has no version 7 (it has versions 1 to 2)\n");
    }

    @Test
    void listJsonShowsEachPolicyWithItsLatestVersion() {
        Run run = run("--db", db.toString(), "list", "--json");

        assertThat(run.exit()).isZero();
        JsonArray list = JsonParser.parseString(run.stdout()).getAsJsonArray();
        assertThat(list).hasSize(1);
        JsonObject p = list.get(0).getAsJsonObject();
        assertThat(p.get("number").getAsString()).isEqualTo("5:125");
        assertThat(p.get("version").getAsInt()).isEqualTo(2);
        assertThat(p.get("status").getAsString()).isEqualTo("Draft Update");
        assertThat(p.get("version_status").getAsString()).isEqualTo("DRAFT");
        assertThat(p.get("press_issue").getAsInt()).isEqualTo(117);

        assertThat(run("--db", db.toString(), "list").stdout()).startsWith("5:125").contains("Issue 117");
    }

    @Test
    void aStoreThatCannotBeOpenedGivesItsMessageOnOneLine() {
        Run run = run(dir -> {
            throw new WorkspaceOpenException("The PolicyDesk store at " + dir
                    + " is already open in another PolicyDesk window or command. Close it and try again.", null);
        }, "--db", db.toString(), "list");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("policydesk: The PolicyDesk store at " + db
                + " is already open in another PolicyDesk window or command. Close it and try again.\n");
    }

    @Test
    void versionAndHelpSucceedAndAMistypedCommandIsAUsageError() {
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.stdout()).startsWith("PolicyDesk ");

        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.stdout()).contains("import", "export", "list", "--db");

        Run packetHelp = run("packet", "--help");
        assertThat(packetHelp.exit()).isZero();
        assertThat(packetHelp.stdout()).startsWith("Usage: policydesk packet").contains("--meeting", "--out");
        Run checkHelp = run("roster", "check", "-h");
        assertThat(checkHelp.exit()).isZero();
        assertThat(checkHelp.stdout()).startsWith("Usage: policydesk roster check").contains("--as-of");

        Run typo = run("imprt", "x.txt");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.stderr().lines()).hasSize(1);
        assertThat(tmp.resolve("home")).doesNotExist();
    }

    private static byte[] sampleBytes(String name) throws IOException {
        try (InputStream in = PolicyDeskCliTest.class.getClassLoader()
                .getResourceAsStream("policydesk/sample/policies/" + name)) {
            return in.readAllBytes();
        }
    }
}
