package org.policydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows of docs/DESIGN (model ← text/store/pdf/roster ← service ← gui/cli) pointing one way. */
@AnalyzeClasses(packages = "org.policydesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.policydesk.model..")
            .layer("Text").definedBy("org.policydesk.text..")
            .layer("Store").definedBy("org.policydesk.store..")
            .layer("Pdf").definedBy("org.policydesk.pdf..")
            .layer("Roster").definedBy("org.policydesk.roster..")
            .layer("Service").definedBy("org.policydesk.service..")
            .layer("Gui").definedBy("org.policydesk.gui..")
            .layer("Cli").definedBy("org.policydesk.cli..")
            .layer("Launcher").definedBy("org.policydesk")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Gui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Gui", "Cli", "Launcher")
            .whereLayer("Pdf").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Roster").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Roster", "Service")
            .whereLayer("Text").mayOnlyBeAccessedByLayers("Pdf", "Service")
            .withOptionalLayers(true);

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.policydesk.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.policydesk.model..", "java..");

    @ArchTest
    static final ArchRule onlyTheGuiUsesJavaFx = noClasses().that().resideOutsideOfPackage("org.policydesk.gui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule onlyTheStoreUsesJooqAndJdbc = noClasses().that().resideOutsideOfPackage("org.policydesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..");
}
