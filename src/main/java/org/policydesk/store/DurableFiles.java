package org.policydesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Puts a finished file in place so that a kill or a power cut leaves either the old file or the whole new one
 * under the final name: the file's bytes reach the disk before the rename, and the rename (an entry of the folder)
 * reaches it after. Used by backups here and by {@code service.AtomicFileWriter} for every export.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /** Forces {@code temp} (complete and closed) to disk, moves it onto {@code target} in one step, forces the folder. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        force(temp);
        moveAndForceFolder(temp, target);
    }

    /** For a temporary file already forced to disk: the move in one step, then the folder forced. */
    public static void moveAndForceFolder(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    /** Forces a file's content and size to disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries to disk, so that a rename in it survives a power cut. Returns false where the
     * system cannot open a folder for that (Windows, whose NTFS journals a rename itself): the file is still whole.
     */
    public static boolean forceFolder(Path folder) {
        if (folder == null) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
