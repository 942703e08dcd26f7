package org.policydesk.service.acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.policydesk.model.CertificateSummary;

/** The line noted for the district certificate reads back as names and dates, in its old form too. */
class CertificateSummariesTest {

    @Test
    void theNotedLineGivesNameOrganisationAndBothDates() {
        assertThat(CertificateSummaries.parse("CN=Jane Doe,O=Prairie View CUSD 204,ST=Illinois,C=US, valid from "
                + "2026-11-29 until 2031-11-29")).contains(new CertificateSummary("Jane Doe", "Prairie View CUSD 204",
                LocalDate.of(2026, 11, 29), LocalDate.of(2031, 11, 29)));
    }

    @Test
    void aLineNotedBeforeValidFromWasKeptStillReadsAndCommasInANameSurvive() {
        assertThat(CertificateSummaries.parse("CN=Sample Community Unit School District\\, No. 7,O=Sample District,"
                + "L=Springfield,ST=Illinois,C=US, valid until 2036-11-26")).contains(new CertificateSummary(
                "Sample Community Unit School District, No. 7", "Sample District", null, LocalDate.of(2036, 11, 26)));
        assertThat(CertificateSummaries.parse("not a summary")).isEmpty();
    }
}
