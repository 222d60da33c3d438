package io.crosscheck.nlp.text;

/**
 * Makes a same-length copy of the text that the English models handle well: curly quotes and apostrophes become
 * straight ones (the tokenizer otherwise keeps "Iran’s" as one token), control characters and other junk become
 * spaces. Same length means every offset found on the copy is valid in the original.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String forNlp(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = normalize(chars[i]);
        }
        return new String(chars);
    }

    public static char normalize(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
                return '"';
            case '\u2013', '\u2014', '\u2015', '\u2212':
                return '-';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003':
                return ' ';
            case '\r':
                return ' ';
            case '\t', '\n':
                return c;
            default:
                if (Character.isISOControl(c) || c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE
                        || Character.isSurrogate(c)) {
                    return ' ';
                }
                return c;
        }
    }
}
