package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.policydesk.model.PartialDate;
import org.policydesk.model.Run;
import org.policydesk.model.RunStyle;

/** The small readers behind the parser: dates, history lines, cross references and inline markup. */
class ReferencePartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            June 21, 2023        | 2023-06-21
            Jun. 21 2023         | 2023-06-21
            21 June 2023         | 2023-06-21
            6/21/2023            | 2023-06-21
            6/21/23              | 2023-06-21
            2023-06-21           | 2023-06-21
            September 2019       | 2019-09
            Sept. 2019           | 2019-09
            1998                 | 1998
            March 3rd, 2020      | 2020-03-03
            """)
    void readsDatesAtThePrecisionGiven(String text, String iso) {
        assertThat(DateParser.findAll(text)).extracting(PartialDate::toIso).containsExactly(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Adopted: June 21, 2023                              | adopted 2023-06-21
            Adopted 5/12/15; Amended: Oct. 18, 2021             | adopted 2015-05-12, amended 2021-10-18
            Revised: 2019, 2022                                 | revised 2019, revised 2022
            Approved by the Board on February 2, 2010           | adopted 2010-02-02
            **Adopted:** June 2019                              | adopted 2019-06
            """)
    void readsHistoryLines(String line, String expected) {
        String actual = HistoryLineParser.parse(line).orElseThrow().stream()
                .map(h -> h.kind().key() + " " + h.date().toIso()).reduce((a, b) -> a + ", " + b).orElse("");
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Adopted procedures are in the handbook.
            Amended rules apply to all staff.
            The Board adopted: nothing
            """)
    void sentencesThatStartWithAHistoryWordButHaveNoDateAreNotHistory(String line) {
        assertThat(HistoryLineParser.parse(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            5:120 (Employee Ethics; Code of Professional Conduct; and Conflict of Interest), 5:130 (X) | 5:120=Employee Ethics; Code of Professional Conduct; and Conflict of Interest / 5:130=X
            2:20, 2:30 and 2:40                                                                      | 2:20=null / 2:30=null / 2:40=null
            5.150 Personnel Records; 7.340 Student Records                                           | 5:150=Personnel Records / 7:340=Student Records
            6:235 (Access to Electronic Networks (Internet)), 7:20                                   | 6:235=Access to Electronic Networks (Internet) / 7:20=null
            7:180-AP1 (Prevention of Bullying)                                                       | 7:180-AP1=Prevention of Bullying
            3-40, 3-60, 5-20                                                                         | 3:40=null / 3:60=null / 5:20=null
            4-60 (Purchases and Contracts), 2-220                                                    | 4:60=Purchases and Contracts / 2:220=null
            """)
    void splitsCrossReferencesOnTheCommasBetweenEntriesOnly(String text, String expected) {
        CrossRefParser.Result result = CrossRefParser.parse(text);
        String actual = result.refs().stream().map(r -> r.number() + "=" + r.title())
                .reduce((a, b) -> a + " / " + b).orElse("");
        assertThat(actual).isEqualTo(expected);
        assertThat(result.leftovers()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            plain words                 | PLAIN:plain words
            a **bold** word             | PLAIN:a ,BOLD:bold,PLAIN: word
            an *italic* word            | PLAIN:an ,ITALIC:italic,PLAIN: word
            ***both***                  | BOLD_ITALIC:both
            **bold *and italic***       | BOLD:bold ,BOLD_ITALIC:and italic
            see [5 ILCS 140](#) now     | PLAIN:see ,LINK:5 ILCS 140,PLAIN: now
            devices PRESSPlus2 and more | PLAIN:devices ,MARKER:2,PLAIN: and more
            2 * 3 * 4 and **unclosed    | PLAIN:2 * 3 * 4 and **unclosed
            """)
    void splitsInlineMarkupIntoRuns(String text, String expected) {
        List<Run> runs = new InlineParser().parse(text);
        String actual = runs.stream().map(r -> r.style() + ":" + r.text()).reduce((a, b) -> a + "," + b).orElse("");
        assertThat(actual).isEqualTo(expected);
        assertThat(runs).filteredOn(r -> r.style() == RunStyle.MARKER).allMatch(r -> r.marker() > 0);
    }
}
