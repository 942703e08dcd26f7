package org.policydesk.service.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.policydesk.service.common.InputFiles;
import org.policydesk.text.DocxReader;

/** Reads a policy text file, refusing what is not text and telling UTF-8 from Windows-1252. */
public final class PolicyFileReader {

    static final long MAX_BYTES = InputFiles.POLICY_TEXT_MAX_BYTES;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text; {@code windows1252} is true when the bytes were not valid UTF-8. */
    record DecodedText(String text, boolean windows1252) {
    }

    private final DocxReader docx = new DocxReader();

    DecodedText read(Path file) throws ImportException {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new ImportException(file, "the file is empty");
        }
        if (isDocx(file, bytes)) {
            return new DecodedText(readDocx(file, bytes), false);
        }
        String notText = notTextReason(bytes);
        if (notText != null) {
            throw new ImportException(file, notText);
        }
        DecodedText decoded = decode(bytes);
        if (decoded.text().replace("\uFEFF", "").isBlank()) {
            throw new ImportException(file, "the file holds only spaces and blank lines");
        }
        return decoded;
    }

    /** A Word document: named .docx, or any zip whose name does not say otherwise. */
    private static boolean isDocx(Path file, byte[] bytes) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || (startsWith(bytes, 'P', 'K', 3, 4) && !name.endsWith(".zip"));
    }

    private String readDocx(Path file, byte[] bytes) throws ImportException {
        try {
            String text = docx.read(new ByteArrayInputStream(bytes));
            if (text.isBlank()) {
                throw new ImportException(file, "the Word document holds no text");
            }
            return text;
        } catch (DocxReader.UnreadableDocxException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
    }

    private static byte[] readBytes(Path file) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException(file, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file, "is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, "is not a regular file");
        }
        try {
            checkSize(file, Files.size(file));
            byte[] bytes = Files.readAllBytes(file);
            checkSize(file, bytes.length); // it may have grown since
            return bytes;
        } catch (AccessDeniedException e) {
            throw new ImportException(file, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void checkSize(Path file, long size) throws ImportException {
        Optional<String> tooLarge = InputFiles.tooLarge(size, MAX_BYTES, "policy texts");
        if (tooLarge.isPresent()) {
            throw new ImportException(file, tooLarge.get());
        }
    }

    /** Why these bytes are not a plain text file, or null when they may be one. */
    private static String notTextReason(byte[] b) {
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "is a zip file, not a policy text or Word document";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "is a PDF, not plain text; copy its text into a .txt file and import that";
        }
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
            return "is UTF-16 text; save it as UTF-8 and import it again";
        }
        for (byte x : b) {
            if (x == 0) {
                return "looks like a binary file (it contains NUL bytes), not policy text";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Strict UTF-8 first; a UTF-8 BOM stays in the text as U+FEFF so that export gives the same bytes. */
    private static DecodedText decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new DecodedText(text, false);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, WINDOWS_1252), true);
        }
    }
}
