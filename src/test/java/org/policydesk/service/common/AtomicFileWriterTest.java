package org.policydesk.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.service.admin.BackupSettings;
import org.policydesk.service.library.DefaultPolicyService;
import org.policydesk.service.library.ImportException;
import org.policydesk.service.library.PolicyService;
import org.policydesk.text.PressParser;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("packet.pdf"), "the old packet");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, AtomicFileWriter.Overwrite.REPLACE, out -> {
            out.write("half a new pa".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("the old packet");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void refuseKeepsAnExistingFileAndReplaceSwapsItWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("sheet.csv"), "old");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, "new".getBytes(), AtomicFileWriter.Overwrite.REFUSE))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        AtomicFileWriter.write(target, "new".getBytes(), AtomicFileWriter.Overwrite.REPLACE);
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aContentThatClosesItsWriterStillGetsForcedAndMoved() throws IOException {
        Path target = dir.resolve(BackupSettings.FILE);
        AtomicFileWriter.write(target, AtomicFileWriter.Overwrite.REFUSE, out -> {
            try (var w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
                w.write("backups.keep=3\n");
            }
        });
        assertThat(Files.readString(target)).isEqualTo("backups.keep=3\n");
        assertThat(BackupSettings.backupsToKeep(dir)).isEqualTo(3);
    }

    @Test
    void aTwoHundredMegabyteFileIsRefusedWithASentenceNotReadIntoMemory() throws IOException {
        Path huge = dir.resolve("all-policies.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: costs no disk
        }
        assertThat(InputFiles.tooLarge(huge, InputFiles.ROSTER_MAX_BYTES, "roster files"))
                .contains("is 200.0 MB; PolicyDesk imports roster files of up to 50 MB");
        try (var db = org.policydesk.store.Database.open(dir.resolve("store"))) {
            PolicyService service = new DefaultPolicyService(new org.policydesk.store.PolicyRepository(db),
                    new PressParser()::parse);
            assertThatThrownBy(() -> service.importFile(huge))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("all-policies.txt: is 200.0 MB; PolicyDesk imports policy texts of up to 20 MB");
        }
    }
}
