package org.policydesk.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PageMode;

import org.policydesk.pdf.layout.Anchor;
import org.policydesk.pdf.layout.ContentCompressor;
import org.policydesk.pdf.layout.FontFace;
import org.policydesk.pdf.layout.FontFiles;
import org.policydesk.pdf.layout.FontSet;
import org.policydesk.pdf.layout.Footnote;
import org.policydesk.pdf.layout.Group;
import org.policydesk.pdf.layout.LaidOutPage;
import org.policydesk.pdf.layout.PageBreaker;
import org.policydesk.pdf.layout.PageCanvas;
import org.policydesk.pdf.layout.PageFrame;
import org.policydesk.pdf.layout.Row;

/**
 * Writes a board-review packet as a PDF/A-2u file: cover, memo, contents, then each policy's redline and
 * clean draft, with running headers and footers, bookmarks and linked contents. The same packet always
 * gives the same bytes.
 */
public final class BoardPacketWriter {

    private static final String FOOTER = "DRAFT for board review";

    private final FontFiles fontFiles;
    private final PageFrame frame = PageFrame.letter();

    public BoardPacketWriter() {
        this(FontFiles.shipped());
    }

    public BoardPacketWriter(FontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    /** Writes the packet to {@code out} and returns its page count. */
    public int write(BoardPacket packet, OutputStream out, PacketMonitor monitor) throws IOException {
        try (PDDocument doc = new PDDocument(); FontSet fonts = new FontSet(doc, fontFiles);
             ContentCompressor compressor = new ContentCompressor()) {
            Typeset type = new Typeset(fonts, frame.columnWidth());
            List<Group> groups = compose(packet, type, monitor);
            check(monitor);
            monitor.progress(0.45, "Breaking pages");
            List<LaidOutPage> pages = new PageBreaker(frame.bodyHeight()).paginate(groups, monitor::cancelled);
            Map<String, Integer> anchorPages = new HashMap<>();
            for (int p = 0; p < pages.size(); p++) {
                for (LaidOutPage.PlacedAnchor a : pages.get(p).anchors()) {
                    anchorPages.putIfAbsent(a.anchor().key(), p + 1);
                }
            }
            List<PDPage> pdPages = new ArrayList<>(pages.size());
            List<PageCanvas.Link> links = new ArrayList<>();
            List<Integer> linkPages = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if ((p & 7) == 0) {
                    check(monitor);
                    monitor.progress(0.5 + 0.4 * p / pages.size(), "Setting page " + (p + 1) + " of " + pages.size());
                }
                PDPage page = new PDPage(new PDRectangle(frame.width(), frame.height()));
                doc.addPage(page);
                pdPages.add(page);
                try (PDPageContentStream stream = compressor.open(doc, page)) {
                    PageCanvas canvas = new PageCanvas(stream, fonts, anchorPages);
                    drawPage(canvas, pages.get(p), p + 1, pages.size(), packet);
                    canvas.finish();
                    for (PageCanvas.Link link : canvas.links()) {
                        links.add(link);
                        linkPages.add(p);
                    }
                }
                compressor.compress(page);
            }
            addLinks(pdPages, pages, links, linkPages, anchorPages);
            addOutline(doc, pdPages, pages);
            PdfArchive.apply(doc, facts(packet));
            check(monitor);
            monitor.progress(0.92, "Saving");
            doc.save(out);
            monitor.progress(1.0, "Done");
            return pages.size();
        }
    }

    private static void check(PacketMonitor monitor) {
        if (monitor.cancelled()) {
            throw new CancellationException("packet cancelled");
        }
    }

    private List<Group> compose(BoardPacket packet, Typeset type, PacketMonitor monitor) {
        FrontMatter front = new FrontMatter(type, packet);
        List<Group> groups = new ArrayList<>(front.cover());
        groups.addAll(front.memo());
        groups.addAll(front.contents());
        int n = packet.policies().size();
        for (int i = 0; i < n; i++) {
            check(monitor);
            monitor.progress(0.4 * i / Math.max(1, n), "Setting policy " + packet.policies().get(i).number());
            groups.addAll(new PolicySection(type, packet.policies().get(i)).build());
        }
        return groups;
    }

