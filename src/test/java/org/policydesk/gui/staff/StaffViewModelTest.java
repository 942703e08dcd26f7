package org.policydesk.gui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
        assertThat(vm.summaryProperty().get()).contains("hr-export.csv: CSV, windows-1252 (detected");
        assertThat(vm.columns().get(1).sample()).isEqualTo("Müller, José");

        vm.encodingChoiceProperty().set("UTF-8");
        vm.rereadInChosenEncoding();
        assertThat(vm.summaryProperty().get()).contains("hr-export.csv: CSV, UTF-8 (as chosen)");
        assertThat(vm.columns().get(1).sample()).as("wrong encoding: the accents show broken").isNotEqualTo(
                "Müller, José").startsWith("M");

        vm.encodingChoiceProperty().set("windows-1252");
        vm.rereadInChosenEncoding();
        assertThat(vm.summaryProperty().get()).contains("hr-export.csv: CSV, windows-1252 (as chosen)");
        assertThat(vm.columns().get(1).sample()).isEqualTo("Müller, José");
    }

    @Test
    void fullRosterStartsUntickedAndAnImportThatWouldMarkManyDepartedAsksNamingHowMany() throws Exception {
        assertThat(vm.fullRosterProperty().get()).isFalse();
        StringBuilder all = new StringBuilder("Employee ID,Last Name,First Name,Building\n");
        for (int i = 1; i <= 8; i++) {
            all.append(String.format("%04d,Person%c,Ann,0150%n", i, (char) ('A' + i)));
        }
        Path everyone = Files.writeString(dir.resolve("everyone.csv"), all, StandardCharsets.UTF_8);
        vm.filePathProperty().set(everyone.toString());
        vm.readFile();
        vm.previewImport();
        assertThat(vm.departureQuestion()).isNull();
        vm.confirmImport();

        Path teachers = Files.writeString(dir.resolve("teachers.csv"),
                "Employee ID,Last Name,First Name,Building\n0001,PersonB,Ann,0150\n0002,PersonC,Ann,0150\n",
                StandardCharsets.UTF_8);
        vm.filePathProperty().set(teachers.toString());
        vm.readFile();
        vm.previewImport();
        assertThat(vm.departureQuestion()).as("unticked: nobody departs").isNull();
        vm.fullRosterProperty().set(true);
        vm.previewImport();
        assertThat(vm.departureQuestion()).startsWith("This import would mark 6 people as departed");
    }

    @Test
    void aVendorFileIsRecognisedWithConfidencesItsPasswordsHiddenAndItsShapeKnownNextTime() throws Exception {
        Path clever = Files.writeString(dir.resolve("teachers.csv"), """
                School_id,Teacher_id,Teacher_number,State_teacher_id,Teacher_email,First_name,Middle_name,Last_name,Title,Username,Password
                0150,T1,1,IL1,a@example.org,Ann,,Hill,Teacher,ahill,Secret!1
                0150,T2,2,IL2,b@example.org,Bo,,Ford,Teacher,bford,Secret!2
                """, StandardCharsets.UTF_8);
        vm.filePathProperty().set(clever.toString());
        vm.readFile();

        assertThat(vm.summaryProperty().get()).contains("Recognised as Clever teachers.csv");
        assertThat(vm.columns().get(1).guess()).contains("%");
        assertThat(vm.columns().get(10).sample()).isEqualTo("(hidden)");
        assertThat(vm.columns().get(10).fieldProperty().get()).isNull();
        assertThat(vm.columns()).noneMatch(c -> c.sample().contains("Secret"));
        vm.previewImport();
        vm.confirmImport();

        vm.readFile();
        assertThat(vm.summaryProperty().get()).contains("imported before");
    }
}
