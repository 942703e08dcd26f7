package org.policydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.policydesk.model.PacketRequest;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Reading;
import org.policydesk.service.common.AtomicFileWriter;
import org.policydesk.service.common.PdfSigningService;
import org.policydesk.service.common.Progress;
import org.policydesk.service.common.SigningException;
import org.policydesk.service.common.SigningKey;
import org.policydesk.service.common.Workspace;

@Command(name = "packet", description = "Write the board-review packet (PDF/A) for a PRESS issue or a set of policies.")
final class PacketCommand extends StoreCommand {

    static final class Choice {
        @Option(names = "--issue", paramLabel = "N", required = true, description = "PRESS issue, such as 117.")
        Integer issue;

        @Option(names = "--policies", paramLabel = "LIST", required = true, split = ",",
                description = "Policy numbers separated by commas, such as 5:125,6:235.")
        List<String> policies;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Option(names = "--meeting", paramLabel = "DATE", required = true, description = "Meeting date, YYYY-MM-DD.")
    String meeting;

    @Option(names = "--reading", paramLabel = "first|second", defaultValue = "first",
            description = "Which reading (default: ${DEFAULT-VALUE}).")
    String reading;

    @Mixin
    PdfOutOption pdf;

    @Mixin
    SigningOptions signing;

    @Override
    public Integer call() throws Exception {
        PacketRequest request = request();
        SigningKey key = signing.key();
        return withWorkspace(workspace -> {
            int pages = key == null ? workspace.packets().write(request, pdf.out, Progress.NONE)
                    : writeSigned(workspace, request, key);
            context.out.println("Wrote " + pdf.out + " (" + org.policydesk.model.Counted.pages(pages) + (key == null ? "" : ", signed") + ")");
            return PolicyDeskCli.EXIT_OK;
        });
    }

    /**
     * Checks the key before any work (wrong password, expired, no private key), then writes and signs a hidden
     * file beside the target and moves it into place: the target is never left unsigned or half-signed.
     */
    private int writeSigned(Workspace workspace, PacketRequest request, SigningKey key)
            throws IOException, SigningException {
        PdfSigningService signer = workspace.signing();
        if (signer == null) {
            throw new CliFailure("this store has no signing service");
        }
        signer.describe(key);
        Path target = pdf.out.toAbsolutePath();
        Path folder = target.getParent();
        Path unsigned = folder == null ? null : folder.resolve("." + target.getFileName() + "." + UUID.randomUUID()
                + ".unsigned");
        if (unsigned == null || !Files.isDirectory(folder)) {
            throw new CliFailure("cannot write " + pdf.out + ": the folder " + folder + " does not exist");
        }
        try {
            int pages = workspace.packets().write(request, unsigned, Progress.NONE);
            signer.signFile(unsigned, key);
            AtomicFileWriter.moveIntoPlace(unsigned, target);
            return pages;
        } finally {
            Files.deleteIfExists(unsigned);
        }
    }

    private PacketRequest request() {
        LocalDate date = CliDates.parse(meeting);
        Reading which;
        try {
            which = Reading.parse(reading);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--reading is first or second, not \"" + reading + "\"");
        }
        if (choice.issue != null) {
            return PacketRequest.forIssue(choice.issue, date, which);
        }
        List<PolicyNumber> numbers = new ArrayList<>();
        for (String p : choice.policies) {
            numbers.add(PolicyNumber.tryParse(p).orElseThrow(
                    () -> new CliFailure("\"" + p + "\" is not a policy number (expected a form like 5:125)")));
        }
        return PacketRequest.forPolicies(numbers, date, which);
    }
}
