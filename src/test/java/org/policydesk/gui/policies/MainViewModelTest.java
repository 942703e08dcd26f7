package org.policydesk.gui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.testing.FakePolicyService;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;

/** The policies screen's behaviour, without a toolkit: background work runs on the test thread. */
class MainViewModelTest {

    private final BackgroundTasks tasks = BackgroundTasks.sameThread();
    private FakePolicyService service;
    private MainViewModel viewModel;

    @BeforeEach
    void openSampleStore() {
        service = FakePolicyService.withSamples();
        viewModel = new MainViewModel(service, tasks);
        viewModel.refresh(null);
    }

    @Test
    void refreshListsEveryPolicyInNumberOrder() {
        assertThat(numbers(viewModel.visiblePolicies())).containsExactly("2:20", "5:120", "5:125", "7:340");
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(textBlock = """
            5:125,                  5:125
            5.125,                  5:125
            social media,           5:125
            INDEMNIFICATION,        2:20
            released,               7:340
            PRESSPlus1,             5:125
            'modifying board',      2:20
            """)
    void filterMatchesNumberTitleAndFullText(String query, String expected) {
        viewModel.filterTextProperty().set(query);

        assertThat(numbers(viewModel.visiblePolicies())).containsExactly(expected);
    }

    @Test
    void whatIsTypedBeforeTheListArrivesKeepsSayingOpeningThenFiltersTheList() {
        MainViewModel opening = new MainViewModel(FakePolicyService.withSamples(), tasks);

        opening.filterTextProperty().set("ethics zebra");
        assertThat(opening.listPlaceholderProperty().get()).isEqualTo(MainViewModel.LOADING);
        assertThat(opening.listLoadedProperty().get()).isFalse();

        opening.filterTextProperty().set("student records");
        opening.refresh(null);
        assertThat(opening.listLoadedProperty().get()).isTrue();
        assertThat(numbers(opening.visiblePolicies())).contains("7:340").doesNotContain("2:20");
    }

    @Test
    void filterNeedsEveryWordSomewhereInThePolicy() {
        viewModel.filterTextProperty().set("ethics conflict");
        assertThat(numbers(viewModel.visiblePolicies())).contains("5:120").doesNotContain("2:20", "7:340");

        viewModel.filterTextProperty().set("ethics zebra");
        assertThat(viewModel.visiblePolicies()).isEmpty();
        assertThat(viewModel.listPlaceholderProperty().get()).isEqualTo("No policy matches “ethics zebra”");
    }

    @Test
    void clearingTheFilterShowsEveryPolicyAgain() {
        viewModel.filterTextProperty().set("records");
        viewModel.filterTextProperty().set("  ");

        assertThat(viewModel.visiblePolicies()).hasSize(4);
    }

    @Test
    void emptyStoreInvitesTheUserToImport() {
        MainViewModel empty = new MainViewModel(new FakePolicyService(), tasks);
        empty.refresh(null);

        assertThat(empty.visiblePolicies()).isEmpty();
        assertThat(empty.storeEmptyProperty().get()).isTrue();
        assertThat(viewModel.storeEmptyProperty().get()).isFalse();
        assertThat(empty.listPlaceholderProperty().get())
                .isEqualTo("No policies yet — drop PRESS text files here or use File › Import");
    }

    @Test
    void selectingAPolicyShowsItsLatestVersionWithAllVersionsListed() {
        viewModel.select(policy("5:125"));

        PolicyDetail detail = viewModel.detailProperty().get();
        assertThat(detail.shown().seq()).isEqualTo(2);
        assertThat(detail.document().comments()).hasSize(2);
        assertThat(viewModel.versions()).extracting(v -> v.seq()).containsExactly(1, 2);
    }

    @Test
    void choosingAnOlderVersionShowsItsText() {
        viewModel.select(policy("5:125"));

        viewModel.showVersion(viewModel.versions().get(0));

        assertThat(viewModel.detailProperty().get().shown().seq()).isEqualTo(1);
        assertThat(viewModel.detailProperty().get().document().comments()).isEmpty();
    }

    @Test
    void openingACrossReferenceSelectsThatPolicyAndClearsAFilterHidingIt() {
        viewModel.filterTextProperty().set("5:125");
        viewModel.select(policy("5:125"));

        boolean opened = viewModel.openPolicy(PolicyNumber.parse("5:120"));

        assertThat(opened).isTrue();
        assertThat(viewModel.selectedPolicyProperty().get().displayNumber()).isEqualTo("5:120");
        assertThat(viewModel.detailProperty().get().summary().displayNumber()).isEqualTo("5:120");
        assertThat(viewModel.filterTextProperty().get()).isEmpty();
    }

    @Test
    void crossReferenceToAPolicyNotInTheStoreOpensNothing() {
        viewModel.select(policy("5:125"));

        assertThat(viewModel.hasPolicy(PolicyNumber.parse("6:235"))).isFalse();
        assertThat(viewModel.openPolicy(PolicyNumber.parse("6:235"))).isFalse();
        assertThat(viewModel.selectedPolicyProperty().get().displayNumber()).isEqualTo("5:125");
    }

    @Test
    void deselectingClearsTheReader() {
        viewModel.select(policy("2:20"));
        viewModel.select(null);

        assertThat(viewModel.detailProperty().get()).isNull();
        assertThat(viewModel.versions()).isEmpty();
    }

    @Test
    void importReportsEachFileAndSelectsTheLastImportedPolicy(@TempDir Path dir) throws Exception {
        Path fresh = Files.writeString(dir.resolve("4-60.txt"), "4:60 Purchases and Contracts\nThe Board...\n");
        Path same = Files.writeString(dir.resolve("again.txt"), "4:60 Purchases and Contracts\nThe Board...\n");
        Path broken = Files.writeString(dir.resolve("notes.txt"), "Shopping list\n");
        Path warned = Files.writeString(dir.resolve("2-20.txt"), "2:20 Powers and Duties\nText PRESSPlus9 here\n");

        viewModel.importFiles(List.of(fresh, same, broken, warned));

        ImportReport report = viewModel.importReportProperty().get();
        assertThat(report.lines()).extracting(ImportReport.Line::describe).containsExactly(
                "Imported as version 1 of 4:60 Purchases and Contracts.",
                "Already stored as version 1 of 4:60 Purchases and Contracts.",
                "Does not look like a PRESS policy (no policy number on the first line)",
                "Imported as version 2 of 2:20 Powers and Duties.");
        assertThat(report.lines().get(3).warnings()).containsExactly("line 2: PRESSPlus9 marker has no comment");
        assertThat(report.summary()).isEqualTo("Imported 2 new versions, 1 already stored, 1 file failed.");
        assertThat(numbers(viewModel.visiblePolicies())).contains("4:60");
        assertThat(viewModel.selectedPolicyProperty().get().displayNumber()).isEqualTo("2:20");
        assertThat(tasks.messageProperty().get()).isEqualTo(report.summary());
    }

    @Test
    void aStartupOpenRequestSelectsThePolicyOnceTheListIsLoaded() {
        MainViewModel fresh = new MainViewModel(service, tasks);
        fresh.openWhenLoaded(PolicyNumber.parse("7:340"));

        fresh.refresh(null);

        assertThat(fresh.selectedPolicyProperty().get().displayNumber()).isEqualTo("7:340");
    }

    private PolicySummary policy(String number) {
        return viewModel.visiblePolicies().stream().filter(s -> s.displayNumber().equals(number)).findFirst()
                .orElseThrow();
    }

    private static List<String> numbers(List<PolicySummary> list) {
        return list.stream().map(PolicySummary::displayNumber).toList();
    }
}
