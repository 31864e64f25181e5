package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.calendar.CalendarCaveat;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.NotificacionTiming;
import mx.buzon.calendar.plazo.PlazoLegal;
import mx.buzon.calendar.plazo.Vencimiento;
import mx.buzon.calendar.zone.DomicileZone;
import mx.buzon.calendar.zone.MexicanTime;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code buzon plazo notificacion}: when an electronic notification is made and surte efectos, and the deadlines
 * to answer it (Lineamientos 7.2, 7.4, 7.5; CFF arts. 12, 134 fr. I, 135).
 */
@Command(name = "notificacion",
        description = {"Cuándo se tiene por hecha una notificación electrónica y cuándo surte efectos (Lineamientos"
                + " 7.2, 7.4 y 7.5; CFF arts. 134 fr. I y 135), con los plazos para impugnarla.",
                "Los instantes se escriben ISO-8601 con desplazamiento; notificadaEl se muestra en Zona Centro"
                        + " (Lineamientos 7.2), las fechas en el huso del domicilio fiscal (5.8).",
                "Un año cuyos días inhábiles declarados no están confirmados se calcula con los de la ley y se"
                        + " lista en advertencias (salida 0); con --estricto termina con 1. Un código postal"
                        + " desconocido termina con 1; un instante mal escrito, con 2.",
                "Ejemplo: buzon plazo notificacion --aviso 2026-03-02T11:00:00-06:00 --cp 22000"})
final class PlazoNotificacionCommand extends BuzonCommand {

    @Option(names = "--aviso", paramLabel = "INSTANTE", required = true,
            converter = Conversions.InstantConverter.class,
            description = "Instante en que se envió el aviso, p. ej. 2026-03-02T11:00:00-06:00.")
    @Nullable Instant aviso;

    @Option(names = "--apertura", paramLabel = "INSTANTE", converter = Conversions.InstantConverter.class,
            description = "Instante en que el particular abrió el documento, si lo abrió.")
    @Nullable Instant apertura;

    @Option(names = "--cp", paramLabel = "CP", description = "Código postal del domicilio fiscal (por omisión, Zona"
            + " Centro).")
    @Nullable String cp;

    @Mixin
    PlazoOptions options = new PlazoOptions();

    @Override
    int execute() {
        Instant avisoEl = Objects.requireNonNull(aviso);
        if (apertura != null && apertura.isBefore(avisoEl)) {
            throw new CliException(CliErrorCode.USO_INCORRECTO, "La apertura (" + JsonOutput.instant(apertura,
                    MexicanTime.ZONA_CENTRO) + ") no puede ser anterior al aviso (" + JsonOutput.instant(avisoEl,
                    MexicanTime.ZONA_CENTRO) + ").", spec.qualifiedName(" "));
        }
        Optional<DomicileZone> domicile = PlazoOptions.domicile(cp);
        ZoneId zone = PlazoOptions.zone(domicile);
        BuzonPlazos plazos = options.plazos();
        NotificacionTiming n = apertura != null ? plazos.notificacion(avisoEl, apertura, zone)
                : plazos.notificacion(avisoEl, zone);

        ObjectNode json = JsonOutput.object();
        json.put("avisoEl", JsonOutput.instant(n.avisoEl(), zone));
        PlazoOptions.putDomicile(json, domicile);
        json.put("fechaAviso", JsonOutput.date(n.fechaAviso()));
        json.set("diasParaAbrir", JsonOutput.dates(n.diasParaAbrir()));
        json.put("aperturaEl", n.aperturaEl().map(a -> JsonOutput.instant(a, zone)).orElse(null));
        json.put("via", n.via().name());
        json.put("notificadaEl", JsonOutput.instant(n.notificadaEl(), MexicanTime.ZONA_CENTRO));
        json.put("fechaNotificacion", JsonOutput.date(n.fechaNotificacion()));
        json.put("surteEfectos", JsonOutput.date(n.surteEfectos()));
        List<CalendarCaveat> caveats = new ArrayList<>(n.advertencias());
        ArrayNode deadlines = json.putArray("plazos");
        StringBuilder human = new StringBuilder();
        human.append(PlazoOptions.describe(domicile)).append('\n')
                .append("Días para abrir: ").append(n.diasParaAbrir()).append('\n')
                .append("Notificada el: ").append(JsonOutput.instant(n.notificadaEl(), MexicanTime.ZONA_CENTRO))
                .append(" (").append(n.via().name()).append(")\n")
                .append("Surte efectos: ").append(n.surteEfectos()).append('\n');
        for (PlazoLegal legal : PlazoLegal.values()) {
            Vencimiento v = plazos.plazo(legal, n);
            ObjectNode d = deadlines.addObject();
            d.put("plazo", legal.name());
            d.put("descripcion", v.plazo());
            d.put("fundamento", v.fundamento());
            d.put("diasHabiles", v.dias());
            d.put("inicio", JsonOutput.date(v.inicio()));
            d.put("vence", JsonOutput.date(v.vence()));
            d.set("advertencias", JsonOutput.caveats(v.advertencias()));
            caveats.addAll(v.advertencias());
            human.append("Vence ").append(v.plazo()).append(" (").append(v.dias()).append(" días hábiles): ")
                    .append(v.vence()).append('\n');
        }
        json.set("diasOmitidos", JsonOutput.inhabiles(n.diasOmitidos()));
        json.set("advertenciasNotificacion", JsonOutput.caveats(n.advertencias()));
        PlazoOptions.putCaveats(json, human, caveats);
        json.put("explicacion", n.explicacion());
        human.append('\n').append(n.explicacion());
        return emit(ExitCodes.OK, json, human.toString());
    }
}
