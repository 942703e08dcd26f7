package org.policydesk.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The GUI talks to services and the model only: never to the store, the parser or JDBC. */
class GuiDependencyRulesTest {

    @Test
    void guiUsesOnlyServiceModelJavaFxAndTheJdk() {
        JavaClasses gui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.policydesk.gui");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                "org.policydesk.gui..", "org.policydesk.service..", "org.policydesk.model..",
                "java..", "javafx..", "org.controlsfx..", "org.slf4j..")
                .check(gui);
    }
}
