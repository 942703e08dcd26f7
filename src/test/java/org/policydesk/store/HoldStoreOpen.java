package org.policydesk.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link DatabaseTest}: opens a store, says so, and holds it until stdin closes. */
public final class HoldStoreOpen {
    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close our stdin
            }
        }
    }
}
