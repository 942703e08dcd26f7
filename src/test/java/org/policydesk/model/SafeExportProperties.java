package org.policydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** File names from data and CSV cells, for any text whatever. */
class SafeExportProperties {

    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "LPT1", "COM9", "LPT9");

    @Provide
    Arbitrary<String> nasty() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("/\\:*?\"<>|. \t\n\u0000\u202E=+-@CONULPT1").ofMaxLength(40),
                Arbitraries.of("CON", "con.txt", "..", ".", "../../etc/passwd", "LPT1", " nul ", "C:\\Windows",
                        "\u202Etxt.exe", "5:125 Staff Ethics", "", "   "));
    }

    @Property(tries = 3000)
    void aFileNameFromAnyTextIsSafeEverywhere(@ForAll("nasty") String data) {
        String name = SafeFileNames.of(data, "pdf");
        assertThat(name).endsWith(".pdf").hasSizeLessThanOrEqualTo(SafeFileNames.MAX_LENGTH);
        String stem = name.substring(0, name.length() - 4);
        assertThat(stem).isNotEmpty().doesNotStartWith(".").doesNotStartWith(" ").doesNotEndWith(".").doesNotEndWith(" ");
        assertThat(name).doesNotContainPattern("[/\\\\:*?\"<>|\\x00-\\x1F\\x7F\\u202E]");
        String device = stem.contains(".") ? stem.substring(0, stem.indexOf('.')) : stem;
        assertThat(RESERVED).doesNotContain(device.strip().toUpperCase(Locale.ROOT));
        assertThat(SafeFileNames.of(name.substring(0, name.length() - 4), "pdf")).isEqualTo(name);
    }

    @Example
    void aPolicyNumberAndTitleReadNaturally() {
        assertThat(SafeFileNames.of("5:125 Personal Technology / Social Media", "pdf"))
                .isEqualTo("5-125 Personal Technology - Social Media.pdf");
        assertThat(SafeFileNames.of("con", "csv")).isEqualTo("_con.csv");
        assertThat(SafeFileNames.of("../../x", "csv")).isEqualTo("-..-x.csv");
    }

    @Property(tries = 3000)
    void noCellStartsAFormulaAndNothingIsLost(@ForAll("nasty") String cell) {
        String safe = CsvCells.neutralise(cell);
        assertThat(safe).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                .doesNotStartWith("\t").doesNotStartWith("\r").doesNotStartWith("\uFF1D").doesNotStartWith("\uFF0B")
                .doesNotStartWith("\uFF0D").doesNotStartWith("\uFF20");
        assertThat(safe.equals(cell) || safe.equals("'" + cell)).isTrue();
    }

    @Example
    void formulasAreNeutralisedAndOtherTextIsLeftAlone() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://x\",\"click\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"click\")");
        assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralise("-1")).isEqualTo("'-1");
        assertThat(CsvCells.neutralise("\uFF1DSUM(A1)")).isEqualTo("'\uFF1DSUM(A1)");
        assertThat(CsvCells.neutralise("O'Brien, Pat")).isEqualTo("O'Brien, Pat");
        assertThat(CsvCells.neutralise(null)).isEmpty();
    }
}
