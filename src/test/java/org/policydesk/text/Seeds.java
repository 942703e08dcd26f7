package org.policydesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test inputs on the test class path: the real PRESS seed and the hand-written layout variants. */
public final class Seeds {
    public static final String SEED = "/seeds/5-125-draft-update-issue-117.txt";

    private Seeds() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }
}
