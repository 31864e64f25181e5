package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Objects;
import mx.buzon.calendar.plazo.Vencimiento;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code buzon plazo habiles}: the N-th día hábil after a date (CFF art. 12). */
@Command(name = "habiles",
        description = {"El día en que vence un plazo de N días hábiles contados desde el día siguiente a DESDE"
                + " (CFF art. 12; calendario del IMSS).",
                "Una fecha o un número mal escritos terminan con 2. Un año cuyos días inhábiles declarados no"
                        + " están confirmados se calcula con los de la ley y se lista en advertencias (salida 0);"
                        + " con --estricto termina con 1.",
                "Ejemplo: buzon plazo habiles --desde 2026-03-09 --dias 15"})
final class PlazoHabilesCommand extends BuzonCommand {

    @Option(names = "--desde", paramLabel = "FECHA", required = true, converter = Conversions.DateConverter.class,
            description = "Día del hecho (no se cuenta), ISO-8601, p. ej. 2026-03-09.")
    @Nullable LocalDate desde;

    @Option(names = "--dias", paramLabel = "N", required = true, converter = Conversions.DaysConverter.class,
            description = "Número de días hábiles, de 1 a " + Conversions.DaysConverter.MAX + ".")
    @Nullable Integer dias;

    @Mixin
    PlazoOptions options = new PlazoOptions();

    @Override
    int execute() {
        Vencimiento v = options.plazos().habiles(Objects.requireNonNull(desde), Objects.requireNonNull(dias));
        ObjectNode json = JsonOutput.object();
        json.put("desde", JsonOutput.date(v.evento()));
        json.put("dias", v.dias());
        json.put("inicio", JsonOutput.date(v.inicio()));
        json.put("vence", JsonOutput.date(v.vence()));
        json.set("diasOmitidos", JsonOutput.inhabiles(v.diasOmitidos()));
        StringBuilder human = new StringBuilder("Vence: ").append(v.vence()).append('\n');
        PlazoOptions.putCaveats(json, human, v.advertencias());
        json.put("explicacion", v.explicacion());
        return emit(ExitCodes.OK, json, human.append('\n').append(v.explicacion()).toString());
    }
}
