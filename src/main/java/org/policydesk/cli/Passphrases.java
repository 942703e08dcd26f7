package org.policydesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where the CLI gets a passphrase: the first line of a file, or the environment. Never a command-line argument. */
final class Passphrases {

    static final String VARIABLE = "POLICYDESK_PASSPHRASE";
    private static final long MAX_FILE_BYTES = 64 * 1024;

    private Passphrases() {
    }

    /** From {@code file} when given, else from the environment; null when neither gives one. */
    static char[] read(Path file, Map<String, String> env) {
        if (file != null) {
            return fromFile(file);
        }
        String value = env.get(VARIABLE);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    /** The first line of {@code file}, without its line ending; spaces inside and around it count. */
    static char[] fromFile(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CliFailure("the passphrase file " + file + " is too large to hold a passphrase");
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("").replace("\uFEFF", "");
            if (first.isEmpty()) {
                throw new CliFailure("the passphrase file " + file + " is empty; put the passphrase on its first line");
            }
            return first.toCharArray();
        } catch (IOException e) {
            throw new CliFailure("cannot read the passphrase file " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
