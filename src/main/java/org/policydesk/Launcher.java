package org.policydesk;

/** Placeholder entry point; replaced once the GUI and CLI exist. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("PolicyDesk");
    }
}
