package org.policydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

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

    /**
     * Each place of the window is its own package: no feature reaches into another, only into
     * {@code gui.common}. {@code gui.app} assembles the places, so it may use them all. A new
     * {@code gui.<place>} package is covered without touching this rule.
     */
    @ArchTest
    static final ArchRule guiFeaturesAreIndependent = slices().assignedFrom(
            new FeaturePackages("org.policydesk.gui", Set.of("common", "app"))).should().notDependOnEachOther();

    /** The same for the services: features share only {@code service.common}. */
    @ArchTest
    static final ArchRule serviceFeaturesAreIndependent = slices().assignedFrom(
            new FeaturePackages("org.policydesk.service", Set.of("common"))).should().notDependOnEachOther();

    /** One slice per direct subpackage of {@code root}; the shared ones, and {@code root} itself, are no slice. */
    private record FeaturePackages(String root, Set<String> shared) implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (!pkg.startsWith(root + ".")) {
                return SliceIdentifier.ignore();
            }
            String feature = pkg.substring(root.length() + 1).split("\\.")[0];
            return shared.contains(feature) ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
        }

        @Override
        public String getDescription() {
            return "features of " + root + " (shared: " + shared + ")";
        }
    }
}
