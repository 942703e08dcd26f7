package org.policydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.HistoryKind;
import org.policydesk.model.LegalRef;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PartialDate;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.PressComment;
import org.policydesk.model.VersionStatus;
import org.policydesk.testing.Documents;

class PolicyRepositoryTest {

    private static final Instant NOW = Instant.parse("2024-10-15T09:30:00Z");

    @TempDir
    Path dir;
    private Database db;
    private PolicyRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repo = new PolicyRepository(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesAVersionWithEveryDerivedRowAndReadsThemBackInOrder() {
        List<LegalRef> legal = List.of(new LegalRef("105 ILCS 5/21-23 and 5/21-23a."),
                new LegalRef("820 ILCS 55/10, Right to Privacy in the Workplace Act."));
        List<CrossRef> cross = List.of(new CrossRef(PolicyNumber.parse("5:20"), "Workplace Harassment Prohibited"),
                new CrossRef(PolicyNumber.parse("7:180-AP1"), null));
        List<HistoryEntry> history = List.of(new HistoryEntry(HistoryKind.ADOPTED, PartialDate.parseIso("2019-06")),
                new HistoryEntry(HistoryKind.AMENDED, PartialDate.parseIso("2023-06-21")));
        List<PressComment> comments = List.of(
                new PressComment(1, "Updated for continuous improvement.", 117, YearMonth.of(2024, 10)),
                new PressComment(2, "Undated note.", null, null));
        List<ParseWarning> warnings = List.of(new ParseWarning(12, "unrecognised line"));
        String text = "Document Status: Draft Update\r\n\r\n5:125 Personal Technology — “quotes” ✓\r\n";
        PolicyDocument doc = Documents.full(text, "Draft Update", "5:125", "Personal Technology",
                legal, cross, history, comments, warnings);

        long policyId = repo.createPolicy(doc.number(), doc.title(), doc.section());
        PolicyVersion stored = repo.addVersion(policyId, new NewVersion(doc, VersionStatus.DRAFT, "5-125.txt", true));

        assertThat(stored.seq()).isEqualTo(1);
        assertThat(stored.sourceText()).isEqualTo(text);
        assertThat(stored.contentHash()).hasSize(64).isEqualTo(ContentHash.of(text));
        assertThat(stored.statusLabel()).isEqualTo("Draft Update");
        assertThat(stored.pressIssue()).isEqualTo(117);
        assertThat(stored.sourceName()).isEqualTo("5-125.txt");
        assertThat(stored.needsReview()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(repo.version(policyId, null)).contains(stored);

        VersionFacts facts = repo.facts(stored.id());
        assertThat(facts.legalRefs()).isEqualTo(legal);
        assertThat(facts.crossRefs()).isEqualTo(cross);
        assertThat(facts.history()).isEqualTo(history);
        assertThat(facts.comments()).isEqualTo(comments);
        assertThat(facts.warnings()).isEqualTo(warnings);
    }

    @Test
    void numbersVersionsOneTwoThreeWithinEachPolicy() {
        long a = repo.createPolicy(PolicyNumber.parse("5:125"), "A", null);
        long b = repo.createPolicy(PolicyNumber.parse("2:10"), "B", null);
        add(a, "a1");
        add(b, "b1");
        add(a, "a2");

        assertThat(repo.versions(a)).extracting(PolicyVersion::seq, PolicyVersion::sourceText)
                .containsExactly(tuple(1, "a1"), tuple(2, "a2"));
        assertThat(repo.version(a, 1)).map(PolicyVersion::sourceText).contains("a1");
        assertThat(repo.version(a, 7)).isEmpty();
        assertThat(repo.findPolicyId(PolicyNumber.parse("2:010"))).contains(b);
    }

    @Test
    void listsTheLatestVersionOfEachPolicyByNumberWithUnnumberedTextsLast() {
        long unnumbered = repo.createPolicy(null, "Loose text", null);
        long p5125 = repo.createPolicy(PolicyNumber.parse("5:125"), "Personal Technology", "General Personnel");
        long p520 = repo.createPolicy(PolicyNumber.parse("5:20"), "Workplace Harassment", null);
        add(unnumbered, "loose");
        add(p5125, "old");
        repo.addVersion(p5125, new NewVersion(Documents.full("new", "Draft Update", "5:125", "x", List.of(),
                List.of(), List.of(), List.of(new PressComment(1, "c", 117, null)), List.of()),
                VersionStatus.DRAFT, null, false));
        add(p520, "only");

        List<PolicySummary> list = repo.listSummaries();

        assertThat(list).extracting(PolicySummary::displayNumber).containsExactly("5:20", "5:125", "—");
        PolicySummary latest = list.get(1);
        assertThat(latest.latestVersion()).isEqualTo(2);
        assertThat(latest.statusLabel()).isEqualTo("Draft Update");
        assertThat(latest.pressIssue()).isEqualTo(117);
        assertThat(latest.section()).isEqualTo("General Personnel");
        assertThat(repo.summary(p5125)).contains(latest);
    }

    @Test
    void findsAVersionByHashOnlyWithinItsOwnPolicy() {
        long a = repo.createPolicy(PolicyNumber.parse("5:125"), "A", null);
        long b = repo.createPolicy(PolicyNumber.parse("5:130"), "B", null);
        PolicyVersion v = add(a, "same text");

        assertThat(repo.findVersionByHash(a, ContentHash.of("same text"))).contains(v);
        assertThat(repo.findVersionByHash(b, ContentHash.of("same text"))).isEmpty();
        assertThat(repo.findUnnumberedVersionByHash(ContentHash.of("same text"))).isEmpty();

        long loose = repo.createPolicy(null, "", null);
        PolicyVersion looseVersion = add(loose, "same text");
        assertThat(repo.findUnnumberedVersionByHash(ContentHash.of("same text"))).contains(looseVersion);
    }

    @Test
    void aFailureInsideATransactionLeavesNoPolicyAndNoVersionBehind() {
        assertThatThrownBy(() -> repo.inTransaction(tx -> {
            long id = tx.createPolicy(PolicyNumber.parse("5:125"), "A", null);
            add(tx, id, "text");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(repo.hasPolicies()).isFalse();
        assertThat(repo.listSummaries()).isEmpty();
    }

    @Test
    void keepsTheSourceTextWholeButCutsOverlongDerivedValuesToTheirColumns() {
        String longTitle = "T".repeat(5000);
        String text = "x".repeat(3_000_000);
        long id = repo.createPolicy(null, longTitle, null);
        PolicyVersion v = repo.addVersion(id, new NewVersion(Documents.full(text, "S".repeat(900), null, longTitle,
                List.of(new LegalRef("L".repeat(9000))), List.of(), List.of(), List.of(),
                List.of(new ParseWarning(1, "W".repeat(9000)))), VersionStatus.DRAFT, null, true));

        assertThat(repo.version(id, null).orElseThrow().sourceText()).isEqualTo(text);
        assertThat(v.statusLabel()).hasSize(200);
        assertThat(repo.summary(id).orElseThrow().title()).hasSize(1000);
        assertThat(repo.facts(v.id()).legalRefs().get(0).text()).hasSize(4000);
    }

    @Test
    void updatesTitleAndSectionButLeavesAValueAloneWhenGivenNull() {
        long id = repo.createPolicy(PolicyNumber.parse("5:125"), "Old title", "Old section");
        add(id, "t");
        repo.updateHeading(id, null, "New section");
        assertThat(repo.summary(id).orElseThrow()).extracting(PolicySummary::title, PolicySummary::section)
                .containsExactly("Old title", "New section");
    }

    @Test
    void searchableTextIsLowerCasedHeadingAndLatestText() {
        long id = repo.createPolicy(PolicyNumber.parse("5:125"), "Personal Technology", "General Personnel");
        add(id, "Old words");
        add(id, "Snapchat, DISCORD");

        assertThat(repo.searchableText()).containsOnlyKeys(id);
        assertThat(repo.searchableText().get(id))
                .contains("5:125", "personal technology", "general personnel", "snapchat, discord")
                .doesNotContain("old words");
    }

    private PolicyVersion add(long policyId, String text) {
        return add(repo, policyId, text);
    }

    private static PolicyVersion add(PolicyRepository r, long policyId, String text) {
        return r.addVersion(policyId, new NewVersion(Documents.document(text, null, "t"),
                VersionStatus.DRAFT, null, false));
    }
}