    private void drawPage(PageCanvas canvas, LaidOutPage page, int number, int total, BoardPacket packet) {
        float top = frame.bodyTop();
        for (LaidOutPage.Placed placed : page.rows()) {
            placed.row().draw(canvas, frame.left(), top - placed.offset());
        }
        if (!page.notes().isEmpty()) {
            float notesHeight = 0;
            for (Footnote note : page.notes()) {
                notesHeight += note.height();
            }
            float y = frame.bottom() + notesHeight;
            canvas.rect(frame.left(), y + PageBreaker.NOTE_SEPARATOR * 0.5f, 120, 0.5f, 0x000000);
            if (page.notes().get(0).continued()) {
                canvas.text("(note continued from the previous page)", FontFace.ITALIC, 7.5f, Typeset.GRAY,
                        frame.left() + 126, y + PageBreaker.NOTE_SEPARATOR * 0.5f - 2);
            }
            for (Footnote note : page.notes()) {
                for (Row row : note.rows()) {
                    row.draw(canvas, frame.left(), y);
                    y -= row.height();
                }
            }
        }
        float headerY = frame.height() - frame.top() + 30;
        float footerY = frame.bottom() - 36;
        if (page.runningHeader() != null) {
            canvas.text(packet.districtName(), FontFace.REGULAR, 9, Typeset.GRAY, frame.left(), headerY);
            String right = page.runningHeader();
            float w = canvas.fonts().width(right, FontFace.BOLD, 9);
            canvas.text(right, FontFace.BOLD, 9, Typeset.GRAY, frame.width() - frame.right() - w, headerY);
            canvas.rect(frame.left(), headerY - 5, frame.columnWidth(), 0.4f, 0xA0A0A0);
        }
        canvas.rect(frame.left(), footerY + 12, frame.columnWidth(), 0.4f, 0xA0A0A0);
        canvas.text(FOOTER, FontFace.BOLD_ITALIC, 9, Typeset.GRAY, frame.left(), footerY);
        String pageText = "Page " + number + " of " + total;
        float w = canvas.fonts().width(pageText, FontFace.REGULAR, 9);
        canvas.text(pageText, FontFace.REGULAR, 9, Typeset.GRAY, frame.width() - frame.right() - w, footerY);
    }

    private PDPageXYZDestination destination(List<PDPage> pdPages, int pageIndex, float offset) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(pdPages.get(pageIndex));
        dest.setLeft((int) frame.left());
        dest.setTop(Math.round(frame.bodyTop() - offset + 6));
        return dest;
    }

    private void addLinks(List<PDPage> pdPages, List<LaidOutPage> pages, List<PageCanvas.Link> links,
                          List<Integer> linkPages, Map<String, Integer> anchorPages) throws IOException {
        Map<String, Float> offsets = new HashMap<>();
        for (LaidOutPage page : pages) {
            for (LaidOutPage.PlacedAnchor a : page.anchors()) {
                offsets.putIfAbsent(a.anchor().key(), a.offset());
            }
        }
        for (int i = 0; i < links.size(); i++) {
            PageCanvas.Link link = links.get(i);
            Integer target = anchorPages.get(link.anchorKey());
            if (target == null) {
                continue;
            }
            PDAnnotationLink annotation = new PDAnnotationLink();
            annotation.setRectangle(link.area());
            annotation.setDestination(destination(pdPages, target - 1, offsets.get(link.anchorKey())));
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            annotation.setBorderStyle(border);
            annotation.setPrinted(true);
            pdPages.get(linkPages.get(i)).getAnnotations().add(annotation);
        }
    }

    private void addOutline(PDDocument doc, List<PDPage> pdPages, List<LaidOutPage> pages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        Deque<PDOutlineItem> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (int p = 0; p < pages.size(); p++) {
            for (LaidOutPage.PlacedAnchor placed : pages.get(p).anchors()) {
                Anchor anchor = placed.anchor();
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(anchor.title());
                item.setDestination(destination(pdPages, p, placed.offset()));
                while (!levels.isEmpty() && levels.peek() >= anchor.level()) {
                    levels.pop();
                    parents.pop();
                }
                if (parents.isEmpty()) {
                    outline.addLast(item);
                } else {
                    parents.peek().addLast(item);
                }
                parents.push(item);
                levels.push(anchor.level());
            }
        }
        for (PDOutlineItem item : outline.children()) {
            item.closeNode();
        }
        outline.openNode();
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static PdfArchive.Facts facts(BoardPacket packet) {
        TreeSet<String> numbers = new TreeSet<>();
        packet.policies().forEach(p -> numbers.add(p.number()));
        String keywords = "board policy; " + (packet.issue() == null ? "" : "PRESS Issue " + packet.issue() + "; ")
                + packet.reading().label().toLowerCase(java.util.Locale.ROOT) + "; " + String.join(", ", numbers);
        String subject = "Board-review packet for the meeting of " + FrontMatter.date(packet.meeting());
        return new PdfArchive.Facts(packet.title(), subject, packet.districtName(), keywords,
                packet.meeting().atStartOfDay().toInstant(ZoneOffset.UTC), id(packet));
    }

    /** A document ID from the packet's content, so it repeats with the content and changes with it. */
    private static byte[] id(BoardPacket packet) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, packet.districtName());
            update(sha, packet.meeting().toString());
            update(sha, packet.reading().name());
            update(sha, packet.title());
            for (PacketPolicy p : packet.policies()) {
                update(sha, p.draft().sourceText());
                update(sha, p.adopted() == null ? "" : p.adopted().sourceText());
                update(sha, p.change().name() + p.action());
            }
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** As {@link #write}, into memory. */
    public byte[] toBytes(BoardPacket packet, PacketMonitor monitor) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);
        try {
            write(packet, out, monitor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
