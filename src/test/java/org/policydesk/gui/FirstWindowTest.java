package org.policydesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.service.Workspaces;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start as the user sees it (decision 0071): the first frame is the real window with its Policies place, the
 * store opens behind it, and the other places are built only when first shown.
 */
class FirstWindowTest {

    @TempDir
    Path store;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private final FxRobot robot = app.robot();

    @Test
    void theWindowWithItsPoliciesPlaceShowsBeforeTheStoreOpensAndOtherPlacesAreBuiltWhenFirstShown() throws Exception {
        CountDownLatch mayOpen = new CountDownLatch(1);
        Stage stage = app.start(() -> {
            mayOpen.await(20, TimeUnit.SECONDS);
            return Workspaces.open(store);
        }).stage();
        WaitForAsyncUtils.waitForFxEvents();

        // Store not open yet: the real window, menus and the Policies place, its list saying so.
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getScene().getRoot()).isInstanceOf(MainView.class);
        assertThat(robot.lookup("#policyTable").tryQuery()).isPresent();
        assertThat(robot.lookup((MenuBar m) -> m.getMenus().size() == 3).tryQuery()).isPresent();
        assertThat(robot.lookup((Label l) -> "Opening your policies…".equals(l.getText())).tryQuery()).isPresent();
        Navigation navigation = robot.lookup("#navigation").queryAs(Navigation.class);
        assertThat(navigation.getTabs()).extracting(Tab::getText).containsExactly("Policies");

        mayOpen.countDown();
        waitUntil(() -> !robot.lookup("#policyTable").queryAs(TableView.class).getItems().isEmpty());
        assertThat(stage.getScene().getRoot()).isSameAs(navigation.getParent());
        assertThat(navigation.getTabs()).extracting(Tab::getText).contains("PRESS issues", "Staff", "Acknowledgments");

        // Places nobody opened have no content yet; the Staff place gets its content, and its history panel,
        // the first time it is shown.
        Tab staff = tab(navigation, "Staff");
        assertThat(staff.getContent()).isNull();
        assertThat(tab(navigation, "Acknowledgments").getContent()).isNull();
        robot.interact(() -> navigation.show("Staff"));
        assertThat(staff.getContent()).isInstanceOf(StaffView.class);
        assertThat(robot.lookup("#rosterFile").tryQuery()).isPresent();
        assertThat(robot.lookup("#employeeHistory").tryQuery()).isPresent();

        // Shown again, the same content: built once.
        var built = staff.getContent();
        robot.interact(() -> navigation.show("Policies"));
        robot.interact(() -> navigation.show("Staff"));
        assertThat(staff.getContent()).isSameAs(built);
    }

    private static Tab tab(Navigation navigation, String title) {
        return navigation.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        // A new store loads the sample district first: slow on a busy build machine.
        app.waitUntil(90, condition);
    }
}
