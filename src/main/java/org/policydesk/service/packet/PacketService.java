package org.policydesk.service.packet;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.policydesk.model.PacketEntry;
import org.policydesk.model.PacketRequest;
import org.policydesk.service.common.Progress;

/** Board-review packets: what goes in, and the PDF. All calls may block: never call on the FX thread. */
public interface PacketService {

    /** The PRESS issues that some policy's latest version belongs to, newest first. */
    List<Integer> pressIssues();

    /**
     * The policies a request names, in number order, with the change each makes and the action the memo
     * recommends.
     *
     * @throws PacketException when the request names nothing the store has
     */
    List<PacketEntry> plan(PacketRequest request);

    /**
     * The packet as PDF bytes; the same store content and request always give the same bytes.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} asks to cancel
     */
    byte[] build(PacketRequest request, Progress progress);

    /**
     * Builds the packet into a hidden temporary file beside {@code target} and moves it into place only
     * when it is complete; returns the page count.
     */
    int write(PacketRequest request, Path target, Progress progress) throws IOException;

    /**
     * Renders a built packet's pages for a preview, at {@code dpi}.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} asks to cancel
     */
    List<BufferedImage> renderPages(byte[] pdf, float dpi, Progress progress) throws IOException;

    /**
     * Shows the system print dialog and prints the packet; false when the user cancels the dialog.
     * Blocks until the dialog closes and the job is spooled.
     */
    boolean print(byte[] pdf, String jobName) throws IOException, PrinterException;
}
