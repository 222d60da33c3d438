package io.crosscheck.nlp.stance;

import java.util.List;
import java.util.Set;

/**
 * Word lists that signal how a sentence relates to what it reports. Hand-written (the refuting list
 * starts from the FNC-1 baseline's and adds the inflections and synonyms news uses); matched on
 * lower-cased words from {@link io.crosscheck.nlp.text.TextAnalysis#words}.
 */
final class CueLexicon {
    private CueLexicon() {
    }

    /** Words that call a report false or deny it. */
    static final Set<String> REFUTING = Set.of(
            "fake", "fakes", "faked", "fraud", "fraudulent", "hoax", "hoaxes", "false", "falsely", "deny", "denies",
            "denied", "denying", "denial", "denials", "refute", "refutes", "refuted", "refuting", "debunk",
            "debunks", "debunked", "debunking", "bogus", "nope", "doubt", "doubts", "doubted", "doubtful",
            "retract", "retracts", "retracted", "retraction", "untrue", "fabricated", "fabrication", "satire",
            "satirical", "prank", "pranks", "myth", "misleading", "baseless", "unfounded", "incorrect",
            "dismissed", "dismisses", "rejected", "rejects", "disputed", "disputes", "contradicted",
            "contradicts", "lie", "lies", "lied", "rubbish", "nonsense", "erroneous", "inaccurate", "fiction",
            "photoshopped", "doctored", "scam", "spoof", "parody", "misinformation", "disinformation");

    /** Plain negation: a sentence that negates what the claim asserts tends to deny it. */
    static final Set<String> NEGATION = Set.of(
            "not", "no", "never", "none", "nothing", "neither", "nor", "nobody", "nowhere", "without", "cannot");

    /** Hedging and distancing: the text relays the claim without vouching for it (DISCUSSES). */
    static final Set<String> HEDGING = Set.of(
            "reportedly", "allegedly", "alleged", "alleges", "purportedly", "purported", "apparently", "apparent",
            "claims", "claimed", "claim", "claiming", "rumor", "rumors", "rumour", "rumours", "rumored", "rumoured",
            "unconfirmed", "unverified", "may", "might", "could", "possibly", "possible", "perhaps", "appears",
            "appear", "appeared", "seems", "seem", "seemed", "suggest", "suggests", "suggested", "speculation",
            "speculate", "speculated", "believed", "likely", "unlikely", "unclear", "whether", "supposedly",
            "according", "report", "reports", "reported", "if", "would", "expected", "potential", "potentially",
            "suspected", "thought", "questions", "question", "investigating", "investigation");

    /** Attribution: someone said it. Common in both DISCUSSES and SUPPORTS bodies. */
    static final Set<String> REPORTING = Set.of(
            "said", "says", "say", "told", "tells", "stated", "states", "statement", "announced", "announces",
            "spokesman", "spokeswoman", "spokesperson", "tweeted", "wrote", "writes", "added", "explained",
            "according", "interview", "quoted", "insisted", "insists", "noted");

    /** Words that vouch for a report. */
    static final Set<String> AFFIRMING = Set.of(
            "confirmed", "confirms", "confirm", "confirmation", "true", "indeed", "officially", "official",
            "revealed", "reveals", "proved", "proven", "proves", "verified", "verify", "actually", "definitely",
            "certainly", "evidence", "shows", "showed", "admitted", "admits", "acknowledged", "finally");

    /** Multi-word denials that single-word lists miss or dilute. */
    static final List<List<String>> DENIAL_PHRASES = List.of(
            List.of("not", "true"), List.of("no", "evidence"), List.of("not", "real"), List.of("no", "truth"),
            List.of("not", "happen"), List.of("never", "happened"), List.of("did", "not"), List.of("has", "not"),
            List.of("have", "not"), List.of("is", "not"), List.of("are", "not"), List.of("was", "not"),
            List.of("were", "not"), List.of("does", "not"), List.of("do", "not"), List.of("no", "longer"),
            List.of("not", "the", "case"), List.of("set", "the", "record", "straight"), List.of("turned", "out"),
            List.of("made", "up"));

    static int count(List<String> words, Set<String> lexicon) {
        int c = 0;
        for (String w : words) {
            if (lexicon.contains(w)) {
                c++;
            }
        }
        return c;
    }

    static int countPhrases(List<String> words, List<List<String>> phrases) {
        int c = 0;
        for (int i = 0; i < words.size(); i++) {
            for (List<String> p : phrases) {
                if (i + p.size() <= words.size() && words.subList(i, i + p.size()).equals(p)) {
                    c++;
                }
            }
        }
        return c;
    }
}
