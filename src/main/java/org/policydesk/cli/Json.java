package org.policydesk.cli;

import java.util.List;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckResult;
import org.policydesk.model.CheckRow;
import org.policydesk.model.ImportOutcome;
import org.policydesk.model.LegalRef;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicySummary;

/** The JSON shapes the CLI prints; field names become snake_case ("legal_refs"). */
final class Json {

    static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .serializeNulls()
            .disableHtmlEscaping()
            .setPrettyPrinting()
            .create();

    private Json() {
    }

    /**
     * One imported file.
     *
     * @param status        the document's own status line ("Draft Update"), or null
     * @param versionStatus where the stored version stands (DRAFT, ADOPTED…)
     */
    record Imported(String file, String number, String title, String section, String status, int version,
                    String versionStatus, boolean duplicate, List<String> legalRefs, List<CrossRef> crossRefs,
                    List<History> history, List<Comment> pressplus, List<String> warnings) {

        static Imported of(String file, ImportOutcome outcome) {
            PolicyDocument d = outcome.document();
            return new Imported(file, d.number() == null ? null : d.number().toString(), d.title(), d.section(),
                    d.statusLabel(), outcome.version().seq(), outcome.version().status().name(),
                    outcome.duplicate(),
                    d.legalRefs().stream().map(LegalRef::text).toList(),
                    d.crossRefs().stream().map(r -> new CrossRef(r.number().toString(), r.title())).toList(),
                    d.history().stream().map(h -> new History(h.kind().key(), h.date().toIso())).toList(),
                    d.comments().stream().map(c -> new Comment(c.n(), c.text(), c.issue(),
                            c.issued() == null ? null : c.issued().toString())).toList(),
                    outcome.warnings().stream().map(ParseWarning::toString).toList());
        }
    }

    /**
     * One policy stored by {@code import}: today's fields, where in the file it came from, and how sure the
     * recogniser was of its number, title and section (0–1).
     */
    record ImportedPolicy(String file, String number, String title, String section, String status, int version,
                          String versionStatus, boolean duplicate, boolean needsReview, Source source,
                          Confidence confidence, List<String> legalRefs, List<CrossRef> crossRefs,
                          List<History> history, List<Comment> pressplus, List<String> warnings) {

        static ImportedPolicy of(String file, org.policydesk.model.PolicyImport done) {
            Imported i = Imported.of(file, new ImportOutcome(file, done.document(), done.version(), done.duplicate()));
            org.policydesk.model.RecognisedPolicy r = done.recognised();
            Source source = r.source().hasPages() ? new Source(file, r.source().firstPage(), r.source().lastPage())
                    : new Source(file, null, null);
            return new ImportedPolicy(file, i.number(), i.title(), i.section(), i.status(), i.version(),
                    i.versionStatus(), i.duplicate(), done.version().needsReview(), source,
                    new Confidence(round(r.number().score()), round(r.title().score()), round(r.section().score())),
                    i.legalRefs(), i.crossRefs(), i.history(), i.pressplus(), i.warnings());
        }

        private static double round(double score) {
            return Math.round(score * 100) / 100.0;
        }
    }

    /** @param firstPage 1-based, null for a file without pages */
    record Source(String file, Integer firstPage, Integer lastPage) {
    }

    record Confidence(double number, double title, double section) {
    }

    record CrossRef(String number, String title) {
    }

    record History(String kind, String date) {
    }

    /** @param issued YYYY-MM */
    record Comment(int n, String text, Integer issue, String issued) {
    }

    /** One row of {@code list --json}. */
    record Listed(String number, String title, String section, String status, String versionStatus,
                  Integer pressIssue, int version, boolean needsReview) {

        static Listed of(PolicySummary s) {
            return new Listed(s.number() == null ? null : s.number().toString(), s.title(), s.section(),
                    s.statusLabel(), s.status().name(), s.pressIssue(), s.latestVersion(), s.needsReview());
        }
    }

    record RowError(long line, String reason) {
    }

    record Change(String employeeId, List<String> changes) {
    }

    /** {@code roster check --format json}. */
    record RosterCheck(String subject, String asOf, String building, int graceDays, List<Tally> buildings,
                       Tally total, List<Row> rows) {

        static RosterCheck of(CheckResult r, List<CheckRow> rows) {
            return new RosterCheck(r.subjectLabel(), r.asOf().toString(), r.request().buildingCode(),
                    r.request().graceDays(), r.tallies().stream().map(Tally::of).toList(), Tally.of(r.total()),
                    rows.stream().map(Row::of).toList());
        }
    }

    record Tally(String building, String name, int staff, int done, int inGrace, int missing, int overdue) {
        static Tally of(BuildingTally t) {
            return new Tally(t.buildingCode(), t.buildingName(), t.staff(), t.done(), t.inGrace(), t.missing(),
                    t.overdue());
        }
    }

    record Row(String building, String employeeId, String name, String position, String status, String lastDone,
               String lastDoneDate, boolean newHire, String hireDate, String dueBy, String missing) {
        static Row of(CheckRow r) {
            return new Row(r.buildingCode(), r.employeeNo(), r.name(), r.position(), r.status().name().toLowerCase(
                    java.util.Locale.ROOT), r.lastDone(), str(r.lastDoneDate()), r.newHire(), str(r.hireDate()),
                    str(r.dueBy()), r.missingWhat());
        }

        private static String str(Object o) {
            return o == null ? null : o.toString();
        }
    }
}
