package org.policydesk.model;

import java.time.LocalDate;

/**
 * Who a certificate is for and when it may sign, as noted when the district's certificate was made or imported.
 *
 * @param commonName   the certificate's CN, or null when it names none
 * @param organisation its O, or null
 * @param validFrom    the first day it is valid (UTC), or null when only the end was noted (before decision 0082)
 * @param validUntil   the last day it is valid (UTC)
 */
public record CertificateSummary(String commonName, String organisation, LocalDate validFrom, LocalDate validUntil) {
}
