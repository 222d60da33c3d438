package io.crosscheck.nlp.origin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agency an article credits as the origin of its text: outlets that run an agency's copy say so in the
 * dateline ("LONDON (Reuters) -", "WASHINGTON (AP) —"), in a closing credit ("— AFP", "Source: Reuters") or in a
 * copyright line ("Copyright 2025 The Associated Press"); an agency's own article has the agency as its source.
 *
 * <p>Only those places count: an agency named in the body ("Peskov told Reuters", "according to AFP") is a source
 * the outlet quotes, not the origin of its text. One agency per article, the first credit found (dateline, then
 * closing credit, then copyright); an article crediting two agencies is counted with the first.
 */
public final class WireCredit {

    /** Agency id → the names it is credited by, longest first. The ids are what origins are labelled with. */
    public static final Map<String, List<String>> AGENCIES = agencies();

    /** How far into the text a dateline credit is looked for, and how far from its end a closing credit. */
    private static final int OPENING = 300;
    private static final int CLOSING = 300;

    private static final String NAMES = names();
    private static final String DASH = "(?:-{1,2}|\u2013|\u2014)";
    private static final Pattern DATELINE = Pattern.compile(
            "\\(\\s*(" + NAMES + ")\\s*\\)\\s*(?:" + DASH + "|:)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "(?:^|[\\n.!?\"\u201d])\\s*(?:" + DASH + "|\\(?source:)\\s*(?:the\\s+)?(" + NAMES + ")\\s*\\)?\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:copyright|\u00a9|\\(c\\))\\s*(?:\u00a9\\s*)?(?:\\d{4}\\s*)?(?:the\\s+)?(" + NAMES + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private WireCredit() {
    }

    /**
     * The id of the agency the article credits (a key of {@link #AGENCIES}), if any.
     *
     * @param source the outlet's name: an agency's own article credits itself
     */
    public static Optional<String> agencyOf(String source, String text) {
        Optional<String> own = agencyNamed(source);
        if (own.isPresent()) {
            return own;
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String body = text.strip();
        Matcher dateline = DATELINE.matcher(body.substring(0, Math.min(body.length(), OPENING)));
        if (dateline.find()) {
            return agencyNamed(dateline.group(1));
        }
        Matcher closing = CLOSING_CREDIT.matcher(body.substring(Math.max(0, body.length() - CLOSING)));
        if (closing.find()) {
            return agencyNamed(closing.group(1));
        }
        Matcher copyright = COPYRIGHT.matcher(body);
        if (copyright.find()) {
            return agencyNamed(copyright.group(1));
        }
        return Optional.empty();
    }

    /** The agency a name (exactly, case aside, with or without a leading "The") stands for. */
    static Optional<String> agencyNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().replaceFirst("(?i)^the\\s+", "").replaceAll("\\s+", " ");
        for (Map.Entry<String, List<String>> agency : AGENCIES.entrySet()) {
            for (String known : agency.getValue()) {
                if (known.equalsIgnoreCase(wanted)) {
                    return Optional.of(agency.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The international and large national wire services whose copy outlets republish. "PA" alone is left out (it
     * is also Pennsylvania's abbreviation in US datelines).
     */
    private static Map<String, List<String>> agencies() {
        Map<String, List<String>> agencies = new LinkedHashMap<>();
        agencies.put("reuters", List.of("Thomson Reuters", "Reuters"));
        agencies.put("ap", List.of("Associated Press", "AP"));
        agencies.put("afp", List.of("Agence France-Presse", "Agence France Presse", "AFP"));
        agencies.put("dpa", List.of("Deutsche Presse-Agentur", "dpa"));
        agencies.put("bloomberg", List.of("Bloomberg News", "Bloomberg"));
        agencies.put("upi", List.of("United Press International", "UPI"));
        agencies.put("pa", List.of("Press Association", "PA Media"));
        agencies.put("efe", List.of("Agencia EFE", "EFE"));
        agencies.put("ansa", List.of("ANSA"));
        agencies.put("xinhua", List.of("Xinhua News Agency", "Xinhua"));
        agencies.put("kyodo", List.of("Kyodo News", "Kyodo"));
        agencies.put("tass", List.of("TASS"));
        return Collections.unmodifiableMap(agencies);
    }

    /** Every name as one regex alternation, longest first so that "Associated Press" wins over "AP". */
    private static String names() {
        List<String> all = new ArrayList<>();
        AGENCIES.values().forEach(all::addAll);
        all.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder();
        for (String name : all) {
            alternation.append(alternation.length() == 0 ? "" : "|")
                    .append(Pattern.quote(name).replace(" ", "\\E\\s+\\Q"));
        }
        return alternation.toString();
    }
}
