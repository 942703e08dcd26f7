package org.policydesk.pdf.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Page content streams of one document, compressed by one reused deflater. PDFBox compresses each page's
 * content with a new {@code Deflater} (and a fresh buffer for the unencoded bytes) when the stream is
 * closed; here the page is written uncompressed and deflated afterwards by one deflater per document, at
 * PDFBox's level, so the bytes are the same. Not thread-safe: one per document being written.
 */
public final class ContentCompressor implements AutoCloseable {

    /** PDFBox's own level (zlib's default, 6): level 1 was 10-15% faster but made packets 14% larger. */
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private byte[] out = new byte[64 * 1024];

    /** An uncompressed content stream for the page; call {@link #compress} once it is closed. */
    public PDPageContentStream open(PDDocument doc, PDPage page) throws IOException {
        return new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false);
    }

    /** Deflates the page's (closed) content stream in place. */
    public void compress(PDPage page) throws IOException {
        COSStream stream = page.getCOSObject().getCOSStream(COSName.CONTENTS);
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        int length = 0;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream o = stream.createRawOutputStream()) {
            o.write(out, 0, length);
        }
    }

    @Override
    public void close() {
        deflater.end();
    }
}
