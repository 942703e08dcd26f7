package org.policydesk.service.acknowledgment;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.policydesk.store.SettingsRepository;

/**
 * The kiosk's office password (it ends the kiosk): kept in the store's settings as a salted PBKDF2 hash, never
 * as text, so a copy of the store does not give it away.
 */
final class OfficePassword {

    static final String SETTING = "kiosk.office-password";

    private final SettingsRepository settings;
    private final SecureRandom random;

    OfficePassword(SettingsRepository settings, SecureRandom random) {
        this.settings = settings;
        this.random = random;
    }

    void set(char[] password) {
        if (password == null || password.length < 4) {
            throw new IllegalArgumentException("the office password needs at least 4 characters");
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        HexFormat hex = HexFormat.of();
        settings.put(SETTING, "pbkdf2-sha256:120000:" + hex.formatHex(salt) + ":"
                + hex.formatHex(pbkdf2(password, salt, 120_000)));
    }

    boolean check(char[] password) {
        Optional<String> kept = settings.get(SETTING);
        if (kept.isEmpty() || password == null) {
            return false;
        }
        String[] parts = kept.get().split(":");
        HexFormat hex = HexFormat.of();
        byte[] expected = hex.parseHex(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2(password, hex.parseHex(parts[2]), Integer.parseInt(parts[1])));
    }

    boolean isSet() {
        return settings.get(SETTING).isPresent();
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int rounds) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, rounds, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        }
    }
}
