package mx.buzon.core.id.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import mx.buzon.core.id.CheckDigitMode;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.IdentifierGenerators;
import mx.buzon.core.id.IdentifierValidation;
import mx.buzon.core.id.Nss;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of validating identifiers, against a baseline measured in the same run: a precompiled regular
 * expression of the RFC format alone (no date, word or check digit), the check most code bases use today.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class IdentifierBenchmark {

    private static final Pattern RFC_FORMAT = Pattern.compile("[A-Z&Ñ]{3,4}[0-9]{6}[A-Z0-9]{2}[0-9A]");
    private static final int SIZE = 1024;

    private final String[] rfcs = new String[SIZE];
    private final String[] rfcsWrongDigit = new String[SIZE];
    private final String[] curps = new String[SIZE];
    private final String[] nsss = new String[SIZE];
    private final String[] registros = new String[SIZE];
    private final String[] folios = new String[SIZE];
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20_260_311L);
        for (int i = 0; i < SIZE; i++) {
            rfcs[i] = (i % 2 == 0 ? IdentifierGenerators.rfcFisica(random) : IdentifierGenerators.rfcMoral(random))
                    .toString();
            char last = rfcs[i].charAt(rfcs[i].length() - 1);
            rfcsWrongDigit[i] = rfcs[i].substring(0, rfcs[i].length() - 1) + (last == '1' ? '2' : '1');
            curps[i] = IdentifierGenerators.curp(random).toString();
            nsss[i] = IdentifierGenerators.nss(random).toString();
            registros[i] = IdentifierGenerators.registroPatronal(random).toString();
            folios[i] = IdentifierGenerators.folio(random).toString();
        }
    }

    private int index() {
        next = (next + 1) & (SIZE - 1);
        return next;
    }

    @Benchmark
    public boolean baselineRfcRegexFormatOnly() {
        return RFC_FORMAT.matcher(rfcs[index()]).matches();
    }

    @Benchmark
    public boolean rfcIsValid() {
        return Rfc.isValid(rfcs[index()]);
    }

    @Benchmark
    public Rfc rfcParse() {
        return Rfc.parse(rfcs[index()]);
    }

    @Benchmark
    public IdentifierValidation<Rfc> rfcValidateWrongDigitStrict() {
        return Rfc.validate(rfcsWrongDigit[index()], CheckDigitMode.STRICT);
    }

    @Benchmark
    public boolean rfcIsValidWrongDigit() {
        return Rfc.isValid(rfcsWrongDigit[index()]);
    }

    @Benchmark
    public boolean curpIsValid() {
        return Curp.isValid(curps[index()]);
    }

    @Benchmark
    public boolean nssIsValid() {
        return Nss.isValid(nsss[index()]);
    }

    @Benchmark
    public boolean registroPatronalIsValid() {
        return RegistroPatronal.isValid(registros[index()]);
    }

    @Benchmark
    public Folio folioParse() {
        return Folio.parse(folios[index()]);
    }
}
