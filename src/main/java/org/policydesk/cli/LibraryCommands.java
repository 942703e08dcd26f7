package org.policydesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.ImportOutcome;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.RedlineReport;
import org.policydesk.model.RedlineSegment;
import org.policydesk.model.ReferenceHit;
import org.policydesk.model.SearchHit;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.library.DraftAlreadyOpenException;
import org.policydesk.service.library.IssueImport;
import org.policydesk.service.library.LibraryService;
import org.policydesk.service.library.WorkflowException;

/** The policy library's commands: workflow, redline, references, search and PRESS issue import. */
final class LibraryCommands {

    private LibraryCommands() {
    }

    /** Every library command, each built when it is added. */
    static List<LazyCommand> commands(RootCommand root, CliContext context) {
        return List.of(LazyCommand.of(Status.class, () -> new Status().on(root, context)),
                LazyCommand.of(Adopt.class, () -> new Adopt().on(root, context)),
                LazyCommand.of(NewDraft.class, () -> new NewDraft().on(root, context)),
                LazyCommand.of(Discard.class, () -> new Discard().on(root, context)),
                LazyCommand.of(RedlineCommand.class, () -> new RedlineCommand().on(root, context)),
                LazyCommand.of(CheckRefs.class, () -> new CheckRefs().on(root, context)),
                LazyCommand.of(Cites.class, () -> new Cites().on(root, context)),
                LazyCommand.of(RefersTo.class, () -> new RefersTo().on(root, context)),
                LazyCommand.of(Search.class, () -> new Search().on(root, context)),
                LazyCommand.of(ImportIssue.class, () -> new ImportIssue().on(root, context)));
    }

    /** A command on the library; a refused step (a {@code WorkflowException}) is printed as one line. */
    abstract static class LibraryCommand extends StoreCommand {

        @Override
        public final Integer call() throws Exception {
            return withWorkspace(workspace -> run(workspace.library()));
        }

        abstract int run(LibraryService library);

        String describe(PolicyNumber number, PolicyVersion v) {
            return number + " version " + v.seq() + ": " + v.status().label();
        }
    }

    /** A command on one policy, named by its number. */
    abstract static class PolicyCommand extends LibraryCommand {
        @Parameters(index = "0", paramLabel = "NUMBER")
        String numberText;

        PolicyNumber number() {
            return policyNumber(numberText);
        }
    }

    /** A command on one of a policy's open drafts: the latest, or the one {@code --version} names. */
    abstract static class DraftCommand extends PolicyCommand {
        @Option(names = "--version", paramLabel = "N", description = "Version number (default: the latest open draft).")
        Integer version;

        long draftId(LibraryService library, PolicyNumber number) {
            return library.resolve(number, version, true).id();
        }
    }

    @Command(name = "status", description = "Move a policy's open draft along: COMMITTEE, FIRST_READING, NOT_ADOPTED, HELD (or back to DRAFT).")
    static final class Status extends DraftCommand {
        @Option(names = "--to", required = true, paramLabel = "STATUS", description = "COMMITTEE, FIRST_READING, NOT_ADOPTED, HELD or DRAFT.")
        String to;

        @Override
        int run(LibraryService library) {
            VersionStatus status;
            try {
                status = VersionStatus.valueOf(to.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                throw new CliFailure("\"" + to + "\" is not a status (use COMMITTEE, FIRST_READING, NOT_ADOPTED, HELD or DRAFT)");
            }
            PolicyNumber n = number();
            PolicyVersion v = library.changeStatus(draftId(library, n), status);
            context.out.println(describe(n, v));
            return PolicyDeskCli.EXIT_OK;
        }
    }

    @Command(name = "adopt", description = "Record the board's adoption: stamps Adopted:/Amended: with the vote date and supersedes the old text.")
    static final class Adopt extends DraftCommand {
        @Option(names = "--date", required = true, paramLabel = "DATE", description = "The board's vote date, YYYY-MM-DD.")
        String date;
        @Option(names = "--outcome", paramLabel = "OUTCOME", defaultValue = "as-presented",
                description = "as-presented (default) or with-edits.")
        String outcome;
        @Option(names = "--editorial", description = "A footnote or editorial-only change.")
        boolean editorial;

