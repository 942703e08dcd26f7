package org.policydesk.model;

import java.time.LocalDate;

/**
 * What recording a returned sheet did.
 *
 * @param recorded        acknowledgments written now
 * @param excluded        people unticked (did not sign)
 */
public record SheetReturn(String sheetId, PolicyNumber number, int versionSeq, LocalDate signedOn, int recorded,
                          int excluded) {
}
