package org.policydesk.gui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** The Staff screen's view model on a real store: the detected encoding is shown and can be overridden. */
class StaffViewModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private StaffViewModel vm;

    @BeforeEach
    void open() {
        workspace = Workspaces.open(dir.resolve("store"));
        vm = new StaffViewModel(workspace.rosters(), BackgroundTasks.sameThread());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aWindows1252ExportIsDetectedAndChoosingAnEncodingReadsItAgain() throws Exception {
        Path file = dir.resolve("hr-export.csv");
        Files.write(file, ("Employee ID,Employee Name,Position,Building,Hire Date\r\n"
                + "000501,\"Müller, José\",Teacher,0150,2019-08-15\r\n").getBytes(Charset.forName("windows-1252")));
        vm.filePathProperty().set(file.toString());
        vm.readFile();
        assertThat(vm.summaryProperty().get()).startsWith("hr-export.csv: CSV, windows-1252 (detected");
        assertThat(vm.columns().get(1).sample()).isEqualTo("Müller, José");

        vm.encodingChoiceProperty().set("UTF-8");
        vm.rereadInChosenEncoding();
        assertThat(vm.summaryProperty().get()).startsWith("hr-export.csv: CSV, UTF-8 (as chosen)");
        assertThat(vm.columns().get(1).sample()).as("wrong encoding: the accents show broken").isNotEqualTo(
                "Müller, José").startsWith("M");

        vm.encodingChoiceProperty().set("windows-1252");
        vm.rereadInChosenEncoding();
        assertThat(vm.summaryProperty().get()).startsWith("hr-export.csv: CSV, windows-1252 (as chosen)");
        assertThat(vm.columns().get(1).sample()).isEqualTo("Müller, José");
    }
}
