package org.policydesk.model;

import java.time.Instant;
import java.util.List;

/**
 * What verifying a signed PDF found.
 *
 * @param signatures     each signature in the file, in file order
 * @param versionHash    the policy-version hash the PDF carries, or null when it carries none
 * @param versionInStore the stored version with that hash ("5:125 v3"), or null when none matches
 */
public record SignatureCheck(String file, List<Signature> signatures, String versionHash, String versionInStore) {

    public SignatureCheck {
        signatures = List.copyOf(signatures);
    }

    /**
     * One signature.
     *
     * @param intact        the signed bytes hash to what the signature signed, and the CMS signature verifies
     * @param coversWholeFile the signed range runs to the end of the file (nothing was appended after signing)
     * @param problem       why it does not verify, in words, or null
     */
    public record Signature(String signer, Instant signingTime, boolean intact, boolean coversWholeFile,
                            String subFilter, String problem) {
    }

    /** Signed, every signature intact and covering the whole file. */
    public boolean valid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(s -> s.intact() && s.coversWholeFile());
    }
}
