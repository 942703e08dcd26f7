package org.policydesk.service.packet;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import org.policydesk.model.ChangeKind;
import org.policydesk.model.PacketEntry;
import org.policydesk.model.PacketRequest;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;
import org.policydesk.pdf.BoardPacket;
import org.policydesk.pdf.BoardPacketWriter;
import org.policydesk.pdf.ChangeKinds;
import org.policydesk.pdf.PacketMonitor;
import org.policydesk.pdf.PacketPolicy;
import org.policydesk.service.common.AtomicFileWriter;
import org.policydesk.service.common.PolicySource;
import org.policydesk.service.common.Progress;
import org.policydesk.service.common.SettingsService;

/** Packets from the store's policies: the latest version as the draft, the latest adopted one before it. */
public final class DefaultPacketService implements PacketService {

    private final PolicySource policies;
    private final SettingsService settings;
    private final BoardPacketWriter writer;

    public DefaultPacketService(PolicySource policies, SettingsService settings, BoardPacketWriter writer) {
        this.policies = policies;
        this.settings = settings;
        this.writer = writer;
    }

    @Override
    public List<Integer> pressIssues() {
        TreeSet<Integer> issues = new TreeSet<>(Comparator.reverseOrder());
        for (PolicySummary s : policies.listPolicies()) {
            if (s.pressIssue() != null) {
                issues.add(s.pressIssue());
            }
        }
        return List.copyOf(issues);
    }

    @Override
    public List<PacketEntry> plan(PacketRequest request) {
        List<PacketEntry> entries = new ArrayList<>();
        for (Selected s : select(request)) {
            entries.add(new PacketEntry(s.detail.summary().number(), s.draft.title(), s.change, s.detail.shown().seq(),
                    s.adoptedVersion == null ? null : s.adoptedVersion.seq(), s.action));
        }
        return entries;
    }

    @Override
    public byte[] build(PacketRequest request, Progress progress) {
        return writer.toBytes(packet(request), monitor(progress));
    }

    @Override
    public int write(PacketRequest request, Path target, Progress progress) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new PacketException("cannot write " + target + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new PacketException("cannot write " + target + ": it is a folder");
        }
        BoardPacket packet = packet(request);
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            int pages;
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                pages = writer.write(packet, out, monitor(progress));
            }
            AtomicFileWriter.moveIntoPlace(temp, absolute);
            return pages;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public List<BufferedImage> renderPages(byte[] pdf, float dpi, Progress progress) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int n = doc.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                if (progress.isCancelled()) {
                    throw new CancellationException("preview cancelled");
                }
                progress.update((double) i / n, "Rendering page " + (i + 1) + " of " + n);
                images.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
        }
        return images;
    }

    @Override
    public boolean print(byte[] pdf, String jobName) throws IOException, PrinterException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }

    private BoardPacket packet(PacketRequest request) {
        List<PacketPolicy> chosen = new ArrayList<>();
        for (Selected s : select(request)) {
            chosen.add(new PacketPolicy(s.draft, s.adopted, s.change, s.action));
        }
        return new BoardPacket(settings.districtName(), request.meeting(), request.reading(), request.issue(),
                BoardPacket.titleFor(request.issue(), request.reading()), chosen);
    }

    private record Selected(PolicyDetail detail, PolicyDocument draft, PolicyVersion adoptedVersion,
                            PolicyDocument adopted, ChangeKind change, String action) {
    }

    private List<Selected> select(PacketRequest request) {
        List<PolicyDetail> details;
        if (request.issue() != null) {
            List<PolicyNumber> numbers = new ArrayList<>();
            for (PolicySummary s : policies.listPolicies()) {
                if (Objects.equals(s.pressIssue(), request.issue()) && s.number() != null) {
                    numbers.add(s.number());
                }
            }
            details = new ArrayList<>(policies.findPolicies(numbers));
            if (details.isEmpty()) {
                throw new PacketException("no policy's latest version belongs to PRESS issue " + request.issue());
            }
        } else {
            details = new ArrayList<>(policies.findPolicies(request.policies()));
            TreeSet<PolicyNumber> missing = new TreeSet<>(request.policies());
            details.forEach(d -> missing.remove(d.summary().number()));
            if (!missing.isEmpty()) {
                throw new PacketException("there is no policy " + missing.first() + " in the store");
            }
        }
        details.sort(Comparator.comparing(d -> d.summary().number()));
        List<Selected> selected = new ArrayList<>();
        for (PolicyDetail d : details) {
            PolicyVersion adoptedVersion = d.versions().stream()
                    .filter(v -> v.seq() < d.shown().seq() && v.status() == VersionStatus.ADOPTED)
                    .max(Comparator.comparingInt(PolicyVersion::seq)).orElse(null);
            PolicyDocument adopted = adoptedVersion == null ? null
                    : policies.document(d, adoptedVersion.seq()).orElse(null);
            ChangeKind change = ChangeKinds.classify(adopted, d.document());
            selected.add(new Selected(d, d.document(), adoptedVersion, adopted, change,
                    ChangeKinds.action(change, request.reading())));
        }
        return selected;
    }

    private static PacketMonitor monitor(Progress progress) {
        return new PacketMonitor() {
            @Override
            public void progress(double fraction, String note) {
                progress.update(fraction, note);
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
    }
}
