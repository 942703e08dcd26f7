package org.policydesk.pdf;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;

/**
 * Checks the signatures of a PDF: who signed, when (the dictionary's /M), whether the signed byte ranges still
 * hash to what was signed and the CMS signature verifies, and whether the range covers the whole file. Also
 * finds the policy-version hash the document carries (document information, else the printed text).
 */
public final class PdfVerifier {

    private static final Pattern PRINTED_HASH = Pattern.compile("SHA-256:?\\s*([0-9a-f]{64})");

    /** One signature as found. */
    public record Found(String signer, Instant signingTime, boolean intact, boolean coversWholeFile, String subFilter,
                        String problem) {
    }

    /** All signatures, and the version hash the document carries (or null). */
    public record Report(List<Found> signatures, String versionHash) {
    }

    public Report verify(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Found> found = new ArrayList<>();
            for (PDSignature signature : doc.getSignatureDictionaries()) {
                found.add(check(signature, pdf));
            }
            return new Report(found, versionHash(doc));
        }
    }

    private static Found check(PDSignature signature, byte[] pdf) {
        Instant time = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        int[] range = signature.getByteRange();
        boolean whole = range != null && range.length == 4 && range[0] == 0
                && (long) range[2] + range[3] == pdf.length;
        String signer = signature.getName();
        try {
            byte[] contents = signature.getContents(pdf);
            ASN1Primitive object;
            // /Contents is zero-padded: read exactly one DER object so BouncyCastle does not reject the padding.
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                object = in.readObject();
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    ContentInfo.getInstance(object));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Found(signer, time, false, whole, signature.getSubFilter(),
                        "expected one signer, found " + signers.size());
            }
            SignerInformation info = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Selector<X509CertificateHolder> selector = (Selector<X509CertificateHolder>) (Selector<?>) info.getSID();
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(selector);
            if (certs.isEmpty()) {
                return new Found(signer, time, false, whole, signature.getSubFilter(),
                        "the signing certificate is not in the signature");
            }
            X509CertificateHolder cert = certs.iterator().next();
            signer = commonName(cert.getSubject());
            boolean ok = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            return new Found(signer, time, ok, whole, signature.getSubFilter(),
                    ok ? (whole ? null : "the file was changed after it was signed (bytes appended)")
                            : "the signed bytes were changed");
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.toLowerCase(Locale.ROOT).contains("digest")) {
                why = "the signed bytes were changed (" + why + ")";
            }
            return new Found(signer, time, false, whole, signature.getSubFilter(), why);
        }
    }

    private static String commonName(X500Name name) {
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    private static String versionHash(PDDocument doc) throws IOException {
        String kept = doc.getDocumentInformation().getCustomMetadataValue(AcknowledgmentSheetWriter.HASH_KEY);
        if (kept != null && kept.matches("[0-9a-f]{64}")) {
            return kept;
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setEndPage(Math.min(3, doc.getNumberOfPages()));
        Matcher m = PRINTED_HASH.matcher(stripper.getText(doc));
        return m.find() ? m.group(1) : null;
    }
}
