package org.policydesk.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link NewStoreFileTest}: says "opening", then opens (creates) a store and says "open". */
public final class CreateStoreChild {
    private CreateStoreChild() {
    }

    public static void main(String[] args) {
        // Load the classes first, so the parent's delays fall in the file work, not in class loading.
        Database.url(Path.of(args[0]), false);
        System.out.println("opening");
        System.out.flush();
        long start = System.nanoTime();
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("open " + (System.nanoTime() - start) / 1_000_000);
        }
    }
}
