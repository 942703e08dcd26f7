package org.policydesk.service.common;

/** Progress and cancellation of long work (a packet, a run of sheets), reported by the service doing it. */
public interface Progress {
    Progress NONE = new Progress() {
    };

    default void update(double fraction, String note) {
    }

    default boolean isCancelled() {
        return false;
    }
}
