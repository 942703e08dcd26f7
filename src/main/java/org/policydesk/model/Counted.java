package org.policydesk.model;

/** A count in words, one form for one and the plural otherwise: "1 page", "2 pages", "1 person", "3 people". */
public final class Counted {

    private Counted() {
    }

    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public static String pages(long n) {
        return of(n, "page", "pages");
    }

    public static String people(long n) {
        return of(n, "person", "people");
    }
}
