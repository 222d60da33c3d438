package io.crosscheck.article.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up on the way in, and the normalised form whose hash identifies "the same text". */
public final class TextNormalizer {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    private static final Pattern QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");

    private TextNormalizer() {
    }

    /**
     * The text as stored: unified line ends, no control characters (PostgreSQL cannot store NUL),
     * no runs of blank lines. Offsets the claim-service reports refer to this form.
     */
    public static String clean(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String noControls = CONTROL.matcher(unified).replaceAll("");
        String trimmedLines = TRAILING_SPACES.matcher(noControls).replaceAll("\n");
        return BLANK_LINES.matcher(trimmedLines).replaceAll("\n\n").strip();
    }

    /** Case, width, quote style, dash style and spacing do not make a different article. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = QUOTES.matcher(folded).replaceAll("'");
        folded = DOUBLE_QUOTES.matcher(folded).replaceAll("\"");
        folded = DASHES.matcher(folded).replaceAll("-");
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalize(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
