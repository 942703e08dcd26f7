package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.policydesk.gui.staff.StaffView;
import org.policydesk.gui.testing.AppUnderTest;
import org.policydesk.gui.testing.FakePolicyService;
import org.policydesk.gui.testing.FakeWorkspace;
import org.policydesk.model.PolicySummary;
import org.policydesk.service.common.Workspaces;

/**
 * The start as the user sees it (decisions 0071, 0085): the first frame is the window's layout without controls,
 * the real window with its Policies place takes its place, the store opens behind it, and the other places are
 * built only when first shown.
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

    @Test
    void theFirstFrameIsTheWindowsLayoutWithoutControlsAndTheControlsTakeItsPlaceInTheRememberedWindow()
            throws Exception {
        app.rememberPlacement(new WindowState(40, 30, 1000, 700, false));
        CountDownLatch mayOpen = new CountDownLatch(1);
        Stage stage = app.start(() -> {
            mayOpen.await(20, TimeUnit.SECONDS);
            return new FakeWorkspace(Path.of("data"), FakePolicyService.withSamples(), false);
        }).stage();

        List<Parent> roots = app.rootsShown();
        assertThat(roots.get(0)).isInstanceOf(FirstFrame.class);
        assertThat(descendants(roots.get(0))).isNotEmpty()
                .noneMatch(n -> n instanceof Control || n instanceof Text);
        assertThat(stage.getScene().getRoot()).isInstanceOf(MainView.class);
        assertThat(List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
                .containsExactly(40.0, 30.0, 1000.0, 700.0);
        assertThat(stage.getScene().getFocusOwner()).as("what is typed first goes to the filter")
                .isSameAs(robot.lookup("#policyFilter").query());

        // The store is still opening: the list says so, and the reader does not yet ask to pick a policy.
        assertThat(robot.lookup((Label l) -> "Opening your policies…".equals(l.getText())).tryQuery()).isPresent();
        assertThat(robot.lookup((Label l) -> l.isVisible() && l.getText() != null
                && l.getText().startsWith("Select a policy")).tryQuery()).isEmpty();

        mayOpen.countDown();
        app.waitForPolicies();
        assertThat(robot.lookup((Label l) -> l.isVisible() && l.getText() != null
                && l.getText().startsWith("Select a policy")).tryQuery()).isPresent();
    }

    @Test
    void theFirstFramesBandsLieWhereTheRealWindowDrawsThem() throws Exception {
        app.rememberPlacement(new WindowState(20, 20, 1100, 720, false));
        Stage stage = app.start(() -> new FakeWorkspace(Path.of("data"), FakePolicyService.withSamples(), false))
                .stage();
        app.waitForPolicies();

        double width = stage.getScene().getWidth();
        assertThat(sceneBounds(".menu-bar").getHeight()).isEqualTo(FirstFrame.MENU_BAR_HEIGHT);
        assertThat(sceneBounds(".tab-header-area").getMinY()).isEqualTo(FirstFrame.MENU_BAR_HEIGHT);
        assertThat(sceneBounds(".tab-header-area").getHeight()).isEqualTo(FirstFrame.TAB_STRIP_HEIGHT);
        assertThat(sceneBounds(".status-bar").getHeight()).isEqualTo(FirstFrame.STATUS_BAR_HEIGHT);
        assertThat(sceneBounds(".sidebar").getWidth()).isCloseTo(FirstFrame.sidebarWidth(width),
                org.assertj.core.data.Offset.offset(1.0));
        Bounds filter = sceneBounds("#policyFilter");
        assertThat(List.of(filter.getMinX(), filter.getMinY(), filter.getHeight()))
                .containsExactly(12.0, FirstFrame.MENU_BAR_HEIGHT + FirstFrame.TAB_STRIP_HEIGHT + 12, 30.0);
    }

    @Test
    void whatIsTypedInTheFilterWhileTheStoreOpensFiltersTheListOnceItIsOpen() throws Exception {
        CountDownLatch mayOpen = new CountDownLatch(1);
        app.start(() -> {
            mayOpen.await(20, TimeUnit.SECONDS);
            return new FakeWorkspace(Path.of("data"), FakePolicyService.withSamples(), false);
        });

        robot.clickOn("#policyFilter").write("7:340");
        assertThat(robot.lookup((Label l) -> "Opening your policies…".equals(l.getText())).tryQuery())
                .as("still opening, whatever the filter says").isPresent();
        mayOpen.countDown();

        TableView<?> table = robot.lookup("#policyTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(((PolicySummary) table.getItems().get(0)).displayNumber()).isEqualTo("7:340");
        assertThat(robot.lookup("#policyFilter").queryAs(TextField.class).getText()).isEqualTo("7:340");
    }

    private Bounds sceneBounds(String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getLayoutBounds());
    }

    private static List<Node> descendants(Parent parent) {
        List<Node> all = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            all.add(child);
            if (child instanceof Parent p) {
                all.addAll(descendants(p));
            }
        }
        return all;
    }

    private static Tab tab(Navigation navigation, String title) {
        return navigation.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        // A new store loads the sample district first: slow on a busy build machine.
        app.waitUntil(90, condition);
    }
}
