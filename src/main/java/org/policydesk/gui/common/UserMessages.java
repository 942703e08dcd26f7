package org.policydesk.gui.common;

import java.util.Set;

/** Turns failures into the one short sentence a user sees; details go to the log, never to the screen. */
public final class UserMessages {
    private static final int MAX_LENGTH = 200;

    static final String UNEXPECTED = "Something unexpected went wrong; try again, and if it happens again, "
            + "send the log (Open log) to whoever helps you.";
    public static final String STORE = "The policy store could not be read or written; close PolicyDesk, start it again, "
            + "and if that does not help, send the log (Open log) to whoever helps you.";
    static final String OUT_OF_MEMORY = "PolicyDesk ran out of memory; close other programs, start PolicyDesk again "
            + "and try once more.";

    /** Failures whose message is meant for a programmer, never a sentence for the user. */
    private static final Set<Class<? extends Throwable>> PROGRAMMING_ERRORS = Set.of(NullPointerException.class,
            ClassCastException.class, IndexOutOfBoundsException.class, ArrayIndexOutOfBoundsException.class,
            StringIndexOutOfBoundsException.class, ArithmeticException.class, ArrayStoreException.class,
            java.util.NoSuchElementException.class, java.util.ConcurrentModificationException.class);

    private UserMessages() {
    }

    public static String oneSentence(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return OUT_OF_MEMORY;
        }
        if (failure instanceof Error || failure != null && PROGRAMMING_ERRORS.contains(failure.getClass())) {
            return UNEXPECTED;
        }
        if (thrownInsideTheDatabase(failure)) {
            // H2's and jOOQ's own messages ("Connection pool has been disposed", SQL text) mean nothing to a user;
            // our store code wraps the failures it expects in sentences of its own.
            return STORE;
        }
        String text = failure == null ? null : failure.getMessage();
        if (text == null || text.isBlank()) {
            return "Something unexpected went wrong; the details are in the log.";
        }
        text = text.strip().lines().findFirst().orElse("");
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH - 1) + "…";
        }
        return text;
    }

    /** True when the failure comes straight from the database libraries (its first frame is theirs). */
    private static boolean thrownInsideTheDatabase(Throwable failure) {
        if (failure == null || failure.getStackTrace().length == 0) {
            return false;
        }
        if (isDatabaseCode(failure.getStackTrace()[0].getClassName())) {
            return true;
        }
        // By name: the gui layer does not depend on JDBC or jOOQ types (ArchitectureTest).
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (isDatabaseCode(type.getName()) || type.getName().startsWith("java.sql.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDatabaseCode(String className) {
        return className.startsWith("org.h2.") || className.startsWith("org.jooq");
    }
}
