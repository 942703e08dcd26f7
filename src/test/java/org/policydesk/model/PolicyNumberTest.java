package org.policydesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            5:125      | 5:125
            5.130      | 5:130
            2:010      | 2:10
            ' 7 : 20 ' | 7:20
            7:180-ap1  | 7:180-AP1
            6:235-E    | 6:235-E
            """)
    void normalisesTheNotationsDistrictsUse(String text, String normalised) {
        assertThat(PolicyNumber.parse(text)).hasToString(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "5:", "abc", "5:125 Title", "123:4"})
    void rejectsWhatIsNotAPolicyNumberWithTheInputInTheMessage(String text) {
        assertThat(PolicyNumber.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> PolicyNumber.parse(text)).hasMessageContaining("\"" + text + "\"");
    }

    @ParameterizedTest
    @CsvSource({"2:10,2:20", "5:20,5:100", "5:125,5:125-AP", "5:990,6:10"})
    void sortsByChapterThenNumberNotAsText(String lower, String higher) {
        assertThat(PolicyNumber.parse(lower)).isLessThan(PolicyNumber.parse(higher));
    }
}
