package org.policydesk.service.acknowledgment;

import java.util.List;
import java.util.Objects;

import org.policydesk.model.PolicyNumber;
import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetScope;

/**
 * Which sheets to print: the current adopted version of a policy, for a building's staff, a session's attendees
 * or a list of employee IDs, as sign-in sheets or per-employee forms.
 */
public record SheetRequest(PolicyNumber number, SheetScope scope, String buildingCode, Long sessionId,
                           List<String> employeeNos, SheetLayout layout, int rowsPerPage) {

    public static final int DEFAULT_ROWS_PER_PAGE = 20;

    public SheetRequest {
        Objects.requireNonNull(number);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(layout);
        employeeNos = employeeNos == null ? List.of() : List.copyOf(employeeNos);
    }

    public static SheetRequest building(PolicyNumber number, String code) {
        return new SheetRequest(number, SheetScope.BUILDING, code, null, null, SheetLayout.SHEET, DEFAULT_ROWS_PER_PAGE);
    }

    public static SheetRequest session(PolicyNumber number, long sessionId) {
        return new SheetRequest(number, SheetScope.SESSION, null, sessionId, null, SheetLayout.SHEET,
                DEFAULT_ROWS_PER_PAGE);
    }

    public static SheetRequest list(PolicyNumber number, List<String> employeeNos) {
        return new SheetRequest(number, SheetScope.LIST, null, null, employeeNos, SheetLayout.SHEET,
                DEFAULT_ROWS_PER_PAGE);
    }

    public SheetRequest withLayout(SheetLayout newLayout) {
        return new SheetRequest(number, scope, buildingCode, sessionId, employeeNos, newLayout, rowsPerPage);
    }
}
