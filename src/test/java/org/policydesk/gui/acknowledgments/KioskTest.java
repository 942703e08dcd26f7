package org.policydesk.gui.acknowledgments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.policydesk.gui.testing.AppUnderTest;
import org.policydesk.model.AckMethod;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.acknowledgment.AcknowledgmentService;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** The kiosk on a real store, started from the Acknowledgments place and driven as a person in a training room would. */
class KioskTest {

    static final PolicyNumber P = AckStore.P;
    static final String OFFICE_PASSWORD = "office-42";

    @TempDir
    Path dir;
    Path store;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private final FxRobot robot = app.robot();

    @BeforeEach
    void storeWithStaffAnAdoptedPolicyAndAnOfficePassword() throws Exception {
        store = AckStore.newStore(dir);
        try (Workspace w = Workspaces.open(store)) {
            w.acknowledgments().setOfficePassword(OFFICE_PASSWORD.toCharArray());
        }
    }

    @Test
    void findYourNameScrollToTheEndSignAndConfirmStoresAKioskAcknowledgmentWithSignatureAndTextHash() throws Exception {
        Stage kiosk = startKiosk();
        assertThat(kiosk.isFullScreen()).isTrue();

        robot.clickOn("#kioskName").write("Lee");
        ListView<?> matches = robot.lookup("#kioskMatches").queryListView();
        waitUntil(() -> matches.getItems().size() == 2);
        robot.clickOn("Ann Lee — Teacher");

        Button sign = robot.lookup("#kioskToSign").queryButton();
        waitUntil(() -> robot.lookup("#kioskReading").tryQuery().isPresent());
        javafx.scene.control.ScrollPane reading = robot.lookup("#kioskReading").queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(sign.isDisabled()).as("signing waits until the text was scrolled to its end; content "
                + reading.getContent().getBoundsInLocal().getHeight() + " viewport " + reading.getViewportBounds()
                + " v " + reading.getVvalue()).isTrue();
        robot.moveTo("#kioskReading").scroll(5, VerticalDirection.DOWN);
        assertThat(sign.isDisabled()).as("part-way down is not the end").isTrue();
        // Down to the end by the scroll bar, as a reader with a mouse would.
        Node thumb = reading.lookup(".scroll-bar:vertical .thumb");
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(0, 700).release(MouseButton.PRIMARY);
        waitUntil(() -> !sign.isDisabled());
        robot.clickOn(sign);

        Button confirm = robot.lookup("#kioskConfirm").queryButton();
        assertThat(confirm.isDisabled()).as("nothing signed yet").isTrue();
        Node pad = robot.lookup("#signaturePad").query();
        robot.moveTo(pad).moveBy(-200, 20).press(MouseButton.PRIMARY).moveBy(60, -40).moveBy(60, 50).moveBy(80, -30)
                .moveBy(90, 20).release(MouseButton.PRIMARY);
        waitUntil(() -> !confirm.isDisabled());
        robot.clickOn(confirm);
        waitUntil(() -> robot.lookup("#kioskThanks").tryQuery().isPresent());
        assertThat(robot.lookup("#kioskThanks").queryLabeled().getText()).isEqualTo("Thank you, Ann.");
        assertThat(kiosk.isShowing()).isTrue();
        leaveTheKiosk(kiosk);

        app.stop();
        try (Workspace w = Workspaces.open(store)) {
            AcknowledgmentService acks = w.acknowledgments();
            AcknowledgmentService.Kept kept = acks.latestAcknowledgment("000420", P).orElseThrow();
            assertThat(kept.method()).isEqualTo(AckMethod.KIOSK);
            assertThat(kept.hasSignature()).isTrue();
            assertThat(kept.textHash()).isEqualTo(acks.kioskText(P).contentHash());
            assertThat(acks.latestAcknowledgment("000421", P)).isEmpty();
            // The stored PNG must decode: the individual form embeds it as an image.
            Path form = dir.resolve("form.pdf");
            acks.writeIndividual("000420", P, form, null);
            try (PDDocument doc = Loader.loadPDF(form.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Signed on screen at a PolicyDesk kiosk");
            }
        }
    }

    @Test
    void escapeAndAWrongPasswordDoNotLeaveTheKioskTheOfficePasswordDoes() throws Exception {
        Stage kiosk = startKiosk();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.isShowing()).isTrue();
        assertThat(kiosk.isFullScreen()).isTrue();

        robot.clickOn("#kioskLeave");
        robot.clickOn("#kioskOfficePassword").write("guess");
        robot.clickOn("#kioskLeaveConfirm");
        waitUntil(() -> robot.lookup("That is not the office password.").tryQuery().isPresent());
        assertThat(kiosk.isShowing()).isTrue();

        robot.clickOn("#kioskOfficePassword").write(OFFICE_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> !kiosk.isShowing());
    }

    private void leaveTheKiosk(Stage kiosk) throws Exception {
        robot.clickOn("#kioskLeave");
        robot.clickOn("#kioskOfficePassword").write(OFFICE_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> !kiosk.isShowing());
    }

    private Stage startKiosk() throws Exception {
        app.start(store).showPlace("Acknowledgments");
        Button start = robot.lookup("#startKiosk").queryButton();
        waitUntil(() -> start.getText().equals("Start kiosk for 5:125…"));
        robot.clickOn(start);
        waitUntil(() -> AckStore.kioskStage() != null && robot.lookup("#kioskName").tryQuery().isPresent());
        return AckStore.kioskStage();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        app.waitUntil(30, condition);
    }
}