        @Override
        int run(LibraryService library) {
            LocalDate vote = CliDates.parse(date);
            AdoptionOutcome how = switch (outcome.strip().toLowerCase(Locale.ROOT)) {
                case "as-presented", "as_presented" -> AdoptionOutcome.AS_PRESENTED;
                case "with-edits", "with_edits" -> AdoptionOutcome.WITH_EDITS;
                default -> throw new CliFailure("\"" + outcome + "\" is not an outcome (use as-presented or with-edits)");
            };
            PolicyNumber n = number();
            PolicyVersion v = library.adopt(draftId(library, n), vote, how, editorial);
            context.out.println(describe(n, v) + " on " + vote + " (" + how.label().toLowerCase(Locale.ROOT)
                    + (editorial ? ", editorial change" : "") + ")");
            return PolicyDeskCli.EXIT_OK;
        }
    }

    @Command(name = "new-draft", description = "Start a new draft from the policy's adopted text.")
    static final class NewDraft extends PolicyCommand {

        @Override
        int run(LibraryService library) {
            PolicyNumber n = number();
            PolicyVersion v;
            try {
                v = library.newDraft(library.resolve(n, null, false).policyId());
            } catch (DraftAlreadyOpenException open) {
                int seq = open.openDraft().seq();
                throw new WorkflowException(open.getMessage() + " Read it with \"export " + n + " --version " + seq
                        + "\", move it with \"status " + n + " ...\", or set it aside with \"discard " + n + "\".");
            }
            context.out.println(describe(n, v));
            return PolicyDeskCli.EXIT_OK;
        }
    }

    @Command(name = "discard", description = "Set an open draft aside; it stays stored and viewable.")
    static final class Discard extends DraftCommand {

        @Override
        int run(LibraryService library) {
            PolicyNumber n = number();
            PolicyVersion v = library.discard(draftId(library, n));
            context.out.println(describe(n, v));
            return PolicyDeskCli.EXIT_OK;
        }
    }

    @Command(name = "redline", description = "Word-level comparison of two versions (default: latest draft against the adopted text).")
    static final class RedlineCommand extends PolicyCommand {
        @Option(names = "--from", paramLabel = "V", description = "The older version number.")
        Integer from;
        @Option(names = "--to", paramLabel = "V", description = "The newer version number.")
        Integer to;
        @Mixin
        JsonOption output;

        @Override
        int run(LibraryService library) {
            PolicyNumber n = number();
            RedlineReport r = library.redline(library.resolve(n, null, false).policyId(), from, to);
            if (output.json) {
                context.out.println(Json.GSON.toJson(LibraryJson.Redline.of(r)));
                return PolicyDeskCli.EXIT_OK;
            }
            context.out.println(n + " " + r.title() + ": version " + r.from().seq() + " (" + r.from().status().label()
                    + ") → version " + r.to().seq() + " (" + r.to().status().label() + ")");
            context.out.println("[-deleted-] {+inserted+}");
            context.out.println();
            StringBuilder s = new StringBuilder();
            for (RedlineSegment seg : r.segments()) {
                switch (seg.change()) {
                    case SAME -> s.append(seg.text());
                    case DELETED -> s.append("[-").append(seg.text()).append("-]");
                    case INSERTED -> s.append("{+").append(seg.text()).append("+}");
                }
            }
            context.out.println(s);
            if (!r.comments().isEmpty()) {
                context.out.println();
                r.comments().forEach(c -> context.out.println("PRESSPlus " + c.n() + ". " + c.text()));
            }
            return PolicyDeskCli.EXIT_OK;
        }
    }

    @Command(name = "check-refs", description = "List every CROSS REF that names a policy not in the store.")
    static final class CheckRefs extends LibraryCommand {
        @Mixin
        JsonOption output;

        @Override
        int run(LibraryService library) {
            List<ReferenceHit> broken = library.brokenCrossRefs();
            if (output.json) {
                context.out.println(Json.GSON.toJson(broken.stream().map(LibraryJson.Reference::of).toList()));
            } else if (broken.isEmpty()) {
                context.out.println("Every CROSS REF names a policy in the store.");
            } else {
                for (ReferenceHit h : broken) {
                    context.out.println(h.policy() + " v" + h.versionSeq() + ": CROSS REF " + h.named()
                            + (h.title() == null ? "" : " (" + h.title() + ")") + " is not in the store");
                }
            }
            return PolicyDeskCli.EXIT_OK;
        }
    }

