package org.policydesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** What the user reads for a failure: our own sentences as they are, never a programmer's or a database's words. */
class UserMessagesTest {

    @TempDir
    Path tmp;

    @Test
    void ourSentenceIsShownAsItIsUpToItsFirstLine() {
        assertThat(UserMessages.oneSentence(new IOException("roster.csv line 4: the hire date is not a date.\nmore")))
                .isEqualTo("roster.csv line 4: the hire date is not a date.");
    }

    @Test
    void aProgrammingErrorBecomesTheUnexpectedSentenceNotItsMessage() {
        String npe = null;
        Throwable failure;
        try {
            npe.length();
            throw new AssertionError("unreachable");
        } catch (NullPointerException e) {
            failure = e;
        }
        assertThat(UserMessages.oneSentence(failure)).isEqualTo(UserMessages.UNEXPECTED);
        assertThat(UserMessages.oneSentence(new IndexOutOfBoundsException("Index 3 out of bounds for length 2")))
                .isEqualTo(UserMessages.UNEXPECTED);
        assertThat(UserMessages.oneSentence(new OutOfMemoryError("Java heap space")))
                .isEqualTo(UserMessages.OUT_OF_MEMORY);
    }

    @Test
    void aFailureFromInsideTheDatabaseSaysTheStoreCouldNotBeReadInsteadOfItsOwnWords() throws Exception {
        Workspace workspace = Workspaces.open(tmp.resolve("store"));
        workspace.close();
        Throwable failure = null;
        try {
            workspace.library().search("student", 10);
        } catch (RuntimeException e) {
            failure = e;
        }
        assertThat(failure).as("a closed store refuses to search").isNotNull();
        assertThat(UserMessages.oneSentence(failure)).isEqualTo(UserMessages.STORE);
    }

    @Test
    void aLongMessageIsCutToOneShortLine() {
        String sentence = UserMessages.oneSentence(new IllegalArgumentException("x".repeat(500)));
        assertThat(sentence).hasSize(200).endsWith("…");
    }
}
