package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.service.common.DataDirectory;
import org.policydesk.service.common.Workspaces;
import org.policydesk.testing.HtmlCorpus;
import org.policydesk.testing.PolicyPdfWriter;
import org.policydesk.testing.SamplePolicy;
import org.policydesk.text.PressParser;

class ImportFilesCliTest {

    @TempDir
    Path tmp;

    record Run(int exit, String stdout, String stderr) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DataDirectory noDefaults = new DataDirectory(Map.of(), "Linux", tmp.resolve("home"));
        int exit = new PolicyDeskCli(dir -> Workspaces.open(dir, new PressParser()::parse), noDefaults, out, err)
                .commandLine().execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path manual() throws Exception {
        List<PolicyPdfWriter.Block> blocks = new ArrayList<>();
        List<SamplePolicy> library = SamplePolicy.library();
        for (int i = 0; i < 3; i++) {
            blocks.addAll(PolicyPdfWriter.blocks(library.get(i), true));
        }
        return Files.write(tmp.resolve("manual.pdf"), new PolicyPdfWriter().header("Board Policy Manual")
                .footer("Page %d of %d").write(blocks));
    }

    @Test
    void aManualPdfGivesOneJsonObjectPerPolicyWithItsPagesAndConfidences() throws Exception {
        Path db = tmp.resolve("store");
        Run r = run("--db", db.toString(), "import", "--json", manual().toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        JsonArray policies = JsonParser.parseString(r.stdout()).getAsJsonArray();
        assertThat(policies).hasSize(3);
        JsonObject first = policies.get(0).getAsJsonObject();
        assertThat(first.get("number").getAsString()).isEqualTo("5:260");
        assertThat(first.get("title").getAsString()).isEqualTo("Student Teachers");
        assertThat(first.get("section").getAsString()).isEqualTo("Personnel");
        assertThat(first.getAsJsonObject("source").get("first_page").getAsInt()).isEqualTo(1);
        assertThat(first.getAsJsonObject("confidence").get("number").getAsDouble()).isGreaterThan(0.6);
        assertThat(policies.get(2).getAsJsonObject().getAsJsonObject("source").get("first_page").getAsInt())
                .isGreaterThan(1);

        Run again = run("--db", db.toString(), "export", "7:190");
        assertThat(again.stdout()).contains("Prohibited student conduct").doesNotContain("Board Policy Manual", "Page 1");
    }

    @Test
    void aWebPageImportsAndTheOverridesNameAPolicyThePageLeftInDoubt() throws Exception {
        Path page = Files.writeString(tmp.resolve("policy.htm"), "<html><body><nav><a href=/>Home</a></nav>"
                + "<div><p>Students may not bring pets to school except service animals and animals approved by the"
                + " principal for a class lesson.</p></div></body></html>");
        Path db = tmp.resolve("store");
        String before = run("--db", db.toString(), "list").stdout();
        Run unnumbered = run("--db", db.toString(), "import", page.toString());
        assertThat(unnumbered.exit()).isNotZero();
        assertThat(unnumbered.stderr()).contains("policy.htm").contains("no policy number").contains("--number");
        assertThat(run("--db", db.toString(), "list").stdout()).isEqualTo(before);

        Path numbered = Files.writeString(tmp.resolve("numbered.htm"), "<html><body><div><p>Policy 7:345</p>"
                + "<p>students may not bring reptiles to school unless the principal approves them for a class"
                + " lesson.</p></div></body></html>");
        Run doubtful = run("--db", db.toString(), "import", numbered.toString());
        assertThat(doubtful.exit()).isZero();
        assertThat(doubtful.stdout()).contains("needs review");
        assertThat(run("--db", db.toString(), "list").stdout()).contains("[needs review]");

        Path named = Files.writeString(tmp.resolve("named.html"), Files.readString(page).replace("pets", "animals"));
        Run given = run("--db", db.toString(), "import", "--json", "--number", "7:350", "--title", "Animals at School",
                "--section", "Students", named.toString());
        JsonObject p = JsonParser.parseString(given.stdout()).getAsJsonArray().get(0).getAsJsonObject();
        assertThat(p.get("number").getAsString()).isEqualTo("7:350");
        assertThat(p.get("title").getAsString()).isEqualTo("Animals at School");
        assertThat(p.get("needs_review").getAsBoolean()).isFalse();
        assertThat(p.getAsJsonObject("confidence").get("title").getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void aWordPressPageIsRecognisedWithoutHelp() throws Exception {
        SamplePolicy p = SamplePolicy.library().get(3);
        Path page = Files.write(tmp.resolve("purchases.html"), HtmlCorpus.wordpress(p).getBytes(StandardCharsets.UTF_8));
        Run r = run("--db", tmp.resolve("store").toString(), "import", page.toString());
        assertThat(r.stdout()).contains("imported as 4:60 version 1").doesNotContain("needs review");
    }

    @Test
    void aScannedPdfIsRefusedNamingTheFileAndNothingIsStored() throws Exception {
        Path scan = tmp.resolve("scan.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument blank = new org.apache.pdfbox.pdmodel.PDDocument()) {
            blank.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            blank.save(scan.toFile());
        }
        Path db = tmp.resolve("store");
        Run r = run("--db", db.toString(), "import", scan.toString());
        assertThat(r.exit()).isEqualTo(PolicyDeskCli.EXIT_FAILURE);
        assertThat(r.stderr()).contains("cannot import " + scan, "text recognition (OCR) is not part of PolicyDesk");
        assertThat(run("--db", db.toString(), "list", "--json").stdout()).doesNotContain("scan");
    }
}
