package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code buzon demo --out DIR}: the whole Buzón journey with the SAT test e.firmas ({@link DemoJourney}): every
 * acuse written as PDF/A-3b and verified, progress lines, and a summary table in Spanish. Exit 0 when every
 * acuse verifies, 1 otherwise.
 */
@Command(name = "demo",
        description = {"Recorrido completo del Buzón IMSS con las e.firmas de prueba del SAT (EKU9003173C9 y"
                + " CACX7605101P8) el lunes 2 de marzo de 2026 desde las 10:15 h (Zona Centro): medios de contacto"
                + " registrados y validados, activación firmada, aclaración con ZIP de evidencia, opinión pública"
                + " (32-D) autorizada y cancelada, un tercero autorizado, una notificación abierta y otra tenida por"
                + " notificada al cuarto día hábil.",
                "Escribe cada acuse como PDF/A-3b en la carpeta, lo verifica y termina con una tabla de resumen. Los"
                        + " acuses los sella una institución de PRUEBA generada (no el IMSS).",
                "Ejemplo: buzon demo --out target/demo"})
final class DemoCommand extends BuzonCommand {

    @Option(names = "--out", paramLabel = "CARPETA", defaultValue = "target/demo",
            description = "Carpeta donde se escriben los acuses (por omisión: ${DEFAULT-VALUE}).")
    Path out = Path.of("target/demo");

    @Override
    int execute() {
        PrintWriter progreso = json() ? new PrintWriter(Writer.nullWriter()) : out();
        progreso.println("Demostración del Buzón IMSS: los acuses se escriben en " + out);
        DemoJourney journey = new DemoJourney(out, progreso);
        List<DemoJourney.Paso> pasos = journey.run();
        boolean todosValidos = pasos.stream().allMatch(p -> p.verificacion().isValid());

        ObjectNode json = JsonOutput.object();
        json.put("carpeta", out.toString());
        json.put("certificadoInstitucion", out.resolve(DemoJourney.CERTIFICADO_INSTITUCION).toString());
        json.put("valido", todosValidos);
        ArrayNode array = json.putArray("pasos");
        for (DemoJourney.Paso p : pasos) {
            ObjectNode node = array.addObject();
            node.put("paso", p.numero());
            node.put("descripcion", p.descripcion());
            node.put("tipo", p.acuse().tipo().name());
            node.put("folio", p.acuse().folio().toString());
            node.put("fechaLegal", p.fechaLegal());
            node.put("archivo", p.archivo().toString());
            node.put("valido", p.verificacion().isValid());
        }
        return emit(todosValidos ? ExitCodes.OK : ExitCodes.INVALID, json, resumen(pasos, todosValidos));
    }

    /** The summary table: paso, folio, fecha legal, archivo. */
    static String resumen(List<DemoJourney.Paso> pasos, boolean todosValidos) {
        String[] headers = {"Paso", "Folio", "Fecha legal (domicilio)", "Archivo"};
        int[] width = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            width[i] = headers[i].length();
        }
        for (DemoJourney.Paso p : pasos) {
            String[] row = row(p);
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder("\nResumen\n");
        line(text, headers, width);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        text.append(rule).append('\n');
        for (DemoJourney.Paso p : pasos) {
            line(text, row(p), width);
        }
        text.append('\n').append(todosValidos
                ? pasos.size() + " acuses emitidos y verificados: todos VÁLIDOS."
                : "ATENCIÓN: algún acuse NO se verificó; vea los problemas arriba.").append('\n');
        text.append("Verifique uno usted mismo: buzon acuse verify ").append(pasos.isEmpty() ? "ACUSE.pdf"
                : pasos.get(0).archivo()).append(" --cert-institucion ")
                .append(pasos.isEmpty() ? DemoJourney.CERTIFICADO_INSTITUCION
                        : pasos.get(0).archivo().resolveSibling(DemoJourney.CERTIFICADO_INSTITUCION))
                .append(" --raices sat-pruebas").append('\n');
        return text.toString();
    }

    private static String[] row(DemoJourney.Paso p) {
        return new String[] {p.numero() + ". " + p.descripcion(), p.acuse().folio().toString(), p.fechaLegal(),
                p.archivo().getFileName().toString()};
    }

    private static void line(StringBuilder text, String[] cells, int[] width) {
        for (int i = 0; i < cells.length; i++) {
            text.append(i == 0 ? "" : " | ");
            text.append(i == cells.length - 1 ? cells[i]
                    : String.format(Locale.ROOT, "%-" + width[i] + "s", cells[i]));
        }
        text.append('\n');
    }
}
