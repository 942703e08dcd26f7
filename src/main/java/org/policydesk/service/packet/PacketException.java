package org.policydesk.service.packet;

/** A packet cannot be made as asked; the message is written for the user. */
public final class PacketException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PacketException(String message) {
        super(message);
    }
}
