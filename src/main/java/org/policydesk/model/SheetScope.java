package org.policydesk.model;

/** Who a printed acknowledgment sheet lists: a building's staff, a training session's attendees, or a hand-picked list. */
public enum SheetScope {
    BUILDING, SESSION, LIST
}
