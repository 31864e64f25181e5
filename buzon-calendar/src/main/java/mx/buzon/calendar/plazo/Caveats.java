package mx.buzon.calendar.plazo;

import java.util.List;
import mx.buzon.calendar.CalendarCaveat;

/** The Spanish sentence the explanations append for their caveats. Stateless and thread-safe. */
final class Caveats {

    private Caveats() {
    }

    /**
     * @param caveats the caveats of an answer
     * @return {@code ""} when there is none, else {@code " Advertencia: <message>"} per caveat
     */
    static String sentence(List<CalendarCaveat> caveats) {
        if (caveats.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (CalendarCaveat caveat : caveats) {
            text.append(" Advertencia (").append(caveat.code()).append("): ").append(caveat.message());
        }
        return text.toString();
    }
}
