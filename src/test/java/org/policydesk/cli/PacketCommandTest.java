package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.cli.CliHarness.Run;
import org.policydesk.service.common.Workspaces;

class PacketCommandTest {

    @TempDir
    Path tmp;

    private Run run(String... args) {
        return CliHarness.in(tmp).opening(Workspaces::open).db(tmp.resolve("store")).run(args);
    }

    @Test
    void packetForAnIssueWritesThePdfAndLeavesNoTemporaryFile() throws Exception {
        Path pdf = tmp.resolve("packet.pdf");
        Run run = run("packet", "--issue", "117", "--meeting", "2026-12-15", "--reading", "first", "--out",
                pdf.toString());
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("packet.pdf").containsPattern("\\(\\d+ pages\\)");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Policy Updates: PRESS Issue 117, First Reading")
                    .contains("Sample School District 000").contains("5:125");
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void packetForNamedPoliciesTakesTheSecondReading() throws Exception {
        Path pdf = tmp.resolve("second.pdf");
        Run run = run("packet", "--policies", "5:125", "--meeting", "2027-01-19", "--reading", "second", "--out",
                pdf.toString());
        assertThat(run.exit()).as(run.stderr()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Policy Updates: Selected Policies, Second Reading");
        }
    }

    @Test
    void unknownPolicyFailsWithOneLineAndWritesNothing() {
        Path pdf = tmp.resolve("none.pdf");
        Run run = run("packet", "--policies", "5:125,9:999", "--meeting", "2026-12-15", "--out", pdf.toString());
        assertThat(run.exit()).isEqualTo(PolicyDeskCli.EXIT_FAILURE);
        assertThat(run.stderr().strip()).isEqualTo("policydesk: there is no policy 9:999 in the store");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void issueWithoutPoliciesFails() {
        Run run = run("packet", "--issue", "999", "--meeting", "2026-12-15", "--out", tmp.resolve("x.pdf").toString());
        assertThat(run.exit()).isEqualTo(PolicyDeskCli.EXIT_FAILURE);
        assertThat(run.stderr()).contains("PRESS issue 999");
    }

    @Test
    void badDateAndBothChoicesAreRefused() {
        Run badDate = run("packet", "--issue", "117", "--meeting", "15/12/2026", "--out", "x.pdf");
        assertThat(badDate.exit()).isEqualTo(PolicyDeskCli.EXIT_FAILURE);
        assertThat(badDate.stderr()).contains("is not a date");
        Run both = run("packet", "--issue", "117", "--policies", "5:125", "--meeting", "2026-12-15", "--out", "x.pdf");
        assertThat(both.exit()).isEqualTo(PolicyDeskCli.EXIT_USAGE);
    }
    @Test
    void signedPacketVerifiesAndPopplerCallsItValid() throws Exception {
        Path p12 = districtCertificate("packet-pw-1");
        Path password = Files.writeString(tmp.resolve("pw.txt"), "packet-pw-1\n");
        Path pdf = tmp.resolve("signed.pdf");
        Run run = run("packet", "--issue", "117", "--meeting", "2026-12-15", "--out", pdf.toString(),
                "--sign", p12.toString(), "--password-file", password.toString());
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains(", signed)");
        Run verify = run("verify", pdf.toString());
        assertThat(verify.exit()).as(verify.stdout()).isZero();
        assertThat(verify.stdout()).contains("Signed by Test District 042").contains("intact");
        if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            Process p = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            assertThat(report).contains("Signature is Valid").contains("Total document signed");
        }
    }

    @Test
    void wrongCertificatePasswordFailsWithOneLineAndLeavesNoFile() throws Exception {
        Path p12 = districtCertificate("packet-pw-1");
        Path password = Files.writeString(tmp.resolve("pw.txt"), "not-it");
        Path pdf = tmp.resolve("never.pdf");
        Run run = run("packet", "--issue", "117", "--meeting", "2026-12-15", "--out", pdf.toString(),
                "--sign", p12.toString(), "--password-file", password.toString());
        assertThat(run.exit()).isEqualTo(PolicyDeskCli.EXIT_FAILURE);
        assertThat(run.stderr().strip()).startsWith("policydesk: The certificate password is wrong");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("never.pdf"));
        }
    }

    @Test
    void signWithoutAPasswordFileIsAUsageError() {
        Run run = run("packet", "--issue", "117", "--meeting", "2026-12-15", "--out", tmp.resolve("x.pdf").toString(),
                "--sign", tmp.resolve("any.p12").toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.stderr()).contains("--sign needs --password-file");
    }

    private Path districtCertificate(String password) throws Exception {
        try (var w = Workspaces.open(tmp.resolve("store"))) {
            return w.signing().createDistrictCertificate("Test District 042", password.toCharArray(), 2);
        }
    }
}