    @Command(name = "cites", description = "Which policies' LEGAL REF names this citation, such as \"820 ILCS 55/10\".")
    static final class Cites extends LibraryCommand {
        @Parameters(arity = "1..*", paramLabel = "CITATION")
        List<String> citation;
        @Mixin
        JsonOption output;

        @Override
        int run(LibraryService library) {
            print(context, library.cites(String.join(" ", citation)), output.json, "No policy cites " + String.join(" ", citation) + ".");
            return PolicyDeskCli.EXIT_OK;
        }
    }

    @Command(name = "refers-to", description = "Which policies' CROSS REF names this policy.")
    static final class RefersTo extends PolicyCommand {
        @Mixin
        JsonOption output;

        @Override
        int run(LibraryService library) {
            PolicyNumber n = number();
            print(context, library.refersTo(n), output.json, "No policy refers to " + n + ".");
            return PolicyDeskCli.EXIT_OK;
        }
    }

    static void print(CliContext context, List<ReferenceHit> hits, boolean json, String none) {
        if (json) {
            context.out.println(Json.GSON.toJson(hits.stream().map(LibraryJson.Reference::of).toList()));
        } else if (hits.isEmpty()) {
            context.out.println(none);
        } else {
            for (ReferenceHit h : hits) {
                context.out.println(h.policy() + "  " + h.policyTitle() + "  (v" + h.versionSeq() + ", "
                        + h.status().label() + "): " + h.named());
            }
        }
    }

    @Command(name = "search", description = "Full-text search over the current texts; hits are marked with [[ ]].")
    static final class Search extends LibraryCommand {
        @Parameters(arity = "1..*", paramLabel = "WORDS")
        List<String> words;
        @Option(names = "--limit", defaultValue = "50", paramLabel = "N")
        int limit;
        @Mixin
        JsonOption output;

        @Override
        int run(LibraryService library) {
            List<SearchHit> hits = library.search(String.join(" ", words), limit);
            if (output.json) {
                context.out.println(Json.GSON.toJson(hits.stream().map(LibraryJson.Found::of).toList()));
                return PolicyDeskCli.EXIT_OK;
            }
            for (SearchHit h : hits) {
                StringBuilder s = new StringBuilder(h.snippet());
                for (int i = h.highlights().size() - 1; i >= 0; i--) {
                    SearchHit.Span span = h.highlights().get(i);
                    s.insert(span.end(), "]]").insert(span.start(), "[[");
                }
                context.out.println((h.number() == null ? "—" : h.number()) + "  " + h.title());
                context.out.println("    " + s);
            }
            if (hits.isEmpty()) {
                context.out.println("No policy holds every word of \"" + String.join(" ", words) + "\".");
            }
            return PolicyDeskCli.EXIT_OK;
        }
    }

    @Command(name = "import-issue", description = "Import a PRESS update issue (folders or files, .txt/.md/.docx): each policy becomes a draft tied to the issue.")
    static final class ImportIssue extends LibraryCommand {
        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<String> paths;
        @Option(names = "--issue", paramLabel = "N", description = "The issue number (default: read from each policy's PRESSPlus comments).")
        Integer issue;

        @Override
        int run(LibraryService library) {
            List<Path> files = new ArrayList<>();
            for (String p : paths) {
                try {
                    files.add(Path.of(p));
                } catch (InvalidPathException e) {
                    throw new CliFailure("\"" + p + "\" is not a valid file name");
                }
            }
            IssueImport result = library.importIssue(files, issue);
            for (ImportOutcome o : result.imported()) {
                String number = o.document().number() == null ? "an unnumbered text" : o.document().number().toString();
                context.out.println(o.source() + ": " + (o.duplicate() ? "already stored as " : "") + number
                        + " version " + o.version().seq() + ", " + o.version().status().label()
                        + (o.version().pressIssue() == null ? ", no issue number" : ", Issue " + o.version().pressIssue())
                        + (o.version().needsReview() ? ", needs review" : ""));
            }
            result.warnings().forEach(w -> context.err.println("policydesk: warning: " + w));
            result.failures().forEach(f -> context.err.println("policydesk: cannot import " + f));
            return result.failures().isEmpty() ? PolicyDeskCli.EXIT_OK : PolicyDeskCli.EXIT_FAILURE;
        }
    }
}
