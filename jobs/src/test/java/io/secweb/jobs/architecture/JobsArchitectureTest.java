package io.secweb.jobs.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The jobs module's packages depend on each other in one direction only (replay builds on ingest, indicators and alerts,
 * never the other way), and never on the command line, the local stack or the cluster launcher built on top of them.
 */
class JobsArchitectureTest {
    private static JavaClasses jobs;

    @BeforeAll
    static void importJobs() {
        jobs = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.secweb.jobs");
    }

    @Test
    void jobsPackagesFormNoCycle() {
        slices().matching("io.secweb.jobs.(**)").should().beFreeOfCycles().check(jobs);
    }

    @Test
    void jobsNeverUseTheCommandLineOrTheLaunchers() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.secweb.cli..", "io.secweb.dashboard..", "io.secweb.local..", "io.secweb.cluster..")
                .check(jobs);
    }
}
