package org.policydesk.model;

import java.time.LocalDate;

/**
 * One person in one building in a roster check.
 *
 * @param lastDone     the version they last acknowledged ("v2") or the training they last attended, or null
 * @param lastDoneDate when, or null
 * @param newHire      hired inside the window the check looks at (the grace period, the school year…)
 * @param dueBy        for a new hire: the end of the grace period; null otherwise
 * @param missingWhat  what is missing, in words ("needs re-acknowledgment of v3"); empty when done
 */
public record CheckRow(String buildingCode, String buildingName, String employeeNo, String name, String position, CheckStatus status,
                       String lastDone, LocalDate lastDoneDate, boolean newHire, LocalDate hireDate,
                       LocalDate dueBy, String missingWhat) {
}
