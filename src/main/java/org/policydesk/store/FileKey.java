package org.policydesk.store;

import java.nio.CharBuffer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Turns the user's passphrase into H2's file password. H2 splits its password at the first space (file
 * password, then user password), so a passphrase such as "blue lake morning" cannot go to H2 as it is.
 * The passphrase is NFC-normalised (an accented letter typed two ways is one passphrase) and hashed;
 * H2 then salts and stretches that hex string itself.
 */
final class FileKey {
    private FileKey() {
    }

    static char[] of(char[] passphrase) {
        String normalised = Normalizer.normalize(CharBuffer.wrap(passphrase), Normalizer.Form.NFC);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(normalised);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return HexFormat.of().formatHex(digest).toCharArray();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** The JDBC password for an encrypted store: file password, a space, the (empty) user password. */
    static String jdbcPassword(char[] passphrase) {
        char[] key = of(passphrase);
        try {
            return new String(key) + " ";
        } finally {
            Arrays.fill(key, '\0');
        }
    }
}
