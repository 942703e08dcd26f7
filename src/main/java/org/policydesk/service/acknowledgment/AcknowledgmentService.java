package org.policydesk.service.acknowledgment;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.policydesk.model.AckSheet;
import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.SheetRecord;
import org.policydesk.model.SheetReturn;
import org.policydesk.service.common.Progress;
import org.policydesk.service.common.SigningException;
import org.policydesk.service.common.SigningKey;

/**
 * Acknowledgments: statements, printed sheets, returned sheets, the kiosk and individual acknowledgment PDFs.
 * All calls may block: never call on the FX thread.
 */
public interface AcknowledgmentService {

    /** The statement staff sign for a policy: the policy's own, else the default wording for its current version. */
    String statement(PolicyNumber number) throws AckException;

    /** Sets a policy's statement; blank text goes back to the default wording. */
    void setStatement(PolicyNumber number, String text) throws AckException;

    /** The default wording for a policy's current adopted version. */
    String defaultStatement(PolicyNumber number) throws AckException;

    /** What a written sheet was. */
    record Written(AckSheet sheet, int pages, Path file, boolean signed) {
    }

    /**
     * Writes sheets (or forms) for the policy's current adopted version and records the sheet, so a returned sheet
     * can be recorded by its ID. With a key the PDF is signed; on any failure no file is left behind.
     */
    default Written writeSheets(SheetRequest request, Path out, SigningKey signWith)
            throws AckException, SigningException {
        return writeSheets(request, out, signWith, Progress.NONE);
    }

    /**
     * {@link #writeSheets(SheetRequest, Path, SigningKey)}, telling {@code progress} how far it is (the same
     * progress as a packet's: a fraction, a note, and cancel). Cancelled, it leaves no file and records no sheet.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} asks to cancel
     */
    Written writeSheets(SheetRequest request, Path out, SigningKey signWith, Progress progress)
            throws AckException, SigningException;

    /** A stored sheet by its ID or by the text of its QR code (as a scanner types it). */
    AckSheet sheet(String idOrCode) throws AckException;

    /**
     * Records a returned sheet: everyone on it except {@code exceptEmployeeNos} acknowledged on {@code signedOn},
     * method paper, with the sheet ID. A sheet already recorded is refused, saying when, by whom and who signed:
     * change it with {@link #correctSheet} or {@link #strike}. A QR code for a version other than the sheet's is
     * refused, as is an except-ID that is not on the sheet.
     */
    SheetReturn recordSheet(String idOrCode, Set<String> exceptEmployeeNos, LocalDate signedOn) throws AckException;

    /** The sheet as recorded (who signed, who did not, who was struck out, when and by whom), or empty. */
    java.util.Optional<SheetRecord> sheetRecord(String idOrCode) throws AckException;

    /**
     * A deliberate correction of a recorded sheet: people it shows as not signed did sign (on the recorded date).
     * The reason is required and goes into the audit trail.
     */
    SheetRecord correctSheet(String idOrCode, Set<String> nowSignedEmployeeNos, String reason) throws AckException;

    /**
     * Strikes out a wrong acknowledgment from a sheet, with a reason: it stays in the store and the audit trail,
     * shows as struck out, and no longer counts in roster checks.
     */
    SheetRecord strike(String idOrCode, String employeeNo, String reason) throws AckException;

    /** Staff whose name or ID contains the text, active first (the kiosk's name search). */
    List<Employee> findStaff(String text, int limit);

    /** The text a kiosk shows: the current adopted version of a policy. */
    record KioskText(long versionId, PolicyNumber number, String title, int versionSeq, String statement, String text,
                     String contentHash) {
    }

    KioskText kioskText(PolicyNumber number) throws AckException;

    /** Records a kiosk acknowledgment with the signature image (PNG), the time and the text hash. */
    void recordKiosk(String employeeNo, KioskText shown, byte[] signaturePng) throws AckException;

    /**
     * Writes one employee's acknowledgment form for the policy's current version, with their kiosk signature
     * when they gave one, optionally signed.
     */
    Written writeIndividual(String employeeNo, PolicyNumber number, Path out, SigningKey signWith)
            throws AckException, SigningException;

    /** Sets the office password that leaves kiosk mode (kept as a salted hash). */
    void setOfficePassword(char[] password);

    /** True when the password is the office password; false when none is set (set one before starting a kiosk). */
    boolean checkOfficePassword(char[] password);

    boolean hasOfficePassword();

    /** Policies with an adopted version, in number order: the ones staff can acknowledge. */
    List<PolicyNumber> acknowledgeablePolicies();

    /** An employee's latest acknowledgment of a policy's current adopted version, as the store keeps it. */
    record Kept(java.time.Instant at, org.policydesk.model.AckMethod method, String sheetId, boolean hasSignature,
                String textHash) {
    }

    java.util.Optional<Kept> latestAcknowledgment(String employeeNo, PolicyNumber number) throws AckException;
}
