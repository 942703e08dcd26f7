package org.policydesk.service.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyImport;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.model.SourceFormat;
import org.policydesk.pdf.read.PdfPolicyReader;
import org.policydesk.pdf.read.PdfRefusedException;
import org.policydesk.service.common.InputFiles;
import org.policydesk.store.NewVersion;
import org.policydesk.store.PolicyRepository;
import org.policydesk.text.HtmlPolicyReader;
import org.policydesk.text.PlainTextLines;
import org.policydesk.text.PolicyRecogniser;
import org.policydesk.text.ReadDocument;

/**
 * Issue 17's import of any policy file: read it by its kind into evidence lines, recognise the policies in it,
 * and store each with the file kept as its original (decisions 0100–0102).
 */
final class FileImports {

    private static final Logger LOG = LoggerFactory.getLogger(FileImports.class);

    private final PolicyRepository repository;
    private final PolicyFileReader textReader = new PolicyFileReader();
    private final PolicyRecogniser recogniser = new PolicyRecogniser();

    FileImports(PolicyRepository repository) {
        this.repository = repository;
    }

    List<RecognisedPolicy> recognise(Path file) throws ImportException {
        return recognise(file, read(file));
    }

    private List<RecognisedPolicy> recognise(Path file, byte[] bytes) throws ImportException {
        String name = String.valueOf(file.getFileName());
        SourceFormat format = format(file, bytes);
        ReadDocument read;
        boolean windows1252 = false;
        try {
            switch (format) {
                case PDF -> read = new PdfPolicyReader().read(name, bytes);
                case HTML -> read = new HtmlPolicyReader().read(name, bytes);
                default -> {
                    PolicyFileReader.DecodedText decoded = textReader.decode(file, bytes);
                    windows1252 = decoded.windows1252();
                    read = PlainTextLines.read(name, format, decoded.text());
                }
            }
        } catch (PdfRefusedException e) {
            throw new ImportException(file, e.getMessage().startsWith(name) ? e.getMessage().substring(name.length()).trim()
                    : e.getMessage(), e);
        } catch (HtmlPolicyReader.NoPolicyInPageException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
        List<RecognisedPolicy> policies = recogniser.recognise(read);
        if (windows1252) {
            policies = policies.stream().map(p -> withWarning(p, DefaultPolicyService.WINDOWS_1252_WARNING)).toList();
        }
        return policies;
    }

    List<PolicyImport> store(Path file, List<RecognisedPolicy> policies) throws ImportException {
        byte[] bytes = read(file);
        SourceFormat format = format(file, bytes);
        String name = String.valueOf(file.getFileName());
        List<PolicyImport> stored = new ArrayList<>();
        for (RecognisedPolicy p : policies) {
            stored.add(repository.inTransaction(tx -> {
                long original = tx.imports().keep(name, format, bytes);
                NewVersion.Original from = new NewVersion.Original(original, p.source().firstPage(),
                        p.source().lastPage());
                // Text files keep the parser's rule too; a PDF's or page's text is the reader's, not the author's.
                boolean textDoubts = (format == SourceFormat.TEXT || format == SourceFormat.WORD)
                        && VersionImport.halfUnderstood(p.document());
                VersionImport.Stored s = VersionImport.store(tx, name, p.document(), p.needsReview() || textDoubts, from);
                return new PolicyImport(p, s.version(), s.duplicate());
            }));
        }
        LOG.info("Imported {} policies from {}", stored.size(), name);
        return stored;
    }

    /** The file's bytes, within the limit for its kind. */
    private static byte[] read(Path file) throws ImportException {
        boolean pdf = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        return PolicyFileReader.readBytes(file, pdf ? InputFiles.PDF_MAX_BYTES : PolicyFileReader.MAX_BYTES,
                pdf ? "PDF files" : "policy texts");
    }

    /** By the name, and by the first bytes for a PDF or a page saved under another name. */
    private static SourceFormat format(Path file, byte[] bytes) {
        SourceFormat named = SourceFormat.ofFileName(String.valueOf(file.getFileName()));
        if (named == SourceFormat.TEXT && bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D'
                && bytes[3] == 'F') {
            return SourceFormat.PDF;
        }
        if (named == SourceFormat.TEXT) {
            String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .stripLeading().toLowerCase(java.util.Locale.ROOT);
            if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
                return SourceFormat.HTML;
            }
        }
        return named;
    }

    private static RecognisedPolicy withWarning(RecognisedPolicy p, String warning) {
        PolicyDocument d = p.document();
        List<ParseWarning> warnings = new ArrayList<>(d.warnings());
        warnings.add(0, new ParseWarning(0, warning));
        return new RecognisedPolicy(d.withWarnings(warnings), p.number(), p.title(), p.section(), p.source());
    }
}
