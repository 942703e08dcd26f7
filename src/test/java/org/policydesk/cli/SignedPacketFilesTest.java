package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.service.common.DataDirectory;
import org.policydesk.service.common.Workspaces;

/** A signed packet is written and signed in a hidden file that is moved onto the target: nothing else is left. */
class SignedPacketFilesTest {

    @TempDir
    Path tmp;

    @Test
    void replacingAPacketWithASignedOneLeavesOnlyTheSignedPacket() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path pdf = Files.writeString(out.resolve("packet.pdf"), "last month's packet");
        Path p12;
        try (var w = Workspaces.open(tmp.resolve("store"))) {
            p12 = w.signing().createDistrictCertificate("Test District 042", "packet-pw-1".toCharArray(), 2);
        }
        Path password = Files.writeString(tmp.resolve("pw.txt"), "packet-pw-1\n");

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit = new PolicyDeskCli(Workspaces::open, new DataDirectory(Map.of(), "Linux", tmp.resolve("home")),
                stdout, stderr).commandLine().execute("--db", tmp.resolve("store").toString(), "packet", "--issue",
                "117", "--meeting", "2026-12-15", "--out", pdf.toString(), "--sign", p12.toString(),
                "--password-file", password.toString());

        assertThat(exit).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
        byte[] written = Files.readAllBytes(pdf);
        assertThat(new String(written, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(written, StandardCharsets.ISO_8859_1)).contains("/ByteRange").endsWith("%%EOF\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("packet.pdf");
        }
    }
}
