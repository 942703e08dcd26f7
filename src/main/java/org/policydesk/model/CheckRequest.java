package org.policydesk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A roster check: about what, as of which date, for which building (null: all).
 *
 * @param graceDays for a policy check: days a new hire has to acknowledge. Training types carry their own.
 */
public record CheckRequest(CheckSubject subject, LocalDate asOf, String buildingCode, int graceDays) {

    public static final int DEFAULT_GRACE_DAYS = 30;

    public CheckRequest {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(asOf);
        if (graceDays < 0) {
            throw new IllegalArgumentException("grace days are not negative");
        }
    }
}
