package org.policydesk.gui.packet;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.ServiceProgress;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.model.PacketRequest;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Reading;
import org.policydesk.service.common.AtomicFileWriter;
import org.policydesk.service.packet.PacketService;

/**
 * The board-packet screen: choose a PRESS issue or policies, the meeting date and the reading; build the
 * packet in the background (progress, Cancel), preview its pages rendered by PDFBox, save it.
 */
public final class PacketViewModel {

    /** Preview resolution: a Letter page is 612 × 792 points. */
    static final float PREVIEW_DPI = 60f;

    private final PacketService packets;
    private final BackgroundTasks tasks;
    private final ObservableList<Integer> issues = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> issue = new SimpleObjectProperty<>(this, "issue");
    private final BooleanProperty byIssue = new SimpleBooleanProperty(this, "byIssue", true);
    private final StringProperty policies = new SimpleStringProperty(this, "policies", "");
    private final ObjectProperty<LocalDate> meeting = new SimpleObjectProperty<>(this, "meeting");
    private final ObjectProperty<Reading> reading = new SimpleObjectProperty<>(this, "reading", Reading.FIRST);
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 0);
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(this, "building", false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private byte[] pdf;

    public PacketViewModel(PacketService packets, BackgroundTasks tasks, LocalDate today) {
        this.packets = packets;
        this.tasks = tasks;
        this.meeting.set(today);
    }

    /** Loads the PRESS issues to choose from; the newest is chosen. */
    public void load() {
        tasks.runQuietly(progress -> packets.pressIssues(), list -> {
            issues.setAll(list);
            if (issue.get() == null && !list.isEmpty()) {
                issue.set(list.get(0));
            }
            byIssue.set(!list.isEmpty());
        }, this::failed);
    }

    /** Builds the packet, then renders its pages for the preview. */
    public void build() {
        PacketRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        building.set(true);
        ready.set(false);
        message.set("");
        tasks.runCancellable("Building the board packet", progress -> {
            byte[] bytes = packets.build(request, ServiceProgress.of(progress));
            return new Built(bytes, render(bytes, progress));
        }, built -> {
            pdf = built.pdf();
            pages.setAll(built.pages());
            pageCount.set(built.pages().size());
            building.set(false);
            ready.set(true);
            message.set("Packet ready: " + org.policydesk.model.Counted.pages(built.pages().size()) + ".");
        }, failure -> {
            building.set(false);
            if (failure instanceof CancellationException) {
                message.set("Cancelled; no packet was made.");
            } else {
                failed(failure);
            }
        });
    }

    private record Built(byte[] pdf, List<Image> pages) {
    }

    /** The request the form describes. */
    PacketRequest request() {
        if (meeting.get() == null) {
            throw new IllegalArgumentException("Choose the meeting date.");
        }
        if (byIssue.get()) {
            if (issue.get() == null) {
                throw new IllegalArgumentException("Choose a PRESS issue.");
            }
            return PacketRequest.forIssue(issue.get(), meeting.get(), reading.get());
        }
        List<PolicyNumber> numbers = new ArrayList<>();
        for (String part : policies.get().split("[,;\\s]+")) {
            if (!part.isBlank()) {
                numbers.add(PolicyNumber.tryParse(part).orElseThrow(() -> new IllegalArgumentException(
                        "\"" + part + "\" is not a policy number (expected a form like 5:125).")));
            }
        }
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("Name the policies, such as 5:125, 6:235.");
        }
        return PacketRequest.forPolicies(numbers, meeting.get(), reading.get());
    }

    private List<Image> render(byte[] bytes, BackgroundTasks.Progress progress) throws IOException {
        List<Image> images = new ArrayList<>();
        for (BufferedImage page : packets.renderPages(bytes, PREVIEW_DPI, ServiceProgress.of(progress))) {
            images.add(toImage(page));
        }
        return images;
    }

    /** Opens the system print dialog off the FX thread and prints the built packet. */
    public void print() {
        byte[] bytes = pdf;
        if (bytes == null) {
            return;
        }
        tasks.run("Printing the board packet", progress -> packets.print(bytes, suggestedFileName()),
                printed -> message.set(printed ? "Sent the packet to the printer." : "Printing cancelled."),
                failure -> {
                    message.set("Could not print: " + UserMessages.oneSentence(failure));
                    tasks.showFailure(failure);
                });
    }

    /** BufferedImage to a JavaFX image without javafx-swing; safe off the FX thread. */
    static Image toImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage out = new WritableImage(w, h);
        PixelWriter writer = out.getPixelWriter();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            writer.setPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
        }
        return out;
    }

    /** Writes the built packet to a hidden file beside {@code target}, then moves it into place. */
    public void saveTo(Path target) {
        byte[] bytes = pdf;
        if (bytes == null) {
            return;
        }
        tasks.run("Saving " + target.getFileName(), progress -> {
            // The save dialog has asked before replacing a file.
            AtomicFileWriter.write(target, bytes, AtomicFileWriter.Overwrite.REPLACE);
            return target.toAbsolutePath();
        }, saved -> message.set("Saved " + saved + "."), this::failed);
    }

    /** The sentence here, beside the action, and in the status bar with "Open log". */
    private void failed(Throwable failure) {
        message.set(UserMessages.oneSentence(failure));
        tasks.showFailure(failure);
    }

    /** A file name for Save as…: "board-packet-2026-12-15.pdf". */
    public String suggestedFileName() {
        return "board-packet-" + (meeting.get() == null ? "" : meeting.get()) + ".pdf";
    }

    public ObservableList<Integer> issues() {
        return issues;
    }

    public ObjectProperty<Integer> issueProperty() {
        return issue;
    }

    public BooleanProperty byIssueProperty() {
        return byIssue;
    }

    public StringProperty policiesProperty() {
        return policies;
    }

    public ObjectProperty<LocalDate> meetingProperty() {
        return meeting;
    }

    public ObjectProperty<Reading> readingProperty() {
        return reading;
    }

    public ObservableList<Image> pages() {
        return pages;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
