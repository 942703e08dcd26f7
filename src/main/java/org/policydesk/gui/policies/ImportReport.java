package org.policydesk.gui.policies;

import java.util.List;
import java.util.Optional;

import org.policydesk.model.ImportOutcome;
import org.policydesk.model.ParseWarning;

/** What one import of several files did, file by file, for the report dialog. */
public record ImportReport(List<Line> lines, int requested, boolean cancelled) {

    enum Result { IMPORTED, ALREADY_STORED, FAILED }

    /** One file: what happened, the policy it went to, and the parser's warnings. */
    record Line(String file, Result result, String policy, long policyId, int versionSeq, String error,
                List<String> warnings) {

        static Line of(ImportOutcome outcome) {
            String policy = outcome.document().policyNumber()
                    .map(n -> n + " " + nullToEmpty(outcome.document().title())).orElse("an unnumbered policy")
                    .strip();
            List<String> warnings = outcome.warnings().stream().map(ParseWarning::toString).toList();
            return new Line(outcome.source(), outcome.duplicate() ? Result.ALREADY_STORED : Result.IMPORTED,
                    policy, outcome.version().policyId(), outcome.version().seq(), null, warnings);
        }

        static Line failed(String file, String error) {
            return new Line(file, Result.FAILED, null, 0, 0, withoutFilePrefix(file, error), List.of());
        }

        /** The sentence shown under the file name. */
        String describe() {
            return switch (result) {
                case IMPORTED -> "Imported as version " + versionSeq + " of " + policy + ".";
                case ALREADY_STORED -> "Already stored as version " + versionSeq + " of " + policy + ".";
                case FAILED -> error;
            };
        }

        /** ImportException messages start with the file name, which the report already shows above. */
        private static String withoutFilePrefix(String file, String error) {
            String prefix = file + ": ";
            String text = error.startsWith(prefix) ? error.substring(prefix.length()) : error;
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        private static String nullToEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    public ImportReport {
        lines = List.copyOf(lines);
    }

    /** The policy to show after the import: the last one a file went into. */
    Optional<Long> lastPolicyId() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).result() != Result.FAILED) {
                return Optional.of(lines.get(i).policyId());
            }
        }
        return Optional.empty();
    }

    long count(Result result) {
        return lines.stream().filter(l -> l.result() == result).count();
    }

    /** One line for the status bar, such as "Imported 2 of 3 files; 1 could not be read." */
    String summary() {
        StringBuilder s = new StringBuilder();
        long imported = count(Result.IMPORTED);
        s.append("Imported ").append(imported).append(imported == 1 ? " new version" : " new versions");
        long same = count(Result.ALREADY_STORED);
        if (same > 0) {
            s.append(", ").append(same).append(" already stored");
        }
        long failed = count(Result.FAILED);
        if (failed > 0) {
            s.append(", ").append(failed).append(failed == 1 ? " file failed" : " files failed");
        }
        if (cancelled) {
            s.append("; cancelled after ").append(lines.size()).append(" of ").append(requested).append(" files");
        }
        return s.append('.').toString();
    }
}
