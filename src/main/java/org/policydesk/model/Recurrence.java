package org.policydesk.model;

/** How often a training must be taken. */
public enum Recurrence {
    /** Once every school year (July 1 – June 30). */
    SCHOOL_YEAR,
    /** Once every N years, counted from the last session attended. */
    EVERY_N_YEARS,
    /** Once, within N days of the hire date. */
    AT_HIRE
}
