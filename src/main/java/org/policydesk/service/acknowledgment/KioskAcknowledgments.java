package org.policydesk.service.acknowledgment;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;

import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.acknowledgment.AcknowledgmentService.KioskText;
import org.policydesk.service.acknowledgment.AdoptedText.Current;
import org.policydesk.store.SheetRepository;
import org.policydesk.store.StaffRepository;

/** The kiosk's side of acknowledging: the text shown on screen, and a signature given for exactly that text. */
final class KioskAcknowledgments {

    private final AdoptedText adopted;
    private final SheetRepository sheets;
    private final StaffRepository staff;
    private final Clock clock;

    KioskAcknowledgments(AdoptedText adopted, SheetRepository sheets, StaffRepository staff, Clock clock) {
        this.adopted = adopted;
        this.sheets = sheets;
        this.staff = staff;
        this.clock = clock;
    }

    KioskText text(PolicyNumber number) throws AckException {
        Current c = adopted.current(number);
        String statement = sheets.statement(c.policy().id()).orElse(AdoptedText.defaultStatement(c));
        String text = String.join("\n\n", adopted.paragraphs(c.version().sourceText()));
        return new KioskText(c.version().id(), number, c.policy().title(), c.version().seq(), statement, text,
                c.version().contentHash());
    }

    void record(String employeeNo, KioskText shown, byte[] signaturePng) throws AckException {
        Employee e = staff.employee(employeeNo)
                .orElseThrow(() -> new AckException("There is no employee with the ID \"" + employeeNo + "\"."));
        if (signaturePng == null || signaturePng.length < 8) {
            throw new AckException("Sign in the box before confirming.");
        }
        Current c = adopted.current(shown.number());
        if (c.version().id() != shown.versionId()) {
            throw new AckException("Policy " + shown.number() + " changed while it was on screen; open it again.");
        }
        sheets.recordKiosk(e.id(), shown.versionId(), clock.instant(), signaturePng, sha256(signaturePng),
                shown.contentHash());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
