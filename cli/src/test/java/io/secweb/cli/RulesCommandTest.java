package io.secweb.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {

    /** rules check prints its report with System.out and System.err (like every command's own output). */
    private static Secweb.Run check(String... paths) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true));
        System.setErr(new PrintStream(e, true));
        try {
            String[] args = new String[paths.length + 2];
            args[0] = "rules";
            args[1] = "check";
            System.arraycopy(paths, 0, args, 2, paths.length);
            Secweb.Run run = Secweb.run(args);
            return new Secweb.Run(run.exit(), o + run.out(), e + run.err());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void theShippedRulesAreValid() {
        Secweb.Run run = check("deploy/config/rules");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("rules valid");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBrokenRuleIsReportedWithItsFileAndExitsOne(@TempDir Path dir) throws Exception {
        Path rule = Files.writeString(dir.resolve("broken.yaml"), "id: broken\nname: Broken\n");

        Secweb.Run run = check(dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(rule.toString() + ":");
    }

    @Test
    void checkNeedsAFileOrADirectory() {
        Secweb.Run run = Secweb.run("rules", "check");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("secweb rules check: Missing required parameter: 'FILE|DIR'");
    }
}
