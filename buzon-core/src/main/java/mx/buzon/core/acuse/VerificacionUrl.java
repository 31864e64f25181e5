package mx.buzon.core.acuse;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds the plain-ASCII HTTPS verification URL that the QR code of an acuse carries (docs/LEGAL.md §5): the folio,
 * the RFC and the last {@value #SELLO_SUFFIX_LENGTH} characters of the sello digital.
 *
 * <p>Example: {@code VerificacionUrl.of("verifica.example.mx", "/acuse").url(acuse)} gives
 * {@code https://verifica.example.mx/acuse?folio=BI-20250203-100717151&rfc=A%26A050908GT0&sello=Yw2m9A%3D%3D}.
 * Host, path and parameter names are configuration: the SDK knows no official verification address, so there
 * is no default host. Every character outside {@code A-Z a-z 0-9 - . _ ~} is percent-encoded from UTF-8
 * (RFC 3986), so {@code Ñ} becomes {@code %C3%91}, {@code &} {@code %26}, and Base64's {@code + / =}
 * {@code %2B %2F %3D}: the URL is always plain ASCII.
 *
 * <p>Immutable and thread-safe.
 */
public final class VerificacionUrl {

    /** How many trailing characters of the sello the URL carries. */
    public static final int SELLO_SUFFIX_LENGTH = 8;
    /** Default parameter name of the folio. */
    public static final String DEFAULT_FOLIO_PARAM = "folio";
    /** Default parameter name of the RFC. */
    public static final String DEFAULT_RFC_PARAM = "rfc";
    /** Default parameter name of the sello's suffix. */
    public static final String DEFAULT_SELLO_PARAM = "sello";

    private static final Pattern HOST = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(:[0-9]{1,5})?");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*/?");
    private static final Pattern PARAM = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");

    private final String host;
    private final String path;
    private final String folioParam;
    private final String rfcParam;
    private final String selloParam;

    private VerificacionUrl(String host, String path, String folioParam, String rfcParam, String selloParam) {
        this.host = check(host, HOST, "host");
        this.path = check(path, PATH, "path");
        this.folioParam = check(folioParam, PARAM, "folioParam");
        this.rfcParam = check(rfcParam, PARAM, "rfcParam");
        this.selloParam = check(selloParam, PARAM, "selloParam");
        if (folioParam.equals(rfcParam) || folioParam.equals(selloParam) || rfcParam.equals(selloParam)) {
            throw new IllegalArgumentException("The three parameter names must differ: " + folioParam + ", "
                    + rfcParam + ", " + selloParam);
        }
    }

    private static String check(String value, Pattern pattern, String name) {
        Objects.requireNonNull(value, name);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must match " + pattern.pattern() + ": \"" + value + "\"");
        }
        return value;
    }

    /**
     * A builder with the default parameter names.
     *
     * @param host e.g. {@code verifica.example.mx} (a DNS name, optional {@code :port}; no scheme)
     * @param path e.g. {@code /acuse}, or empty; unreserved characters only
     * @return the builder
     * @throws IllegalArgumentException when host or path is not of that form
     */
    public static VerificacionUrl of(String host, String path) {
        return new VerificacionUrl(host, path, DEFAULT_FOLIO_PARAM, DEFAULT_RFC_PARAM, DEFAULT_SELLO_PARAM);
    }

    /**
     * A copy with other parameter names.
     *
     * @param folio e.g. {@code f}
     * @param rfc e.g. {@code re}
     * @param sello e.g. {@code fe}
     * @return the copy
     * @throws IllegalArgumentException when a name is not {@code [A-Za-z][A-Za-z0-9_]{0,31}} or two are equal
     */
    public VerificacionUrl withParameterNames(String folio, String rfc, String sello) {
        return new VerificacionUrl(host, path, folio, rfc, sello);
    }

    /**
     * The URL for a sealed acuse.
     *
     * @param acuse an acuse with a sello digital
     * @return the URL, plain ASCII
     * @throws IllegalArgumentException when the acuse has no sello yet
     */
    public String url(Acuse acuse) {
        String sello = acuse.selloDigital().orElseThrow(() -> new IllegalArgumentException(
                "The acuse " + acuse.folio() + " has no sello digital yet; the QR needs it"));
        return url(acuse.folio().toString(), acuse.particular().rfc().toString(), sello);
    }

    /**
     * The URL from its parts.
     *
     * @param folio e.g. {@code BI-20250203-100717151}
     * @param rfc e.g. {@code A&A050908GT0}
     * @param sello the whole sello (Base64); only its last {@value #SELLO_SUFFIX_LENGTH} characters are used
     * @return the URL
     * @throws IllegalArgumentException when the sello is shorter than {@value #SELLO_SUFFIX_LENGTH} characters
     */
    public String url(String folio, String rfc, String sello) {
        Objects.requireNonNull(folio, "folio");
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(sello, "sello");
        if (sello.length() < SELLO_SUFFIX_LENGTH) {
            throw new IllegalArgumentException("A sello has at least " + SELLO_SUFFIX_LENGTH + " characters, not "
                    + sello.length());
        }
        return "https://" + host + path + "?" + folioParam + "=" + encode(folio) + "&" + rfcParam + "="
                + encode(rfc) + "&" + selloParam + "=" + encode(sello.substring(sello.length() - SELLO_SUFFIX_LENGTH));
    }

    /**
     * Percent-encodes every byte of the UTF-8 form that is not an RFC 3986 unreserved character.
     *
     * @param value e.g. {@code PEÑA&}
     * @return e.g. {@code PE%C3%91A%26}
     */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "VerificacionUrl[https://" + host + path + "?" + folioParam + "&" + rfcParam + "&" + selloParam + "]";
    }
}
