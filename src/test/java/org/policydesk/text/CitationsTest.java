package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policydesk.model.Citation;

class CitationsTest {

    @Test
    void everySectionAfterTheFirstBelongsToTheSameChapter() {
        assertThat(Citations.in("105 ILCS 5/10-20.5, 5/10-22.4 and 5/24-12."))
                .extracting(Citation::toString)
                .containsExactly("105 ILCS 5/10-20.5", "105 ILCS 5/10-22.4", "105 ILCS 5/24-12");
    }

    @Test
    void theUnitedStatesCodeIsReadWithOrWithoutTheSectionSign() {
        assertThat(Citations.in("20 U.S.C. 1232g; 34 C.F.R. Part 99.")).extracting(Citation::toString)
                .containsExactly("20 U.S.C. 1232g", "34 C.F.R. 99");
        assertThat(Citations.in("20 U.S.C. §§1232g(b), 1232h.")).extracting(Citation::toString)
                .containsExactly("20 U.S.C. 1232g", "20 U.S.C. 1232h");
    }

    @Test
    void adminCodePublicActsAndCasesAreCitationsToo() {
        assertThat(Citations.in("23 Ill.Admin.Code §22.20 and 226.300.")).extracting(Citation::toString)
                .containsExactly("23 Ill. Admin. Code 22.20", "23 Ill. Admin. Code 226.300");
        assertThat(Citations.in("P.A. 102-0123; Public Act 99-456.")).extracting(Citation::toString)
                .containsExactly("P.A. 102-123", "P.A. 99-456");
        assertThat(Citations.in("Goss v. Lopez, 419 U.S. 565 (1975).")).singleElement()
                .satisfies(c -> {
                    assertThat(c.toString()).isEqualTo("Goss v. Lopez");
                    assertThat(c.statute()).isEqualTo("Cases");
                });
    }

    @Test
    void citationsAreGroupedByTheStatuteTheyBelongTo() {
        assertThat(Citations.in("105 ILCS 5/10-20.5, 5/10-22.4; 820 ILCS 55/10; 34 C.F.R. §99.3"))
                .extracting(Citation::statute)
                .containsExactly("105 ILCS 5", "105 ILCS 5", "820 ILCS 55", "34 C.F.R.");
    }

    @Test
    void aNumberThatStartsTheNextCitationIsNotASection() {
        assertThat(Citations.in("105 ILCS 5/10-20.5, 20 U.S.C. 1232g")).extracting(Citation::toString)
                .containsExactly("105 ILCS 5/10-20.5", "20 U.S.C. 1232g");
    }

    @Test
    void textWithNoCitationGivesNone() {
        assertThat(Citations.in("Other Act.")).isEmpty();
    }
}
