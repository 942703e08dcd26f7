package org.policydesk.service.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.policydesk.model.HistoryEntry;
import org.policydesk.model.HistoryKind;
import org.policydesk.model.PartialDate;
import org.policydesk.model.PressComment;
import org.policydesk.model.VersionStatus;
import org.policydesk.testing.Documents;

class ImportedStatusTest {

    @ParameterizedTest(name = "label \"{0}\", comments {1}, adoption date {2} -> {3}")
    @CsvSource(nullValues = "null", textBlock = """
            Draft Update,              false, true,  DRAFT
            DRAFT,                     true,  true,  DRAFT
            Adopted (sample),          false, false, ADOPTED
            Adopted,                   true,  true,  ADOPTED
            Not adopted,               false, true,  DRAFT
            First reading,             false, true,  DRAFT
            null,                      true,  true,  DRAFT
            null,                      false, true,  ADOPTED
            null,                      false, false, DRAFT
            '',                        false, true,  ADOPTED
            """)
    void importedTextStartsInTheStatusItsOwnWordsGiveIt(String label, boolean hasComments, boolean hasAdoption,
                                                        VersionStatus expected) {
        var comments = hasComments ? List.of(new PressComment(1, "c", 117, null)) : List.<PressComment>of();
        var history = hasAdoption
                ? List.of(new HistoryEntry(HistoryKind.ADOPTED, PartialDate.parseIso("2023-06-21")))
                : List.<HistoryEntry>of();
        var doc = Documents.full("text", label, "5:125", "t", List.of(), List.of(), history, comments, List.of());

        assertThat(ImportedStatus.of(doc)).isEqualTo(expected);
    }
}
