package org.policydesk.service.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.policydesk.model.AuditKinds;
import org.policydesk.model.ImportOutcome;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;
import org.policydesk.store.LibraryRepository;

/**
 * Imports a PRESS update issue: each file (or each policy file in a folder) becomes a new draft filed under the
 * issue, with its history event and audit entry in the same transaction; a file that cannot be read is reported.
 */
final class IssueImporter {

    private final LibraryRepository repository;
    private final PolicyService policies;

    IssueImporter(LibraryRepository repository, PolicyService policies) {
        this.repository = repository;
        this.policies = policies;
    }

    IssueImport importIssue(List<Path> paths, Integer issue) {
        List<ImportOutcome> imported = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path file : expand(paths, failures)) {
            try {
                ImportOutcome outcome = policies.importFile(file);
                if (!outcome.duplicate()) {
                    Integer stated = outcome.version().pressIssue();
                    // the text's own PRESSPlus comment is the better witness than a number typed for the batch
                    Integer tag = stated != null ? stated : issue;
                    if (issue != null && stated != null && !stated.equals(issue)) {
                        warnings.add(file.getFileName() + ": its PRESSPlus comment says Issue " + stated
                                + ", not Issue " + issue + "; it is filed under Issue " + stated + ".");
                    }
                    PolicyVersion v = repository.inTransaction(tx -> {
                        PolicyVersion stored = DefaultLibraryService.version(tx, outcome.version().id());
                        if (stored.status() != VersionStatus.DRAFT) {
                            tx.setStatus(stored.id(), VersionStatus.DRAFT);
                        }
                        if (tag != null) {
                            tx.setPressIssue(stored.id(), tag);
                        }
                        tx.addEvent(stored.id(), null, VersionStatus.DRAFT, null, "imported with PRESS Issue "
                                + (tag == null ? "(not named)" : tag));
                        tx.audit().append(DefaultLibraryService.event(tx, stored, AuditKinds.VERSION_ISSUE).with("from", stored.status().name())
                                .with("issue", tag));
                        return DefaultLibraryService.version(tx, stored.id());
                    });
                    imported.add(new ImportOutcome(outcome.source(), outcome.document(), v, false));
                } else {
                    imported.add(outcome);
                }
            } catch (ImportException e) {
                failures.add(e.getMessage());
            }
        }
        return new IssueImport(issue, imported, failures, warnings);
    }

    private static List<Path> expand(List<Path> paths, List<String> failures) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path, 3)) {
                    walk.filter(Files::isRegularFile).filter(IssueImporter::isPolicyFile).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    failures.add(path.getFileName() + ": the folder cannot be read (" + e.getMessage() + ")");
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isPolicyFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".docx"));
    }
}
