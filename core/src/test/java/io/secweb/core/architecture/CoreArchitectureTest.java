package io.secweb.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * core is the plain-Java heart of secweb: the jobs, the command line and the dashboard build on it, so it must never
 * reach back into them, into Flink, or into a package cycle of its own. (The enforcer rule in core/pom.xml keeps Flink
 * off the classpath; this test keeps it out of the code even if another module put it there.)
 */
class CoreArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.secweb.core");
    }

    @Test
    void coreNeverUsesFlink() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.flink..").check(core);
    }

    @Test
    void coreNeverUsesTheJobsTheCommandLineOrTheDashboard() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.secweb.jobs..", "io.secweb.cli..", "io.secweb.dashboard..", "io.secweb.local..", "io.secweb.cluster..")
                .check(core);
    }

    @Test
    void corePackagesFormNoCycle() {
        slices().matching("io.secweb.core.(**)").should().beFreeOfCycles().check(core);
    }
}
