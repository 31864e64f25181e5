package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.calendar.plazo.ActuacionTiming;
import mx.buzon.calendar.zone.DomicileZone;
import mx.buzon.calendar.zone.MexicanTime;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code buzon plazo actuacion}: when an actuación filed through the Buzón counts as received (6.3 with 5.8). */
@Command(name = "actuacion",
        description = {"Cuándo se tiene por recibida una actuación presentada en el Buzón IMSS (Lineamientos 6.3"
                + " y 5.8): en día inhábil del domicilio fiscal, a las 00:00 del siguiente día hábil.",
                "recibidaEl se muestra con el desplazamiento del domicilio fiscal; fechaLegal es la fecha en ese"
                        + " huso.",
                "Un año cuyos días inhábiles declarados no están confirmados se calcula con los de la ley y se"
                        + " lista en advertencias (salida 0); con --estricto termina con 1. Un código postal"
                        + " desconocido termina con 1; un instante mal escrito, con 2.",
                "Ejemplo: buzon plazo actuacion --presentada 2026-03-06T23:30:00-06:00 --cp 77500"})
final class PlazoActuacionCommand extends BuzonCommand {

    @Option(names = "--presentada", paramLabel = "INSTANTE", required = true,
            converter = Conversions.InstantConverter.class,
            description = "Instante en que se presentó, p. ej. 2026-03-06T23:30:00-06:00.")
    @Nullable Instant presentada;

    @Option(names = "--cp", paramLabel = "CP", description = "Código postal del domicilio fiscal (por omisión, Zona"
            + " Centro).")
    @Nullable String cp;

    @Mixin
    PlazoOptions options = new PlazoOptions();

    @Override
    int execute() {
        Optional<DomicileZone> domicile = PlazoOptions.domicile(cp);
        ZoneId zone = PlazoOptions.zone(domicile);
        ActuacionTiming a = options.plazos().actuacion(Objects.requireNonNull(presentada), zone);
        ObjectNode json = JsonOutput.object();
        json.put("presentadaEl", JsonOutput.instant(a.presentadaEl(), zone));
        PlazoOptions.putDomicile(json, domicile);
        json.put("fechaPresentacion", JsonOutput.date(a.fechaPresentacion()));
        json.put("recibidaEl", JsonOutput.instant(a.recibidaEl(), zone));
        json.put("recibidaEnZonaCentro", JsonOutput.instant(a.recibidaEl(), MexicanTime.ZONA_CENTRO));
        json.put("fechaLegal", JsonOutput.date(a.fechaLegal()));
        json.put("pasaAlSiguienteDiaHabil", a.movedToNextBusinessDay());
        json.set("diasOmitidos", JsonOutput.inhabiles(a.diasOmitidos()));
        StringBuilder human = new StringBuilder(PlazoOptions.describe(domicile)).append('\n')
                .append("Recibida el: ").append(JsonOutput.instant(a.recibidaEl(), zone)).append('\n')
                .append("Fecha legal: ").append(a.fechaLegal()).append('\n');
        PlazoOptions.putCaveats(json, human, a.advertencias());
        json.put("explicacion", a.explicacion());
        return emit(ExitCodes.OK, json, human.append('\n').append(a.explicacion()).toString());
    }
}
