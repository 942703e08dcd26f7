package org.policydesk.bench;

/** Plain main for {@link EmptyWindowProbe}, since an Application subclass cannot start from the class path. */
public final class EmptyWindowLauncher {
    private EmptyWindowLauncher() {
    }

    public static void main(String[] args) {
        EmptyWindowProbe.main(args);
    }
}
