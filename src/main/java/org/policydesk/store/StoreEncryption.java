package org.policydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.model.BackupFile;

/** A store file's encryption ({@code CIPHER=AES}): telling whether it is encrypted, and changing its passphrase. */
public final class StoreEncryption {

    private static final Logger LOG = LoggerFactory.getLogger(StoreEncryption.class);
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private StoreEncryption() {
    }

    /** True when the store file in {@code dir} exists and is encrypted. */
    public static boolean isEncrypted(Path dir) {
        Path file = dir.resolve(Database.STORE_FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Changes the store's passphrase: {@code oldPassphrase} null encrypts an unencrypted store,
     * {@code newPassphrase} null removes encryption. The store must be closed everywhere. The store file is
     * converted as a copy and moved into place once it opens with the new passphrase; then every backup in
     * the backups folder is converted too, so none is left readable with the old passphrase or none.
     *
     * @return how many backups could not be converted (made with another passphrase, or damaged); they are left as they were
     */
    public static int changePassphrase(Path dataDir, char[] oldPassphrase, char[] newPassphrase) {
        Path dir = dataDir.toAbsolutePath().normalize();
        boolean encrypted = isEncrypted(dir);
        if (!Database.exists(dir)) {
            throw new StoreException("There is no PolicyDesk store at " + dir + " yet.", null);
        }
        if (encrypted && oldPassphrase == null) {
            throw new StoreException(StoreException.Kind.PASSPHRASE_NEEDED, "The PolicyDesk store at " + dir
                    + " is encrypted; give its current passphrase to change it.", null);
        }
        char[] old = encrypted ? oldPassphrase : null;
        // Opening once checks both that no one else has the store open and that the old passphrase is right.
        Database.checkOpens(dir, StoreOptions.defaults().withPassphrase(old), dir.resolve(Database.STORE_FILE));
        convert(dir.resolve(Database.STORE_FILE), old, newPassphrase, dir);
        int left = 0;
        for (BackupFile b : StoreBackups.backups(dir)) {
            Path staging = dir.resolve(".policydesk-rekey-" + UUID.randomUUID() + ".tmp");
            try {
                Files.createDirectories(staging);
                Path file = staging.resolve(Database.STORE_FILE);
                StoreBackups.extractStoreFile(b.file(), file);
                char[] from = isEncrypted(staging) ? old : null;
                convert(file, from, newPassphrase, staging);
                StoreBackups.zipStoreFile(file, b.file());
            } catch (IOException | StoreException e) {
                left++;
                LOG.warn("Backup {} was left with its old encryption", b.file(), e);
            } finally {
                StoreFiles.deleteTree(staging);
            }
        }
        LOG.info("Changed the passphrase of the store at {} ({} backups left as they were)", dir, left);
        return left;
    }

    /** Re-encrypts one store file: converted as a copy, checked, then moved over the original. */
    private static void convert(Path file, char[] from, char[] to, Path workDir) {
        Path staging = workDir.resolve(".policydesk-convert-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(staging);
            Path copy = staging.resolve(Database.STORE_FILE);
            Files.copy(file, copy);
            if (from != null || to != null) {
                ChangeFileEncryption.execute(staging.toString(), Database.FILE_NAME, "AES",
                        from == null ? null : FileKey.of(from), to == null ? null : FileKey.of(to), true);
            }
            Database.checkOpens(staging, StoreOptions.defaults().withPassphrase(to), file);
            StoreFiles.moveIntoPlace(copy, file);
        } catch (IOException | SQLException e) {
            throw new StoreException("Cannot change the encryption of " + file + ": " + e.getMessage(), e);
        } finally {
            StoreFiles.deleteTree(staging);
        }
    }
}
