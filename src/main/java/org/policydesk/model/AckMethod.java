package org.policydesk.model;

/** How an acknowledgment was recorded. */
public enum AckMethod {
    PAPER, KIOSK, IMPORTED
}
