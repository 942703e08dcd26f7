package org.policydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.model.OriginalFile;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.SourceFormat;
import org.policydesk.model.VersionStatus;
import org.policydesk.testing.Documents;

class ImportedOriginalsTest {

    @TempDir
    Path dir;
    private Database db;
    private PolicyRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repo = new PolicyRepository(db, Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PolicyVersion importFrom(long fileId, String number, int first, int last, boolean review) {
        PolicyDocument doc = Documents.document(number + " Title " + number + "\n\nBody of " + number + ".\n",
                number, "Title " + number);
        long policy = repo.createPolicy(doc.number(), doc.title(), null);
        return repo.addVersion(policy, new NewVersion(doc, VersionStatus.DRAFT, "manual.pdf", review, null,
                new NewVersion.Original(fileId, first, last)));
    }

    @Test
    void aManualIsKeptOnceAndEachVersionReadsBackTheFileAndItsOwnPages() {
        byte[] pdf = "%PDF-1.7 pretend manual".getBytes(StandardCharsets.US_ASCII);
        long file = repo.imports().keep("manual.pdf", SourceFormat.PDF, pdf);
        assertThat(repo.imports().keep("copy of manual.pdf", SourceFormat.PDF, pdf.clone())).isEqualTo(file);
        PolicyVersion first = importFrom(file, "5:260", 3, 4, false);
        PolicyVersion second = importFrom(file, "5:270", 5, 5, false);

        OriginalFile original = repo.imports().original(second.id()).orElseThrow();
        assertThat(original.content()).isEqualTo(pdf);
        assertThat(original.fileName()).isEqualTo("manual.pdf");
        assertThat(original.format()).isEqualTo(SourceFormat.PDF);
        assertThat(original.span().toString()).isEqualTo("manual.pdf, page 5");
        assertThat(repo.imports().original(first.id()).orElseThrow().span().toString()).isEqualTo("manual.pdf, pages 3-4");
    }

    @Test
    void confirmingAReviewClearsTheMarkSetsTheHeadingAndIsAudited() {
        long file = repo.imports().keep("p.html", SourceFormat.HTML, new byte[] {1, 2, 3});
        PolicyVersion v = importFrom(file, "5:260", 0, 0, true);
        assertThat(repo.version(v.policyId(), null).orElseThrow().needsReview()).isTrue();

        repo.inTransaction(tx -> {
            tx.imports().confirm(v.policyId(), v.id(), PolicyNumber.parse("5:265"), "Student Teachers", "Personnel");
            return null;
        });

        assertThat(repo.version(v.policyId(), null).orElseThrow().needsReview()).isFalse();
        PolicySummary s = repo.summary(v.policyId()).orElseThrow();
        assertThat(s.number()).isEqualTo(PolicyNumber.parse("5:265"));
        assertThat(s.title()).isEqualTo("Student Teachers");
        assertThat(new AuditTrail(db).history("policy", "5:265")).extracting(e -> e.action())
                .contains("policy.import.confirm");
    }

    @Test
    void aNeverAdoptedImportIsWithdrawnOutOfTheListWithItsNumberFreedAndAudited() {
        long file = repo.imports().keep("p.txt", SourceFormat.TEXT, new byte[] {9});
        PolicyVersion v = importFrom(file, "5:260", 0, 0, false);

        repo.inTransaction(tx -> {
            tx.imports().withdraw(v.policyId(), "imported by mistake");
            return null;
        });

        assertThat(repo.listSummaries()).extracting(PolicySummary::id).doesNotContain(v.policyId());
        assertThat(repo.findPolicyId(PolicyNumber.parse("5:260"))).isEmpty();
        assertThat(repo.version(v.policyId(), null).orElseThrow().status()).isEqualTo(VersionStatus.DISCARDED);
        assertThat(repo.imports().isWithdrawn(v.policyId())).isTrue();
        assertThat(new AuditTrail(db).history("policy", "5:260")).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("policy.withdraw");
            assertThat(e.details()).containsEntry("reason", "imported by mistake");
        });
    }

    @Test
    void anAdoptedPolicyCannotBeWithdrawnAndStaysAsItWas() {
        PolicyDocument doc = Documents.document("2:110 Officers\n\nText.\n", "2:110", "Officers");
        long policy = repo.createPolicy(doc.number(), doc.title(), null);
        repo.addVersion(policy, new NewVersion(doc, VersionStatus.ADOPTED, "2_110.txt", false));

        assertThatThrownBy(() -> repo.inTransaction(tx -> {
            tx.imports().withdraw(policy, "no");
            return null;
        })).isInstanceOf(ImportedOriginals.NotWithdrawableException.class).hasMessageContaining("adopted");
        assertThat(repo.findPolicyId(PolicyNumber.parse("2:110"))).contains(policy);
        assertThat(repo.imports().isWithdrawn(policy)).isFalse();
    }
}
