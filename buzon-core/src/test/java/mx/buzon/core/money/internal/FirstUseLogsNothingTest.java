package mx.buzon.core.money.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import mx.buzon.core.json.BuzonModule;
import mx.buzon.core.money.Mxn;
import mx.buzon.core.money.Accesorios;
import mx.buzon.core.money.FactorActualizacion;
import mx.buzon.core.money.Recargos;
import org.junit.jupiter.api.Test;

/**
 * The SDK logs nothing by default: the first amount, rounding and JSON round trip in a fresh JVM print nothing
 * on stderr (Moneta's {@code Money} printed {@code INFO: Using custom MathContext …} there, in every host),
 * and the SDK never touches the host's logging configuration to get there.
 */
class FirstUseLogsNothingTest {

    /** What the child JVM does: first use of amounts, their operators and their JSON. */
    public static void main(String[] args) throws Exception {
        MonetaryAmount amount = Mxn.of("1234.565").with(Mxn.CENTAVOS);
        MonetaryAmount recargos = amount.with(Recargos.of(new BigDecimal("0.0147")));
        // Amounts reach JSON inside the SDK's types (a bare MonetaryAmount is the host's mapper's business).
        Accesorios accesorios = new Accesorios(Mxn.of("1000.00"), new FactorActualizacion(new BigDecimal("1.0345")),
                Mxn.of("34.50"), 3, new BigDecimal("0.0441"), recargos);
        ObjectMapper json = new ObjectMapper().registerModule(new BuzonModule());
        Accesorios back = json.readValue(json.writeValueAsString(accesorios), Accesorios.class);
        System.out.println(Mxn.toPlainString(amount) + " " + Mxn.toPlainString(back.recargos()));
    }

    @Test
    void firstUse_inAFreshJvm_printsNothingOnStderr() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                FirstUseLogsNothingTest.class.getName())).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(err).as("stderr of the first use").isEmpty();
        assertThat(child.exitValue()).isZero();
        assertThat(out.strip()).isEqualTo("1234.57 18.15");
    }
}
