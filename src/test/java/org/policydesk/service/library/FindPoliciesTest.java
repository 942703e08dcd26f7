package org.policydesk.service.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.PartialDate;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.testing.PolicyTexts;

/**
 * Policies read all at once (as the packet reads them) are the details the store gives one by one: the same
 * summary, versions, shown text and dates, ordered by number, with numbers the store lacks left out.
 */
class FindPoliciesTest {

    private static final String ADOPTED = PolicyTexts.ADOPTED_2_110;

    @TempDir
    Path tmp;

    @Test
    void allAtOnceEqualsOneByOne() {
        try (Workspace ws = Workspaces.open(tmp.resolve("store"))) {
            long board = ws.policies().importText("2-110.txt", ADOPTED).version().policyId();
            long draft = ws.library().newDraft(board).id();
            ws.library().changeStatus(draft, VersionStatus.COMMITTEE);
            ws.library().adopt(draft, LocalDate.of(2026, 11, 17), AdoptionOutcome.AS_PRESENTED, false);
            ws.library().newDraft(board);
            ws.policies().importText("2-120.txt", ADOPTED.replace("2:110 Qualifications, Term, and Duties of Board"
                    + " Officers", "2:120 Board Member Development").replace("June 21, 2023", "March 3, 2021"));
            List<PolicyNumber> asked = List.of(PolicyNumber.parse("5:125"), PolicyNumber.parse("2:120"),
                    PolicyNumber.parse("9:999"), PolicyNumber.parse("2:110"), PolicyNumber.parse("2:120"));

            List<PolicyDetail> all = ws.policies().findPolicies(asked);

            List<PolicyDetail> oneByOne = asked.stream().distinct().sorted()
                    .flatMap(n -> ws.policies().findPolicy(n).stream()).toList();
            assertThat(all).hasSize(3).isEqualTo(oneByOne);
            PolicyDetail twoOneTen = all.get(0);
            assertThat(twoOneTen.versions()).hasSize(3);
            assertThat(twoOneTen.dating()).hasSize(3);
            assertThat(twoOneTen.dating(twoOneTen.versions().get(1)).boardAdoption())
                    .isEqualTo(PartialDate.of(LocalDate.of(2026, 11, 17)));
            assertThat(twoOneTen.dating(twoOneTen.versions().get(1)).statusChangedAt()).isNotNull();
        }
    }

    @Test
    void noneAskedOrNoneStoredGivesNone() {
        try (Workspace ws = Workspaces.open(tmp.resolve("store"))) {
            assertThat(ws.policies().findPolicies(List.of())).isEmpty();
            assertThat(ws.policies().findPolicies(List.of(PolicyNumber.parse("9:999")))).isEmpty();
        }
    }
}
