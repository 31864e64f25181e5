package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BuzonCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BuzonCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void unknownOption_isUsageError_exit2() {
        assertThat(run("--no-existe")).isEqualTo(BuzonCli.USAGE);
        assertThat(err.toString()).contains("--no-existe");
    }

    @Test
    void help_listsDemo_exit0() {
        assertThat(run("--help")).isEqualTo(BuzonCli.OK);
        assertThat(out.toString()).contains("demo");
    }
}
