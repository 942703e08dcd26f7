package org.policydesk.service.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.policydesk.store.DurableFiles;

/**
 * Writes a file so that its final name only ever holds a complete file: the bytes go to a hidden temporary
 * file in the same folder, are forced to disk, and the file is then moved into place in one step
 * ({@code ATOMIC_MOVE}, or a plain replace where the file system cannot do that) and the folder forced to disk
 * too, so the move survives a power cut ({@link DurableFiles}). A crash or a failed write
 * leaves at most a {@code .name.<uuid>.tmp} beside it. Every export goes through here.
 */
public final class AtomicFileWriter {

    /** What to do when the target exists. The app asks the user first and then passes REPLACE. */
    public enum Overwrite { REPLACE, REFUSE }

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * For a finished file written by other means beside {@code target} (a packet signed in its hidden file): forces
     * it to disk, moves it onto the target in one step and forces the folder.
     */
    public static void moveIntoPlace(Path finished, Path target) throws IOException {
        DurableFiles.moveIntoPlace(finished, target.toAbsolutePath().normalize());
    }

    public static void write(Path target, byte[] bytes, Overwrite overwrite) throws IOException {
        write(target, overwrite, out -> out.write(bytes));
    }

    /**
     * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is REFUSE
     * @throws IOException                when the folder is missing, the target is a folder, or writing fails
     */
    public static void write(Path target, Overwrite overwrite, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        if (overwrite == Overwrite.REFUSE && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        // Not Files.createTempFile: that makes the file owner-only, and the move would keep those rights.
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush(); // the content may close its writer; the channel stays open to be forced
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (overwrite == Overwrite.REFUSE && Files.exists(absolute)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            DurableFiles.moveAndForceFolder(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
