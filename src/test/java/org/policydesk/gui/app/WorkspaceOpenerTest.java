package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WorkspaceOpenerTest {

    @Test
    void dataFolderComesFromTheDbOptionInEitherSpelling() {
        assertThat(WorkspaceOpener.dbOverride(List.of("--db", "/srv/policies"))).isEqualTo("/srv/policies");
        assertThat(WorkspaceOpener.dbOverride(List.of("--open", "5:125", "--db=D:\\Policies")))
                .isEqualTo("D:\\Policies");
    }

    @Test
    void withoutTheOptionTheDefaultFolderIsUsed() {
        assertThat(WorkspaceOpener.dbOverride(List.of())).isNull();
        assertThat(WorkspaceOpener.dbOverride(List.of("--db"))).isNull();
    }
}
