package org.policydesk.service.common;

import java.nio.file.Path;
import java.util.Optional;

import org.policydesk.model.CertificateSummary;
import org.policydesk.model.SignatureCheck;

/**
 * Signs exported PDFs (sheets, acknowledgment forms, packets, roster reports) with the district's certificate,
 * and verifies signed PDFs. All calls may block: never call on the FX thread.
 */
public interface PdfSigningService {

    /** Signs PDF bytes (PAdES B-B); the input is not changed. */
    byte[] sign(byte[] pdf, SigningKey key) throws SigningException;

    /** Signs a PDF file in place: signed into a temporary file that replaces it, so no half-signed file is left. */
    void signFile(Path pdf, SigningKey key) throws SigningException;

    /** Checks a key can sign now: the password opens it, it holds a private key, its certificate is in date. */
    String describe(SigningKey key) throws SigningException;

    /** Creates a self-signed district certificate in a new PKCS#12 file and makes it the district's certificate. */
    Path createDistrictCertificate(String districtName, char[] password, int years) throws SigningException;

    /** Copies a PKCS#12 file into the store's folder (after checking the password) as the district's certificate. */
    Path importDistrictCertificate(Path pkcs12, char[] password) throws SigningException;

    /** The district's certificate file, once one is imported or created. */
    Optional<Path> districtCertificate();

    /**
     * Who the district's certificate is for and when it is valid, as noted when it was created or imported (reading
     * it again would need its password), or empty.
     */
    default Optional<CertificateSummary> districtCertificateSummary() {
        return Optional.empty();
    }

    /** Verifies a signed PDF; the version hash it carries is looked up in the store. */
    SignatureCheck verify(Path pdf) throws SigningException;

    /** Writes bytes to {@code target} through a temporary file in the same folder, moved into place. */
    static void writeAtomically(Path target, byte[] bytes) throws java.io.IOException {
        AtomicFileWriter.write(target, bytes, AtomicFileWriter.Overwrite.REPLACE);
    }
}
