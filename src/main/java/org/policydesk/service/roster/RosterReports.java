package org.policydesk.service.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policydesk.model.CheckResult;
import org.policydesk.model.CheckRow;
import org.policydesk.model.CheckStatus;
import org.policydesk.model.CheckSubject;
import org.policydesk.pdf.RosterReport;
import org.policydesk.pdf.RosterReportWriter;
import org.policydesk.service.common.AtomicFileWriter;
import org.policydesk.service.common.PdfSigningService;
import org.policydesk.service.common.SettingsService;
import org.policydesk.service.common.SigningException;
import org.policydesk.service.common.SigningKey;
import org.policydesk.service.common.Workspace;

/**
 * Roster-check PDFs for principals, shared by {@code roster check --format pdf} and the Roster check screen:
 * the report is set, optionally signed with the district certificate, and written atomically, so the file
 * name only ever holds a whole (signed) report. Blocks: never call on the FX thread.
 */
public final class RosterReports {

    /** What was written. */
    public record Written(Path file, int pages, int rows, boolean signed) {
    }

    private final SettingsService settings;
    private final PdfSigningService signing;

    public RosterReports(SettingsService settings, PdfSigningService signing) {
        this.settings = settings;
        this.signing = signing;
    }

    public static RosterReports of(Workspace workspace) {
        return new RosterReports(workspace.settings(), workspace.signing());
    }

    /**
     * The check's parameters in words for the report's first page.
     *
     * @param position the position filter, or null/blank for all
     * @param listed   the statuses listed
     */
    public static List<String> parameters(CheckResult result, String position, Set<CheckStatus> listed) {
        List<String> lines = new ArrayList<>();
        String code = result.request().buildingCode();
        lines.add("Building: " + (code == null ? "all buildings" : result.tallies().stream()
                .filter(t -> t.buildingCode().equals(code)).map(t -> t.buildingName() + " (" + code + ")")
                .findFirst().orElse(code)));
        if (result.request().subject() instanceof CheckSubject.Policy) {
            lines.add("Grace period: " + result.request().graceDays() + " days for new hires");
        }
        lines.add("Positions: " + (position == null || position.isBlank() ? "all" : "containing \"" + position.strip()
                + "\""));
        List<String> names = new ArrayList<>();
        for (CheckStatus s : CheckStatus.values()) {
            if (listed.contains(s)) {
                names.add(s.label());
            }
        }
        lines.add("Listed: " + String.join(", ", names));
        return lines;
    }

    /** The report as it would be printed, without writing it. */
    public RosterReport report(CheckResult result, List<CheckRow> rows, List<String> parameters) {
        boolean training = result.request().subject() instanceof CheckSubject.Training;
        return new RosterReport(settings.districtName(), training, result.subjectLabel(), result.asOf(), parameters,
                result.tallies(), result.total(), rows);
    }

    /**
     * Writes the report as PDF/A-2u, signed when a key is given.
     *
     * @param overwrite REPLACE only after the user agreed (the CLI replaces, as every export there does)
     */
    public Written writePdf(CheckResult result, List<CheckRow> rows, List<String> parameters, Path out,
                            SigningKey key, AtomicFileWriter.Overwrite overwrite) throws RosterException, SigningException {
        if (key != null && signing == null) {
            throw new SigningException("This store cannot sign PDFs.");
        }
        RosterReport report = report(result, rows, parameters);
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1 << 16);
        int pages;
        try {
            pages = new RosterReportWriter().write(report, buffer);
        } catch (IOException e) {
            throw new RosterException("Cannot set the roster report: " + e.getMessage(), e);
        }
        byte[] bytes = buffer.toByteArray();
        if (key != null) {
            bytes = signing.sign(bytes, key);
        }
        try {
            AtomicFileWriter.write(out, bytes, overwrite);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new RosterException(out + " already exists.", e);
        } catch (IOException e) {
            throw new RosterException("Cannot write " + out + ": " + e.getMessage(), e);
        }
        return new Written(out, pages, rows.size(), key != null);
    }

    /** The statuses a report lists by default: everyone who is not done. */
    public static Set<CheckStatus> notDone() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(CheckStatus.DONE));
    }
}
