package org.policydesk.pdf;

/** Progress and cancellation for a packet being built. */
public interface PacketMonitor {

    PacketMonitor NONE = new PacketMonitor() {
    };

    /** Called with a fraction from 0 to 1 and a short note of what is being done. */
    default void progress(double fraction, String note) {
    }

    /** Polled often; when true, building stops with {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
