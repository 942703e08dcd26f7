package org.policydesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.policydesk.service.common.SigningKey;

/**
 * {@code --sign FILE.p12 --password-file FILE [--visible]}: the options of every command that writes a PDF which
 * may be signed. Add to a command with {@code @Mixin SigningOptions signing;}.
 */
final class SigningOptions {

    @Option(names = "--sign", paramLabel = "FILE.p12", description = "Sign the PDF with this PKCS#12 certificate.")
    Path pkcs12;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File holding the certificate password.")
    Path passwordFile;

    @Option(names = "--visible", description = "With --sign: show a signature block on the last page.")
    boolean visible;

    /** The key to sign with, or null when not signing; a half-given pair is a usage error. */
    SigningKey key() {
        if (pkcs12 == null) {
            if (passwordFile != null) {
                throw new CliFailure("--password-file goes with --sign FILE.p12");
            }
            return null;
        }
        if (passwordFile == null) {
            throw new CliFailure("--sign needs --password-file FILE holding the certificate password");
        }
        try {
            String pw = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            return new SigningKey(pkcs12, pw.toCharArray(), visible);
        } catch (IOException e) {
            throw new CliFailure("cannot read the password file " + passwordFile + ": " + e.getMessage());
        }
    }
}
