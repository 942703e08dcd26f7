package org.policydesk.roster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

/**
 * Reads a roster file (CSV, TSV, semicolon- or pipe-separated text, or XLSX) into rows of cells with their
 * line numbers. Text is streamed, never held whole; files above {@link #MAX_BYTES} or with more than
 * {@link #MAX_ROWS} records are refused with a message rather than risking the heap.
 */
public final class RosterFileReader {

    /** A district roster of 20,000 staff is about 3 MB; a file ten times larger than any real roster is refused. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;
    /** The longest single field accepted (an unclosed quote can otherwise swallow the whole file). */
    static final int MAX_FIELD_CHARS = 1 << 20;

    private static final char[] SEPARATORS = {',', '\t', ';', '|'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 64 * 1024;

    /**
     * @param forcedEncoding    a charset name, or null to detect UTF-8 (with or without BOM), UTF-16 with BOM,
     *                          or Windows-1252
     * @param forcedSeparator   a separator, or null to detect it
     */
    public RawTable read(Path file, String forcedEncoding, Character forcedSeparator) throws RosterFileException {
        return read(file, forcedEncoding, forcedSeparator, Integer.MAX_VALUE);
    }

    /** As {@link #read(Path, String, Character)}, stopping quietly after {@code maxRows} rows: a sample to guess from. */
    public RawTable read(Path file, String forcedEncoding, Character forcedSeparator, int maxRows)
            throws RosterFileException {
        return read(file, forcedEncoding, forcedSeparator, maxRows, null);
    }

    /** As {@link #read(Path, String, Character, int)}, from the named sheet of a workbook (null: the first). */
    public RawTable read(Path file, String forcedEncoding, Character forcedSeparator, int maxRows, String sheet)
            throws RosterFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new RosterFileException(name + " does not exist.", e);
        } catch (IOException e) {
            throw new RosterFileException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new RosterFileException(String.format(Locale.ROOT,
                    "%s is %.0f MB; PolicyDesk reads roster files up to %d MB. A roster of 20,000 staff is about 3 MB:"
                            + " export only the staff columns, or split the file by building.",
                    name, size / 1048576.0, MAX_BYTES / 1048576));
        }
        if (size == 0) {
            throw new RosterFileException(name + " is empty.");
        }
        byte[] head = sniff(file);
        Kind kind = kindOf(head);
        switch (kind) {
            case XLSX:
                return new XlsxTableReader().read(file, name, maxRows, sheet);
            case XLS:
                throw new RosterFileException(name + " is an old Excel 97–2003 (.xls) workbook. Save it as .xlsx or as"
                        + " CSV and import that.");
            case PDF:
                throw new RosterFileException(name + " is a PDF document, not a table. Export the roster as CSV or XLSX.");
            case ZIP:
                throw new RosterFileException(name + " is a ZIP archive, not a roster table.");
            default:
                break;
        }
        Charset charset = forcedEncoding == null ? detectCharset(file, head, name) : charsetNamed(forcedEncoding);
        char separator = forcedSeparator == null ? detectSeparator(file, charset, name) : forcedSeparator;
        return new RawTable(name, formatName(separator), charset.name(), forcedEncoding == null, separator,
                readText(file, charset, separator, name, maxRows));
    }

    private enum Kind { TEXT, XLSX, XLS, PDF, ZIP }

    private static byte[] sniff(Path file) throws RosterFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new RosterFileException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Kind kindOf(byte[] head) {
        if (startsWith(head, 'P', 'K', 3, 4)) {
            String text = new String(head, StandardCharsets.ISO_8859_1);
            return text.contains("[Content_Types].xml") || text.contains("xl/") ? Kind.XLSX : Kind.ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Kind.XLS;
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return Kind.PDF;
        }
        return Kind.TEXT;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static Charset charsetNamed(String name) throws RosterFileException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new RosterFileException("\"" + name + "\" is not an encoding PolicyDesk knows; use UTF-8 or"
                    + " windows-1252.", e);
        }
    }

    /**
     * UTF-8 (a BOM or strict decoding of the whole file), UTF-16 with a BOM, else Windows-1252 when every byte
     * is defined there. Anything else is refused: guessing further would put wrong letters into names.
     */
    private static Charset detectCharset(Path file, byte[] head, String name) throws RosterFileException {
        if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                throw new RosterFileException(name + " is not a text table: it contains NUL bytes (a binary file, or"
                        + " UTF-16 text without a byte-order mark). Save it as CSV in UTF-8.");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (controls > head.length / 100 + 2) {
            throw new RosterFileException(name + " is not a text table: it looks like a binary file.");
        }
        if (decodesStrictly(file, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodesStrictly(file, WINDOWS_1252)) {
            return WINDOWS_1252;
        }
        throw new RosterFileException(name + " is in an encoding PolicyDesk cannot recognise (neither UTF-8 nor"
                + " Windows-1252). Save it as \"CSV UTF-8\" and import it again, or name the encoding.");
    }

    private static boolean decodesStrictly(Path file, Charset charset) throws RosterFileException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = stream.read(buf, 0, in.remaining())) > 0) {
                in.put(buf, 0, n);
                in.flip();
                CoderResult result = decoder.decode(in, out, false);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            return !decoder.flush(out).isError();
        } catch (IOException e) {
            throw new RosterFileException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Counts each candidate separator outside quotes on the first lines; the one whose count is the same,
     * and above zero, on most lines wins (ties: more fields).
     */
    private static char detectSeparator(Path file, Charset charset, String name) throws RosterFileException {
        List<String> lines = new ArrayList<>();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset)) {
            char[] buf = new char[SNIFF_BYTES];
            int n = 0;
            int read;
            while (n < buf.length && (read = reader.read(buf, n, buf.length - n)) > 0) {
                n += read;
            }
            String text = new String(buf, 0, n);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            for (String line : text.split("\r\n|\r|\n", -1)) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
                if (lines.size() == 50) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new RosterFileException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new RosterFileException(name + " holds no rows.");
        }
        char best = 0;
        int bestScore = 0;
        int bestFields = 0;
        for (char sep : SEPARATORS) {
            Map<Integer, Integer> countsByFields = new HashMap<>();
            for (String line : lines) {
                countsByFields.merge(countOutsideQuotes(line, sep), 1, Integer::sum);
            }
            for (Map.Entry<Integer, Integer> e : countsByFields.entrySet()) {
                int fields = e.getKey();
                int score = e.getValue();
                if (fields > 0 && (score > bestScore || score == bestScore && fields > bestFields)) {
                    best = sep;
                    bestScore = score;
                    bestFields = fields;
                }
            }
        }
        if (best == 0 || lines.size() > 1 && bestScore < 2) {
            throw new RosterFileException(name + " does not look like a table: no line has fields separated by"
                    + " commas, tabs, semicolons or pipes.");
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char sep) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static String formatName(char separator) {
        return switch (separator) {
            case ',' -> "CSV";
            case '\t' -> "TSV";
            case ';' -> "semicolon-separated";
            case '|' -> "pipe-separated";
            default -> "'" + separator + "'-separated";
        };
    }

    private static List<RawRow> readText(Path file, Charset charset, char separator, String name, int maxRows)
            throws RosterFileException {
        List<RawRow> rows = new ArrayList<>();
        RowHandler handler = new RowHandler(separator);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             CsvReader<RawRow> reader = CsvReader.builder()
                     .fieldSeparator(separator)
                     .quoteCharacter('"')
                     .skipEmptyLines(false)
                     .allowExtraFields(true)
                     .allowMissingFields(true)
                     .allowExtraCharsAfterClosingQuote(true)
                     .detectBomHeader(true)
                     .maxBufferSize(MAX_FIELD_CHARS)
                     .build(handler, in, charset)) {
            for (RawRow row : reader) {
                if (rows.size() == maxRows) {
                    break;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new RosterFileException(name + " has more than " + MAX_ROWS + " rows; PolicyDesk reads"
                            + " rosters up to that size. Split the file by building.");
                }
                rows.add(row);
            }
        } catch (CsvParseException e) {
            String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new RosterFileException(name + " cannot be read as a table: " + detail
                    + " (a quote that is never closed makes the rest of the file one field).", e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RosterFileException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** Builds {@link RawRow}s and notes quoted fields that run over line ends. */
    private static final class RowHandler extends AbstractBaseCsvCallbackHandler<RawRow> {
        private final char separator;
        private final List<String> cells = new ArrayList<>();
        private long start;
        private long lineBreaks;
        private boolean suspicious;

        RowHandler(char separator) {
            this.separator = separator;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            cells.clear();
            start = startingLineNumber;
            lineBreaks = 0;
            suspicious = false;
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            String value = new String(buf, offset, len);
            if (quoted) {
                long breaks = countBreaks(buf, offset, len);
                if (breaks > 0) {
                    lineBreaks += breaks;
                    // A real multi-line value (an address) rarely has separators after its line break;
                    // a quote left open swallows whole rows, which do.
                    int firstBreak = indexOfBreak(value);
                    if (value.indexOf(separator, firstBreak) >= 0) {
                        suspicious = true;
                    }
                    // A quote never closed runs to the end of the file and takes its final line break with it;
                    // that break ends the last line, it does not start another.
                    char last = buf[offset + len - 1];
                    if (suspicious && (last == '\n' || last == '\r')) {
                        lineBreaks--;
                    }
                }
            }
            cells.add(value);
        }

        @Override
        protected void handleEmpty() {
            cells.clear();
        }

        @Override
        protected RawRow buildRecord() {
            return new RawRow(start, start + lineBreaks, cells, suspicious);
        }

        private static long countBreaks(char[] buf, int offset, int len) {
            long n = 0;
            for (int i = offset; i < offset + len; i++) {
                char c = buf[i];
                if (c == '\n' || c == '\r' && (i + 1 >= offset + len || buf[i + 1] != '\n')) {
                    n++;
                }
            }
            return n;
        }

        private static int indexOfBreak(String s) {
            int n = s.indexOf('\n');
            int r = s.indexOf('\r');
            return n < 0 ? r : r < 0 ? n : Math.min(n, r);
        }
    }
}
