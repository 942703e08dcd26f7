package org.policydesk.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.store.DurableFiles;

/**
 * Exports reach the disk before their final name does: the bytes are forced, then moved in one step, then the
 * folder is forced. What a test can see: the content is complete, no temporary file is left, a reader never finds
 * a part of the new file under the final name, and the folder can be forced where the system allows it.
 */
class DurableExportTest {

    @TempDir
    Path dir;

    @Test
    void aReaderOfTheFinalNameSeesTheOldFileOrTheWholeNewOneNeverAPart() throws Exception {
        byte[] old = filled(3 * 1024 * 1024, (byte) 'o');
        byte[] next = filled(8 * 1024 * 1024, (byte) 'n');
        Path target = Files.write(dir.resolve("packet.pdf"), old);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = new ArrayList<>();
        // At least one read even when a busy machine schedules the reader only after the write is done.
        Thread reader = new Thread(() -> {
            do {
                try {
                    byte[] now = Files.readAllBytes(target);
                    seen.add(Arrays.equals(now, old) ? "old" : Arrays.equals(now, next) ? "new" : "PART " + now.length);
                } catch (IOException e) {
                    seen.add("MISSING");
                }
            } while (writing.get());
        });
        reader.start();
        AtomicFileWriter.write(target, AtomicFileWriter.Overwrite.REPLACE, out -> {
            for (int i = 0; i < next.length; i += 64 * 1024) {
                out.write(next, i, 64 * 1024);
                out.flush();
            }
        });
        writing.set(false);
        reader.join();

        assertThat(seen).isNotEmpty().allMatch(s -> s.equals("old") || s.equals("new"));
        assertThat(Files.readAllBytes(target)).isEqualTo(next);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aFileWrittenElsewhereIsForcedAndMovedWholeOntoTheTarget() throws IOException {
        Path target = Files.writeString(dir.resolve("signed.pdf"), "an older packet");
        Path hidden = Files.write(dir.resolve(".signed.pdf.1234.unsigned"), filled(100_000, (byte) 's'));

        AtomicFileWriter.moveIntoPlace(hidden, target);

        assertThat(Files.readAllBytes(target)).isEqualTo(filled(100_000, (byte) 's'));
        assertThat(hidden).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theFolderOfAnExportCanBeForcedToDiskHere() {
        assertThat(DurableFiles.forceFolder(dir)).as("fsync of the folder after the move").isTrue();
    }

    @Test
    void aFolderThatCannotBeOpenedIsNotAFailureOfTheExport() {
        assertThat(DurableFiles.forceFolder(dir.resolve("gone"))).isFalse();
        assertThat(DurableFiles.forceFolder(null)).isFalse();
    }

    private static byte[] filled(int size, byte b) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, b);
        return bytes;
    }
}
