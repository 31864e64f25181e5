package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.Optional;
import mx.buzon.calendar.zone.AmbiguousPostalCode;
import mx.buzon.calendar.zone.DomicileZone;
import mx.buzon.calendar.zone.PostalCodeZones;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code buzon cp zona CP}: the time zone of a domicilio fiscal (Ley de los Husos Horarios; Lineamientos 5.8). */
@Command(name = "zona",
        description = {"Huso horario del domicilio fiscal a partir de su código postal (Ley de los Husos Horarios"
                + " 2022; Lineamientos 5.8).",
                "Un código postal que no tiene 5 dígitos (CP_FORMATO_INVALIDO) o cuyo estado no existe"
                        + " (CP_ESTADO_DESCONOCIDO) termina con 1.",
                "Un código postal que no está en la lista y queda entre husos con horas distintas termina con 1:"
                        + " regla AMBIGUA, candidatas (husos IANA) y sin zonaHoraria; hace falta el municipio.",
                "Ejemplo: buzon cp zona 22000 --json"})
final class CpZonaCommand extends BuzonCommand {

    @Parameters(index = "0", paramLabel = "CP", description = "Código postal de 5 dígitos, p. ej. 06600.")
    String cp = "";

    @Override
    int execute() {
        PostalCodeZones zones = PostalCodeZones.reference();
        Optional<AmbiguousPostalCode> ambiguous = zones.ambiguity(cp.strip());
        if (ambiguous.isPresent()) {
            return ambiguous(ambiguous.get());
        }
        DomicileZone zone = zones.lookup(cp.strip());
        ObjectNode json = JsonOutput.object();
        json.put("cp", zone.query());
        json.put("zonaHoraria", zone.zoneId().getId());
        json.put("zona", zone.zona().name());
        json.put("desplazamientoEstandar", zone.zona().standardOffset().getId());
        json.put("frontera", zone.frontera());
        json.put("regla", zone.regla().code());
        json.put("cpUsado", zone.matchedPostalCode().orElse(null));
        json.put("estado", zone.estado());
        json.put("explicacion", zone.explicacion());
        String human = zone.zoneId().getId() + "\n" + zone.explicacion();
        return emit(ExitCodes.OK, json, human);
    }

    /** Between two zones with different offsets: the candidates and no zone, exit 1. */
    private int ambiguous(AmbiguousPostalCode ambiguous) {
        ObjectNode json = JsonOutput.object();
        json.put("cp", ambiguous.query());
        json.put("regla", ambiguous.regla().code());
        ArrayNode candidates = json.putArray("candidatas");
        ambiguous.candidatas().forEach(zone -> candidates.add(zone.getId()));
        json.put("cpInferior", ambiguous.cpInferior());
        json.put("cpSuperior", ambiguous.cpSuperior());
        json.put("estado", ambiguous.estado());
        json.put("explicacion", ambiguous.explicacion());
        String human = "AMBIGUA: " + String.join(" o ", ambiguous.candidatas().stream().map(ZoneId::getId).toList())
                + "\n" + ambiguous.explicacion();
        return emit(ExitCodes.INVALID, json, human);
    }
}
