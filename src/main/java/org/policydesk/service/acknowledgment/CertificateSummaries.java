package org.policydesk.service.acknowledgment;

import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import org.policydesk.model.CertificateSummary;

/**
 * The one settings line noted for the district's certificate ("CN=…,O=…, valid from 2026-11-29 until 2031-11-29"),
 * written when it is made or imported and read back as a {@link CertificateSummary}. Stores from before decision 0082
 * noted only "…, valid until 2031-11-29"; those still read.
 */
public final class CertificateSummaries {

    private static final Pattern LINE =
            Pattern.compile("(.*), valid (?:from (\\d{4}-\\d{2}-\\d{2}) )?until (\\d{4}-\\d{2}-\\d{2})");

    private CertificateSummaries() {
    }

    static String line(X509Certificate cert) {
        return cert.getSubjectX500Principal().getName() + ", valid from " + utcDay(cert.getNotBefore())
                + " until " + utcDay(cert.getNotAfter());
    }

    /** The summary in a noted line, or empty when the line is not one. */
    static Optional<CertificateSummary> parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        X500Name subject;
        try {
            subject = new X500Name(BCStyle.INSTANCE, m.group(1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new CertificateSummary(value(subject, BCStyle.CN), value(subject, BCStyle.O),
                m.group(2) == null ? null : LocalDate.parse(m.group(2)), LocalDate.parse(m.group(3))));
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        // The plain text, not valueToString's escaped form ("District\, No. 7").
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }

    private static LocalDate utcDay(Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
