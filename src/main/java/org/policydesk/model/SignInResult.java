package org.policydesk.model;

import java.util.List;

/**
 * Reading a sign-in sheet for a training session.
 *
 * @param matched        staff the sheet names, found in the store
 * @param alreadyPresent of those, how many were marked before
 * @param recorded       how many were newly marked (0 when nothing was written)
 * @param problems       lines naming nobody known, or several people
 */
public record SignInResult(int rows, int matched, int alreadyPresent, int recorded, List<RowProblem> problems) {
    public SignInResult {
        problems = List.copyOf(problems);
    }
}
