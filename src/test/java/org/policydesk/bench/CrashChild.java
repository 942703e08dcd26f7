package org.policydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.policydesk.service.common.AtomicFileWriter;
import org.policydesk.service.common.OpenOptions;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * Run in a child JVM by {@link CrashTrials}, which kills it with SIGKILL at a random moment: opens the
 * store (with the start backup), imports generated policies, then writes a large export through
 * {@link AtomicFileWriter}. Prints its phase on stdout so the parent knows what it interrupted.
 * Arguments: store folder, trial number, policies to import, export file.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int trial = Integer.parseInt(args[1]);
        int policies = Integer.parseInt(args[2]);
        Path export = Path.of(args[3]);
        String mode = args.length > 4 ? args[4] : "policies";
        System.out.println("phase open");
        try (Workspace ws = Workspaces.open(store, new OpenOptions(null, true))) {
            if (mode.equals("roster")) {
                // args[3] is the roster file here: one transaction for all its rows, killed part-way.
                System.out.println("phase roster");
                var preview = ws.rosters().preview(export, org.policydesk.service.roster.RosterImportOptions.guessed().partial());
                ws.rosters().apply(preview, false);
                System.out.println("phase done");
                return;
            }
            if (mode.equals("pdf")) {
                System.out.println("phase pdf");
                var numbers = ws.policies().listPolicies().stream().map(org.policydesk.model.PolicySummary::number)
                        .filter(java.util.Objects::nonNull).limit(policies).toList();
                ws.packets().write(org.policydesk.model.PacketRequest.forPolicies(numbers,
                        java.time.LocalDate.of(2026, 12, 15), org.policydesk.model.Reading.FIRST), export,
                        org.policydesk.service.common.Progress.NONE);
                System.out.println("phase done");
                return;
            }
            System.out.println("phase import");
            PolicyGenerator generator = new PolicyGenerator(trial);
            for (int i = 0; i < policies; i++) {
                ws.policies().importText("trial-" + trial + "-" + i + ".txt", generator.policy(trial * 1000 + i, 8));
            }
            System.out.println("phase export");
            writeExport(export, generator);
            System.out.println("phase done");
        }
    }

    /** About 25 MB of text ending in a line with the SHA-256 of everything before it. */
    static void writeExport(Path file, PolicyGenerator generator) throws IOException {
        AtomicFileWriter.write(file, AtomicFileWriter.Overwrite.REPLACE, out -> {
            MessageDigest sha = sha256();
            for (int i = 0; i < 2500; i++) {
                byte[] chunk = generator.policy(i, 6).getBytes(StandardCharsets.UTF_8);
                sha.update(chunk);
                out.write(chunk);
            }
            out.write(("\nEND " + HexFormat.of().formatHex(sha.digest()) + "\n").getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** True when the file ends with the END line and its hash matches the body: a complete export. */
    static boolean isComplete(byte[] bytes) {
        int end = bytes.length - 70;
        if (end < 0) {
            return false;
        }
        String trailer = new String(bytes, end, 70, StandardCharsets.US_ASCII);
        if (!trailer.startsWith("\nEND ")) {
            return false;
        }
        MessageDigest sha = sha256();
        sha.update(bytes, 0, end);
        return trailer.substring(5, 69).equals(HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
