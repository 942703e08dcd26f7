package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.policydesk.gui.rostercheck.RosterCheckView;
import org.policydesk.gui.testing.AppUnderTest;
import org.policydesk.model.BuildingTally;
import org.policydesk.model.TrainingType;
import org.policydesk.roster.Fixtures;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.service.roster.RosterImportOptions;

/** The Staff and Roster check places on a real store: import with a saved mapping, run a check, export it. */
class RosterScreensTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private final FxRobot robot = app.robot();

    @Test
    void importWithASavedMappingThenCheck5_125AndExportTheExceptions() throws Exception {
        Path store = dir.resolve("store");
        Path roster = Files.writeString(dir.resolve("payroll.csv"), Fixtures.PAYROLL, StandardCharsets.UTF_8);
        Path lastYear = Files.writeString(dir.resolve("last-year.csv"), Fixtures.LAST_YEAR, StandardCharsets.UTF_8);
        try (Workspace w = Workspaces.open(store)) {
            var guessed = w.rosters().preview(lastYear, RosterImportOptions.guessed()).mapping();
            w.rosters().saveMapping(guessed.named("Payroll export"));
        }
        app.start(store);
        showPlace("Staff");
        TextField file = robot.lookup("#rosterFile").queryAs(TextField.class);
        robot.interact(() -> file.setText(roster.toString()));
        robot.clickOn("#readRoster");
        TableView<?> columns = robot.lookup("#columnTable").queryAs(TableView.class);
        waitUntil(() -> columns.getItems().size() == 8);
        @SuppressWarnings("unchecked")
        ComboBox<String> saved = robot.lookup("#savedMappings").queryAs(ComboBox.class);
        waitUntil(() -> saved.getItems().contains("Payroll export"));
        robot.interact(() -> saved.getSelectionModel().select("Payroll export"));
        waitUntil(() -> "Payroll export".equals(robot.lookup("#mappingName").queryAs(TextField.class).getText()));

        robot.clickOn("#previewRoster");
        Label summary = robot.lookup("#previewSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("11 rows"));
        assertThat(summary.getText()).isEqualTo("11 rows: 5 new, 0 changed, 0 unchanged, 0 departed, 1 duplicates,"
                + " 4 errors · 5 people in 2 buildings, 0 inactive");
        assertThat(robot.lookup("#previewNotes").queryListView().getItems()).contains(
                "Error, line 6: missing employee ID", "Duplicate: line 8 repeats line 2 (employee 000417); counted once");

        robot.clickOn("#acceptValid");
        robot.clickOn("#confirmImport");
        waitUntil(() -> summary.getText().startsWith("Imported"));
        assertThat(summary.getText()).isEqualTo("Imported payroll.csv: 5 new, 0 changed, 0 departed, 4 bad rows left out.");
        waitUntil(() -> robot.lookup("#staffTable").queryAs(TableView.class).getItems().size() == 5);

        showPlace("Roster check");
        DatePicker asOf = robot.lookup("#checkAsOf").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(LocalDate.of(2025, 10, 1)));
        robot.clickOn("#runCheck");
        @SuppressWarnings("unchecked")
        TableView<BuildingTally> tallies = robot.lookup("#tallyTable").queryAs(TableView.class);
        waitUntil(() -> tallies.getItems().size() == 3);
        assertThat(tallies.getItems()).containsExactly(
                new BuildingTally("0150", "0150", 3, 0, 0, 3, 0),
                new BuildingTally("0230", "0230", 3, 0, 1, 2, 0),
                new BuildingTally("ALL", "District", 5, 0, 1, 4, 0));
        assertThat(robot.lookup("#exceptionTable").queryAs(TableView.class).getItems()).hasSize(6);

        Path out = dir.resolve("check.csv");
        RosterCheckView view = robot.lookup((javafx.scene.Node n) -> n instanceof RosterCheckView)
                .queryAs(RosterCheckView.class);
        robot.interact(() -> view.setExportTarget(w -> out));
        robot.clickOn("#exportCsv");
        waitUntil(() -> Files.exists(out) && Files.readAllLines(out).size() == 7);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("Building,Building name,Employee ID,Name");
        assertThat(lines.get(1)).isEqualTo("0150,0150,000417,\"Nguyen, Thi B\",Teacher,missing,,,,2019-08-15,,"
                + "acknowledgment of v1");
        assertThat(lines.get(6)).isEqualTo("0230,0230,000419,\"Smith, Jane A\",Counselor,missing,,,,2021-08-20,,"
                + "acknowledgment of v1");

        Path pdf = dir.resolve("check.pdf");
        robot.interact(() -> view.setPdfTarget(w -> pdf));
        robot.clickOn("#exportPdf");
        waitUntil(() -> Files.exists(pdf));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            List<String> bookmarks = new java.util.ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> bookmarks.add(i.getTitle()));
            assertThat(bookmarks).containsExactly("Summary", "0150", "0230");
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(doc).replaceAll("\\s+", " ")).contains("0230").contains("Smith, Jane A")
                    .contains("Ross, Bo").doesNotContain("O'Brien");
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).contains("As of: October 1, 2025")
                    .contains("Listed: in grace period, missing, overdue");
        }
    }

    @Test
    void trainingPlaceRecordsASessionAndTheTickedAttendance() throws Exception {
        Path store = dir.resolve("store");
        Path lastYear = Files.writeString(dir.resolve("last-year.csv"), Fixtures.LAST_YEAR, StandardCharsets.UTF_8);
        try (Workspace w = Workspaces.open(store)) {
            w.rosters().apply(w.rosters().preview(lastYear, RosterImportOptions.guessed()), false);
        }
        app.start(store);
        showPlace("Training");

        robot.clickOn("#newTypeName").write("Bloodborne pathogens");
        @SuppressWarnings("unchecked")
        ComboBox<org.policydesk.model.Recurrence> recurrence = robot.lookup("#newRecurrence").queryAs(ComboBox.class);
        robot.interact(() -> recurrence.setValue(org.policydesk.model.Recurrence.EVERY_N_YEARS));
        robot.clickOn("#newRecurrenceValue").write("3");
        robot.clickOn("#addType");
        javafx.scene.control.ListView<?> types = robot.lookup("#trainingTypes").queryListView();
        waitUntil(() -> types.getItems().stream()
                .anyMatch(t -> ((TrainingType) t).name().equals("Bloodborne pathogens")));

        DatePicker date = robot.lookup("#sessionDate").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(LocalDate.of(2025, 9, 10)));
        @SuppressWarnings("unchecked")
        ComboBox<String> building = robot.lookup("#sessionBuilding").queryAs(ComboBox.class);
        robot.interact(() -> building.setValue("0150"));
        robot.clickOn("#sessionPresenter").write("DCFS trainer");
        robot.clickOn("#addSession");
        javafx.scene.control.ListView<?> attendees = robot.lookup("#attendeeList").queryListView();
        waitUntil(() -> attendees.getItems().size() == 4);

        robot.clickOn("#attendeeFilter").write("smith");
        waitUntil(() -> attendees.getItems().size() == 1);
        robot.clickOn(robot.lookup("#attendeeList .check-box").<javafx.scene.Node>query());
        robot.clickOn("#saveAttendance");
        Label summary = robot.lookup("#attendanceSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("1 of 4"));

        app.stop();
        try (Workspace w = Workspaces.open(store)) {
            var session = w.training().sessions("Bloodborne pathogens");
            assertThat(session).singleElement().satisfies(s -> {
                assertThat(s.heldOn()).isEqualTo(LocalDate.of(2025, 9, 10));
                assertThat(s.buildingCode()).isEqualTo("0150");
                assertThat(s.presenter()).isEqualTo("DCFS trainer");
            });
            assertThat(w.training().attendees(session.get(0).id()))
                    .extracting(org.policydesk.model.Employee::employeeNo).containsExactly("000419");
        }
    }

    private void showPlace(String title) throws Exception {
        app.showPlace(title);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        app.waitUntil(30, condition);
    }
}
