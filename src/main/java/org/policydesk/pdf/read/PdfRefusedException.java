package org.policydesk.pdf.read;

/** A PDF that cannot be imported, with a message that names the file and says why. */
public final class PdfRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    PdfRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
