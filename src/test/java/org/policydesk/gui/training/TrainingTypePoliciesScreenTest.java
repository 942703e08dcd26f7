package org.policydesk.gui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.policydesk.gui.testing.AppUnderTest;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** The Training place in a real window: a type's policies are typed, shown, edited and start a new session. */
class TrainingTypePoliciesScreenTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private final FxRobot robot = app.robot();

    @Test
    void aTypeWithPoliciesStartsItsSessionsWithThemAndItsListCanBeEdited() throws Exception {
        Path store = dir.resolve("store");
        try (Workspace w = Workspaces.open(store)) { // the sample district brings 5:125
            w.policies().importText("6-235.txt", "6:235 Access to Electronic Networks\n\nText.\n");
        }
        app.start(store).showPlace("Training");

        robot.clickOn("#newTypeName").write("Annual policy awareness");
        robot.clickOn("#newTypePolicies").write("5:125");
        robot.clickOn("#addType");
        ListView<?> types = robot.lookup("#trainingTypes").queryListView();
        waitUntil(() -> types.getItems().stream()
                .anyMatch(t -> ((TrainingType) t).name().equals("Annual policy awareness")));
        TextField typePolicies = robot.lookup("#typePolicies").queryAs(TextField.class);
        TextField sessionPolicies = robot.lookup("#sessionPolicies").queryAs(TextField.class);
        waitUntil(() -> "5:125".equals(typePolicies.getText()));
        assertThat(sessionPolicies.getText()).isEqualTo("5:125");
        assertThat(robot.lookup("#trainingTypes .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .filteredOn(c -> c.getText() != null && c.getText().startsWith("Annual policy awareness\n"))
                .singleElement().satisfies(c -> assertThat(c.getText()).endsWith("Covers 5:125"));

        // Edit the chosen type's list: the session form follows.
        robot.interact(() -> typePolicies.setText("5:125, 6:235"));
        robot.clickOn("#saveTypePolicies");
        waitUntil(() -> "5:125, 6:235".equals(sessionPolicies.getText()));
        waitUntil(() -> robot.lookup("#trainingTypes .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().anyMatch(c -> c.getText() != null && c.getText().startsWith("Annual policy awareness\n")
                        && c.getText().endsWith("Covers 5:125, 6:235")));

        DatePicker date = robot.lookup("#sessionDate").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(LocalDate.of(2025, 8, 20)));
        robot.clickOn("#addSession");
        javafx.scene.control.TableView<?> sessions = robot.lookup("#trainingSessions").queryTableView();
        waitUntil(() -> sessions.getItems().size() == 1);

        app.stop();
        try (Workspace w = Workspaces.open(store)) {
            List<PolicyNumber> both = List.of(PolicyNumber.parse("5:125"), PolicyNumber.parse("6:235"));
            assertThat(w.training().types()).filteredOn(t -> t.name().equals("Annual policy awareness"))
                    .singleElement().satisfies(t -> assertThat(t.policies()).isEqualTo(both));
            assertThat(w.training().sessions("Annual policy awareness")).singleElement()
                    .extracting(TrainingSession::policies).isEqualTo(both);
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        app.waitUntil(30, condition);
    }
}
