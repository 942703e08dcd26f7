package org.policydesk.service.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.model.PolicyImport;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.model.SourceFormat;
import org.policydesk.store.Database;
import org.policydesk.store.PolicyRepository;
import org.policydesk.testing.HtmlCorpus;
import org.policydesk.testing.SamplePolicy;
import org.policydesk.text.PressParser;

class FileImportServiceTest {

    @TempDir
    Path tmp;
    private Database db;
    private PolicyService service;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("store"));
        service = new DefaultPolicyService(new PolicyRepository(db), new PressParser());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recognisingStoresNothingAndStoringKeepsTheOriginalPageWithTheVersion() throws Exception {
        byte[] page = HtmlCorpus.wordpress(SamplePolicy.library().get(0)).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(tmp.resolve("5-260.html"), page);
        List<RecognisedPolicy> found = service.recognise(file);
        assertThat(found).hasSize(1);
        assertThat(service.listPolicies()).isEmpty();

        PolicyImport stored = service.store(file, found).get(0);
        assertThat(stored.version().needsReview()).isFalse();
        assertThat(service.original(stored.version().id())).hasValueSatisfying(o -> {
            assertThat(o.content()).isEqualTo(page);
            assertThat(o.format()).isEqualTo(SourceFormat.HTML);
        });
        assertThat(service.store(file, service.recognise(file)).get(0).duplicate()).isTrue();
    }

    @Test
    void aDoubtfulImportIsMarkedUntilSomeoneConfirmsItAndANeverAdoptedOneCanBeWithdrawn() throws Exception {
        Path file = Files.writeString(tmp.resolve("memo.txt"), "Pets at school\n\nStudents may not bring pets to"
                + " school except service animals approved by the principal.\n");
        PolicyImport stored = service.store(file, service.recognise(file)).get(0);
        assertThat(service.listPolicies()).singleElement().satisfies(s -> assertThat(s.needsReview()).isTrue());

        service.confirmImport(stored.version().policyId(), stored.version().id(), PolicyNumber.parse("7:350"),
                "Animals at School", "Students");
        assertThat(service.listPolicies()).singleElement().satisfies(s -> {
            assertThat(s.needsReview()).isFalse();
            assertThat(s.number()).isEqualTo(PolicyNumber.parse("7:350"));
        });

        service.withdrawImport(stored.version().policyId(), "not a board policy");
        assertThat(service.listPolicies()).isEmpty();
    }

    @Test
    void a300MegabyteFileIsRefusedNamingItAndNothingIsStored() throws Exception {
        Path huge = tmp.resolve("manual.pdf");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);
        }
        assertThatThrownBy(() -> service.recognise(huge)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("manual.pdf: is 300.0 MB");
        assertThat(service.listPolicies()).isEmpty();
    }

    @Test
    void anAdoptedPolicyCannotBeWithdrawn() {
        var outcome = service.importText("2-110.txt", "2:110 Qualifications, Term, and Duties of Board Officers\n\n"
                + "The officers of the Board are the President, Vice President, and Secretary.\n\nAdopted: March 3, 2009\n");
        assertThat(outcome.version().status().name()).isEqualTo("ADOPTED");
        assertThatThrownBy(() -> service.withdrawImport(outcome.version().policyId(), "no"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("adopted");
    }
}
