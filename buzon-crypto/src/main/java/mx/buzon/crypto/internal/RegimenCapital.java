package mx.buzon.crypto.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Removes the régimen capital (the kind of company: "SA DE CV", "S DE RL", "SC", ...) from the end of a razón
 * social, as CFDI 4.0 asks for the emisor's and receptor's name ("ESCUELA KEMPER URGATE SA DE CV" is invoiced as
 * "ESCUELA KEMPER URGATE").
 *
 * <p>The suffixes are compared word by word, ignoring dots and commas and case ({@code S.A. de C.V.} is
 * {@code SA DE CV}); the longest that ends the name is removed, then again, so that a name written with the
 * régimen twice ("ORGANICOS ÑAVEZ OSORIO S.A DE C.V SA DE CV") loses both. At least one word always remains.
 */
public final class RegimenCapital {

    /**
     * The régimen capital suffixes removed, as words: the sociedades of the Ley General de Sociedades
     * Mercantiles (SA, S DE RL, S EN C, S EN NC, S EN C POR A, SAS, SC, SCP, SCOOP) with "DE CV" (capital
     * variable) where it applies, the Ley del Mercado de Valores' SAPI and SAB, the civil AC and IAP, the rural
     * SPR DE RL / DE RI / DE RS, the financial SOFOM ENR / ER, and "S DE CV", which the SAT's own test certificates
     * use.
     */
    public static final List<String> SUFFIXES = List.of(
            "SA DE CV", "SA", "S DE RL DE CV", "S DE RL", "S EN C DE CV", "S EN C", "S EN NC DE CV", "S EN NC",
            "S EN C POR A DE CV", "S EN C POR A", "SAS DE CV", "SAS", "SAPI DE CV", "SAPI", "SAB DE CV", "SAB",
            "SC DE CV", "SC", "SCP", "SC DE RL DE CV", "SC DE RL", "SC DE RS", "SCOOP", "SCL", "AC", "IAP",
            "SPR DE RL DE CV", "SPR DE RL", "SPR DE RI DE CV", "SPR DE RI", "SPR DE RS", "S DE PR DE RL",
            "SA DE CV SOFOM ENR", "SA DE CV SOFOM ER", "SAPI DE CV SOFOM ENR", "SOFOM ENR", "SOFOM ER", "ENR",
            "S DE CV");

    private static final List<List<String>> BY_LENGTH = byLength();

    private RegimenCapital() {
    }

    /**
     * @param razonSocial e.g. {@code ESCUELA KEMPER URGATE SA DE CV}
     * @return e.g. {@code ESCUELA KEMPER URGATE}; the same text when it ends with no listed suffix
     */
    public static String strip(String razonSocial) {
        List<String> words = new ArrayList<>(Arrays.asList(razonSocial.trim().split("\\s+")));
        boolean removed = true;
        while (removed) {
            removed = false;
            for (List<String> suffix : BY_LENGTH) {
                if (words.size() > suffix.size() && endsWith(words, suffix)) {
                    words.subList(words.size() - suffix.size(), words.size()).clear();
                    removed = true;
                    break;
                }
            }
        }
        String result = String.join(" ", words);
        while (result.endsWith(",")) { // "EMPRESA, S.A." keeps no dangling comma
            result = result.substring(0, result.length() - 1).trim();
        }
        return result.isEmpty() ? razonSocial.trim() : result;
    }

    private static boolean endsWith(List<String> words, List<String> suffix) {
        int offset = words.size() - suffix.size();
        for (int i = 0; i < suffix.size(); i++) {
            if (!normal(words.get(offset + i)).equals(suffix.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String normal(String word) {
        return word.replace(".", "").replace(",", "").toUpperCase(Locale.ROOT);
    }

    private static List<List<String>> byLength() {
        List<List<String>> suffixes = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            suffixes.add(List.of(suffix.split(" ")));
        }
        suffixes.sort(Comparator.comparingInt((List<String> s) -> s.size()).reversed());
        return List.copyOf(suffixes);
    }
}
