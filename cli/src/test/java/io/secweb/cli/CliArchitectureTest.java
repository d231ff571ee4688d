package io.secweb.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The command line's packages form no cycle (it is glue: the logic lives in core, jobs and deploy/*, which never use it). */
class CliArchitectureTest {
    @Test
    void cliPackagesFormNoCycle() {
        JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.secweb.cli");
        slices().matching("io.secweb.cli.(**)").should().beFreeOfCycles().allowEmptyShould(true).check(cli);
    }
}
