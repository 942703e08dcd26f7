package org.policydesk.testing;

/** Short PRESS-shaped texts for tests that need a real import, not a hand-built document. */
public final class PolicyTexts {

    /** An adopted Board policy, 2:110, with its "Adopted:" history line (the vote date, June 21, 2023). */
    public static final String ADOPTED_2_110 = """
            Document Status: Adopted

            School Board

            2:110 Qualifications, Term, and Duties of Board Officers

            The Board shall elect its officers at its organizational meeting.

            Adopted: June 21, 2023
            """;

    private PolicyTexts() {
    }
}
