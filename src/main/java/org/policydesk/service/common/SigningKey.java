package org.policydesk.service.common;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where to find the key to sign with: a PKCS#12 file and its password; {@code visible} adds a signature block on
 * the last page.
 */
public record SigningKey(Path pkcs12, char[] password, boolean visible) {
    public SigningKey {
        Objects.requireNonNull(pkcs12);
        Objects.requireNonNull(password);
    }
}
