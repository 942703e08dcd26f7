package org.policydesk.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a new store file under a temporary name and puts it in place only once its schema is in (decision 0087).
 * A first start killed while H2 made the file used to leave an empty or half-made {@code policydesk.mv.db},
 * which every later start then called damaged, with no backup to restore.
 */
final class NewStoreFile {

    private static final Logger LOG = LoggerFactory.getLogger(NewStoreFile.class);
    static final String PREFIX = ".policydesk-new-";
    /** A partial file this old is left by a start that was killed; a younger one may be another start's. */
    static final Duration STALE = Duration.ofMinutes(10);

    private NewStoreFile() {
    }

    /**
     * Creates {@code target} in {@code dir} with every migration applied. When another PolicyDesk made the store
     * meanwhile, theirs stands and ours is dropped.
     */
    static void create(Path dir, Path target, boolean encrypted, String password) {
        removeStale(dir);
        String name = PREFIX + UUID.randomUUID();
        Path made = dir.resolve(name + Database.STORE_SUFFIX);
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.url(dir, name, encrypted), "sa", password);
        try {
            Database.flyway(pool).migrate();
        } finally {
            // H2 writes the whole file and closes it when the last connection is closed.
            pool.dispose();
        }
        try {
            DurableFiles.force(made);
            putInPlace(made, target);
            DurableFiles.forceFolder(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the PolicyDesk store at " + dir + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(made);
            } catch (IOException e) {
                LOG.debug("Cannot delete {}", made, e);
            }
        }
    }

    /** A hard link cannot replace a file that exists, so a store another start made first is never overwritten. */
    private static void putInPlace(Path made, Path target) throws IOException {
        try {
            Files.createLink(target, made);
        } catch (FileAlreadyExistsException e) {
            LOG.info("Another PolicyDesk created the store at {} first; using that one", target);
        } catch (UnsupportedOperationException | IOException e) {
            // File systems without hard links (FAT on a USB stick): a plain move, which does not replace either.
            if (!Files.exists(target)) {
                Files.move(made, target);
            }
        }
    }

    private static void removeStale(Path dir) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                    Files.deleteIfExists(f);
                    LOG.info("Removed {}, left by a first start that did not finish", f.getFileName());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot tidy {}", dir, e);
        }
    }
}
