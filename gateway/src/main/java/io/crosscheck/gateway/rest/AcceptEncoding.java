package io.crosscheck.gateway.rest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a request's Accept-Encoding (RFC 9110 §12.5.3) for the one question the gateway asks: may the answer be
 * gzip? An explicit {@code gzip} (or its alias {@code x-gzip}) decides by its q value; otherwise {@code *} does;
 * otherwise no. {@code q=0} means "not acceptable". Codings are case-insensitive; the header may be repeated and
 * each may be a comma list.
 */
final class AcceptEncoding {

    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private AcceptEncoding() {
    }

    static boolean acceptsGzip(List<String> headers) {
        double gzip = -1;
        double any = -1;
        if (headers != null) {
            for (String header : headers) {
                for (String element : header == null ? new String[0] : header.split(",")) {
                    String[] parameters = element.split(";");
                    String coding = parameters[0].trim().toLowerCase(Locale.ROOT);
                    if (coding.equals("gzip") || coding.equals("x-gzip")) {
                        gzip = Math.max(gzip, quality(parameters));
                    } else if (coding.equals("*")) {
                        any = Math.max(any, quality(parameters));
                    }
                }
            }
        }
        return (gzip >= 0 ? gzip : any) > 0;
    }

    /** The element's q: 1 when absent, 0 when malformed, so that a header we cannot read never yields gzip. */
    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] nameAndValue = parameters[i].split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].trim().equalsIgnoreCase("q")) {
                String value = nameAndValue[1].trim();
                return QVALUE.matcher(value).matches() ? Double.parseDouble(value) : 0;
            }
        }
        return 1;
    }
}
