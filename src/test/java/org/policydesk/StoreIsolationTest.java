package org.policydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the database behind the store package, so moving from H2 to PostgreSQL touches one package. */
@AnalyzeClasses(packages = "org.policydesk", importOptions = ImportOption.DoNotIncludeTests.class)
class StoreIsolationTest {

    @ArchTest
    static final ArchRule onlyTheStoreTouchesJooqJdbcH2OrFlyway = noClasses()
            .that().resideOutsideOfPackage("org.policydesk.store..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..");
}
