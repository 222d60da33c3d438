package io.crosscheck.nlp.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Closed word lists shared by the engines of claim-nlp (extraction and stance). Lower case. */
public final class Lexicon {
    private Lexicon() {
    }

    /** Like Set.of but tolerant of repeats, which long hand-written lists attract. */
    public static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /**
     * Function words that carry no topic (the stance engine's stems and overlaps leave them out). Negations are
     * deliberately absent: they carry stance.
     */
    public static final Set<String> STOP_WORDS = words(
            "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about", "against",
            "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up",
            "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here",
            "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most",
            "other", "some", "such", "only", "own", "same", "so", "than", "too", "very", "s", "t", "can",
            "will", "just", "should", "now", "i", "me", "my", "myself", "we", "our", "ours", "ourselves",
            "you", "your", "yours", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it",
            "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom",
            "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have",
            "has", "had", "having", "do", "does", "did", "doing", "would", "could", "also", "as", "because",
            "until", "while", "said", "says", "say", "one", "two", "new", "like", "get", "got", "us",
            "mr", "mrs", "ms", "via", "however", "yet", "still", "whether", "may", "might", "must");

    /** Words that make a capitalised phrase a person's title. */
    public static final Set<String> CORE_TITLES = words("president", "minister", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "leader", "chancellor", "senator", "sen.", "rep.", "representative", "governor", "gov.",
            "mayor", "king", "queen", "prince", "princess", "emir", "sheikh", "general", "gen.", "admiral", "colonel",
            "commander", "chief", "ceo", "chairman", "chairwoman", "director", "ambassador", "envoy", "adviser",
            "advisor", "aide", "judge", "justice", "pope", "ayatollah", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms",
            "dr", "professor", "prof.", "premier", "analyst", "economist", "lawyer", "attorney", "correspondent",
            "official", "speaker", "head", "negotiator", "diplomat", "officer", "researcher", "scientist", "sergeant",
            "lieutenant", "captain", "founder", "executive", "cardinal", "bishop", "coach", "manager", "owner",
            "candidate", "nominee", "deputy", "representative", "commissioner", "inspector", "prosecutor", "sheriff");
    /** Words that may sit inside a title ("Foreign Minister", "Supreme Leader", "Secretary of State"). */
    public static final Set<String> TITLE_MODIFIERS = words("vice", "prime", "foreign", "defense", "defence", "finance",
            "interior", "supreme", "deputy", "senior", "former", "acting", "press", "national", "security", "economy",
            "trade", "health", "energy", "affairs", "state", "chief", "executive", "general", "top", "military",
            "presidential", "first", "crown", "assistant", "associate", "special", "white", "house", "attorney",
            "lead", "opposition", "labor", "labour", "justice", "education", "agriculture", "transport");
    /** Honorifics dropped from a person's name. */
    public static final Set<String> HONORIFICS = words("ayatollah", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr",
            "sir", "sheikh", "prof.", "rev.", "dame", "lord", "madam");
    /** Words that make a capitalised phrase an organisation. */
    public static final Set<String> ORG_KEYWORDS = words("ministry", "agency", "bank", "inc", "inc.", "corp", "corp.",
            "corporation", "company", "co.", "ltd", "ltd.", "plc", "llc", "group", "council", "organization",
            "organisation", "party", "university", "committee", "commission", "department", "court", "army", "navy",
            "forces", "force", "guard", "guards", "news", "times", "post", "journal", "association", "union",
            "institute", "fund", "authority", "service", "services", "reserve", "parliament", "congress", "senate",
            "cabinet", "government", "office", "administration", "federation", "foundation", "board", "bureau",
            "police", "network", "press", "tribune", "herald", "telegraph", "gazette", "media", "airlines", "airways",
            "motors", "holdings", "partners", "capital", "technologies", "systems", "pharmaceuticals", "assembly",
            "coalition", "alliance", "movement", "front", "center", "centre", "hospital", "school", "college",
            "exchange", "treasury", "tribunal", "club", "brigade", "brigades", "ministries", "channel", "television",
            "radio", "agencies", "kremlin", "dept.", "dept", "semiconductors", "semiconductor", "pharma", "pharmaceutical", "industries", "electronics", "labs", "airline", "energy", "petroleum", "oil", "steel", "chemicals", "chimie", "insurance", "securities", "investments", "ventures", "operator", "secretariat", "directorate", "command");
    /** Capitalised words that start sentences or name days and months, never entities on their own. */
    public static final Set<String> NOT_NAMES = words("the", "a", "an", "this", "that", "these", "those", "he", "she", "it",
            "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "if",
            "when", "while", "after", "before", "as", "for", "in", "on", "at", "by", "with", "from", "to", "of",
            "however", "meanwhile", "yet", "so", "although", "though", "because", "since", "until", "also", "still",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
            "according", "earlier", "later", "today", "yesterday", "tomorrow", "there", "here", "what", "who", "why",
            "how", "where", "which", "some", "many", "most", "all", "no", "not", "both", "either", "neither", "each",
            "every", "such", "other", "another", "one", "two", "three", "details", "read", "subscribe", "editor",
            "author", "published", "updated", "photo", "image", "related", "click", "share", "advertisement",
            "sources", "officials", "analysts", "experts", "critics", "conversely", "instead", "thus", "then", "now",
            "last", "next", "even", "only", "just", "more", "less", "than", "about", "over", "under", "again",
            "mother", "father", "brother", "sister", "wife", "husband", "son", "daughter", "god", "internet", "web",
            "covid", "ok", "tv", "am", "pm", "a.m.", "p.m.", "dear", "sir", "yes", "mrs", "mr", "ms");

    /** Verbs that introduce reported speech or a stance. Inflected forms, matched on the token. */
    public static final Set<String> REPORTING_VERBS = words("said", "says", "say", "saying", "told", "tells", "tell",
            "stated", "states", "state", "confirmed", "confirms", "confirm", "denied", "denies", "deny", "urged",
            "urges", "urge", "warned", "warns", "warn", "claimed", "claims", "claim", "insisted", "insists", "insist",
            "added", "adds", "add", "announced", "announces", "announce", "noted", "notes", "note", "argued", "argues",
            "argue", "explained", "explains", "explain", "stressed", "stresses", "stress", "emphasized",
            "emphasised", "emphasizes", "emphasises", "emphasize", "emphasise", "acknowledged", "acknowledges",
            "acknowledge", "admitted", "admits", "admit", "asserted", "asserts", "assert", "alleged", "alleges",
            "allege", "maintained", "maintains", "maintain", "rejected", "rejects", "reject", "dismissed", "dismisses",
            "dismiss", "disputed", "disputes", "dispute", "suggested", "suggests", "suggest", "estimated", "estimates",
            "predicted", "predicts", "predict", "wrote", "writes", "write", "tweeted", "tweets", "posted", "revealed",
            "reveals", "reveal", "disclosed", "discloses", "indicated", "indicates", "indicate", "believe", "believes",
            "believed", "think", "thinks", "thought", "accused", "accuses", "promised", "promises", "pledged", "pledges",
            "vowed", "vows", "threatened", "threatens", "recalled", "countered", "replied", "responded", "observed",
            "reported", "reports", "report", "concluded", "concludes", "found", "finds", "showed", "shows", "show",
            "agreed", "agrees", "conceded", "concedes", "declared", "declares", "declare", "mentioned", "remarked",
            "testified", "assured", "assures", "cautioned", "cautions", "complained", "complains", "contended",
            "contends", "contend", "demanded", "demands", "hinted", "signaled", "signalled", "projected", "projects",
            "forecast", "forecasts", "expects", "expected", "hopes", "hoped", "fears", "feared", "learned",
            "learnt", "refuted", "refutes", "refute", "contradicted", "questioned", "doubted", "boasted", "blamed",
            "blames", "charged", "wrote", "calls", "called", "argued", "recommended", "requested", "asked", "informed",
            "briefed", "ruled", "certified", "verified", "continued", "continues", "recounted", "joked", "quipped", "shouted", "tweeted", "wrote", "explained", "asserted", "reiterated", "reiterates", "lamented", "conceded", "proclaimed");
    /**
     * Reporting verbs whose object is a denial: the extraction reads them as the cue of an attribution frame
     * ("X denied that ..."), finite forms only. {@link #DENIAL_VERBS} adds the forms the stance engine meets anywhere
     * in a sentence ("denying", "debunk", "retracted", "rebuffed"); adding those here would turn extraction cues
     * such as "retracted" into denials, a change of extraction output.
     */
    public static final Set<String> DENIAL_REPORTING_VERBS = words("denied", "denies", "deny", "rejected", "rejects", "reject",
            "dismissed", "dismisses", "dismiss", "disputed", "disputes", "dispute", "refuted", "refutes", "refute",
            "contradicted", "debunked");
    /** Reporting verbs whose content is a request, not a proposition ("urged Russia to ..."). */
    public static final Set<String> DIRECTIVE_VERBS = words("urged", "urges", "urge", "called", "calls", "demanded",
            "demands", "asked", "requested", "appealed", "pressed", "recommended", "pledged", "pledges", "promised",
            "promises", "vowed", "vows", "threatened", "threatens");
    /** Reporting verbs that themselves hedge the content. */
    public static final Set<String> HEDGING_REPORTING_VERBS = words("suggested", "suggests", "suggest", "believe",
            "believes", "believed", "think", "thinks", "thought", "estimated", "estimates", "predicted", "predicts",
            "predict", "expects", "expected", "hopes", "hoped", "fears", "feared", "hinted", "speculated",
            "speculates", "alleged", "alleges", "allege", "claimed", "claims", "claim", "projected", "projects",
            "forecast", "forecasts", "signaled", "signalled", "indicated", "indicates");
    /** Heads of noun phrases that stand for unnamed sources. */
    public static final Set<String> ANONYMOUS_HEADS = words("source", "sources", "official", "officials", "people",
            "person", "insider", "insiders", "diplomat", "diplomats", "aide", "aides", "analysts", "analyst",
            "observers", "experts", "expert", "critics", "witnesses", "witness", "residents", "authorities",
            "lawmakers", "investigators", "officers", "sources", "activists", "employees", "staff", "members",
            "insiders", "spokesperson", "spokesman", "spokeswoman", "representatives", "representative", "someone",
            "individuals", "commentators", "reports", "media", "leaders");
    public static final Set<String> PERSONAL_PRONOUNS = words("he", "she");
    public static final Set<String> POSSESSIVE_PRONOUNS = words("his", "her");

    // --- Stance cues and denials. Two engines read them on different units: the extraction matches UD tokens
    // ("n't" is a token, POS known) inside an attribution frame; the stance engine matches TextAnalysis#words
    // (letter runs, "n't" already spelled "not") anywhere in a sentence, as counts that feed its trained trees.
    // Where the lists differ they stay separate, named by reader: merging them would change the extraction's output
    // or the stance model's features. Syntactic lists (subordinators, clause stops, auxiliaries a rule walks over)
    // stay with the rule that walks them.

    /** Verbs by which someone rejects a statement, every form (stance: {@code ExplicitDenial}). */
    public static final Set<String> DENIAL_VERBS = union(DENIAL_REPORTING_VERBS, words(
            "denying", "rejecting", "dismissing", "disputing", "refuting", "debunk", "debunks", "debunking",
            "contradict", "contradicts", "contradicting", "retract", "retracts", "retracted", "rebuff", "rebuffs",
            "rebuffed"));

    /**
     * Words that call a report false or deny it (stance cue count). Holds {@link #FALSITY_WORDS} and most
     * {@link #DENIAL_VERBS}, plus doubt, satire and hoax vocabulary (FNC-1's "disagree" bodies are hoax debunks); the
     * list starts from the FNC-1 baseline's refuting words.
     */
    public static final Set<String> REFUTING = words(
            "fake", "fakes", "faked", "fraud", "fraudulent", "hoax", "hoaxes", "false", "falsely", "deny", "denies",
            "denied", "denying", "denial", "denials", "refute", "refutes", "refuted", "refuting", "debunk",
            "debunks", "debunked", "debunking", "bogus", "nope", "doubt", "doubts", "doubted", "doubtful",
            "retract", "retracts", "retracted", "retraction", "untrue", "fabricated", "fabrication", "satire",
            "satirical", "prank", "pranks", "myth", "misleading", "baseless", "unfounded", "incorrect",
            "dismissed", "dismisses", "rejected", "rejects", "disputed", "disputes", "contradicted",
            "contradicts", "lie", "lies", "lied", "rubbish", "nonsense", "erroneous", "inaccurate", "fiction",
            "photoshopped", "doctored", "scam", "spoof", "parody", "misinformation", "disinformation");

    /** Words that call a statement false (stance: {@code ExplicitDenial}; a subset of {@link #REFUTING}). */
    public static final Set<String> FALSITY_WORDS = words(
            "false", "falsely", "untrue", "fake", "hoax", "baseless", "unfounded", "bogus", "fabricated", "myth",
            "misinformation", "disinformation", "incorrect", "inaccurate", "erroneous", "nonsense", "rubbish");

    /** Multi-word calls of falsity (stance: {@code ExplicitDenial}). */
    public static final List<List<String>> FALSITY_PHRASES = List.of(
            List.of("not", "true"), List.of("no", "evidence"), List.of("no", "truth"), List.of("not", "the", "case"),
            List.of("never", "happened"), List.of("did", "not", "happen"), List.of("not", "accurate"),
            List.of("not", "correct"));

    /**
     * Multi-word denials that single-word lists miss or dilute (stance cue count). Wider than {@link #FALSITY_PHRASES}:
     * it also counts negated auxiliaries ("did not", "is not"), which say nothing false on their own.
     */
    public static final List<List<String>> DENIAL_PHRASES = List.of(
            List.of("not", "true"), List.of("no", "evidence"), List.of("not", "real"), List.of("no", "truth"),
            List.of("not", "happen"), List.of("never", "happened"), List.of("did", "not"), List.of("has", "not"),
            List.of("have", "not"), List.of("is", "not"), List.of("are", "not"), List.of("was", "not"),
            List.of("were", "not"), List.of("does", "not"), List.of("do", "not"), List.of("no", "longer"),
            List.of("not", "the", "case"), List.of("set", "the", "record", "straight"), List.of("turned", "out"),
            List.of("made", "up"));

    /**
     * Extraction's falsity phrases, matched on the lowered token string of a claim's content ({@code
     * PolarityDetector}); the extraction's counterpart of {@link #FALSITY_WORDS} and {@link #FALSITY_PHRASES}.
     */
    public static final Pattern UNTRUE_PHRASES = Pattern.compile(
            "\\b(not true|untrue|false|baseless|groundless|unfounded|fabricated|fabrication|fake news|not accurate|inaccurate|"
                    + "not correct|incorrect|no truth|misleading|nonsense|lies|a lie|disinformation|does not reflect|"
                    + "did not happen|never happened)\\b");

    /** "neither confirmed nor denied" is no denial (extraction). */
    public static final Pattern NON_COMMITTAL = Pattern.compile("\\bneither confirmed nor denied\\b|\\bneither confirm nor deny\\b");

    /**
     * Negation tokens for the extraction ({@code PolarityDetector}): UD tokens, so "n't" is one; "no" is left to a
     * rule of its own (it must govern a following word) and "without" is a subordinator there.
     */
    public static final Set<String> NEGATIONS = words("not", "n't", "never", "nobody", "nothing", "none", "nowhere",
            "neither", "nor", "cannot");

    /** "not only", "not just", "not least" add rather than negate (extraction). */
    public static final Set<String> NOT_NEGATING = words("only", "just", "merely", "simply", "least", "necessarily");

    /**
     * Plain negation for the stance engine (cue count and {@code ExplicitDenial}): words as
     * {@link TextAnalysis#words} spells them (so no "n't"), with "no" and "without" counted as negations.
     */
    /**
     * Irregular past forms of verbs common in news, to their base form: a denial says "did not lay off", the report
     * it answers "laid off". Porter stems do not join them.
     */
    public static final java.util.Map<String, String> IRREGULAR_PAST = pairs(
            "laid", "lay", "paid", "pay", "said", "say", "sold", "sell", "told", "tell", "met", "meet", "sent", "send",
            "spent", "spend", "lent", "lend", "built", "build", "bought", "buy", "brought", "bring", "caught", "catch",
            "taught", "teach", "thought", "think", "fought", "fight", "sought", "seek", "made", "make", "gave", "give",
            "given", "give", "took", "take", "taken", "take", "went", "go", "gone", "go", "came", "come", "saw", "see",
            "seen", "see", "knew", "know", "known", "know", "won", "win", "lost", "lose", "left", "leave", "held", "hold",
            "led", "lead", "fell", "fall", "fallen", "fall", "rose", "rise", "risen", "rise", "grew", "grow", "grown",
            "grow", "ran", "run", "hit", "hit", "cut", "cut", "shot", "shoot", "struck", "strike", "stole", "steal",
            "stolen", "steal", "broke", "break", "broken", "break", "wrote", "write", "written", "write", "began",
            "begin", "begun", "begin", "drove", "drive", "driven", "drive", "flew", "fly", "flown", "fly", "threw",
            "throw", "thrown", "throw", "withdrew", "withdraw", "withdrawn", "withdraw", "fled", "flee", "found", "find",
            "kept", "keep", "felt", "feel", "heard", "hear", "meant", "mean", "became", "become", "chose", "choose",
            "chosen", "choose", "spoke", "speak", "spoken", "speak", "sank", "sink", "sunk", "sink", "hid", "hide",
            "hidden", "hide", "froze", "freeze", "frozen", "freeze", "bit", "bite", "bitten", "bite", "ate", "eat",
            "eaten", "eat", "slept", "sleep", "swore", "swear", "sworn", "swear", "dealt", "deal");

    public static final Set<String> NEGATION_WORDS = words(
            "not", "no", "never", "none", "nothing", "neither", "nor", "nobody", "nowhere", "without", "cannot");

    /**
     * Hedging and distancing for the stance engine: the text relays the claim without vouching for it (DISCUSSES).
     * Single words, with report nouns and attribution ("according", "report"), which the extraction keeps apart as
     * attribution rather than hedging.
     */
    public static final Set<String> HEDGING_WORDS = words(
            "reportedly", "allegedly", "alleged", "alleges", "purportedly", "purported", "apparently", "apparent",
            "claims", "claimed", "claim", "claiming", "rumor", "rumors", "rumour", "rumours", "rumored", "rumoured",
            "unconfirmed", "unverified", "may", "might", "could", "possibly", "possible", "perhaps", "appears",
            "appear", "appeared", "seems", "seem", "seemed", "suggest", "suggests", "suggested", "speculation",
            "speculate", "speculated", "believed", "likely", "unlikely", "unclear", "whether", "supposedly",
            "according", "report", "reports", "reported", "if", "would", "expected", "potential", "potentially",
            "suspected", "thought", "questions", "question", "investigating", "investigation");

    /** Modal hedges: "could be a hoax" does not call anything false (stance: {@code ExplicitDenial}). */
    public static final Set<String> MODAL_HEDGES = words("could", "may", "might", "possibly", "perhaps", "if", "whether");

    /**
     * Hedges for the extraction ({@code HedgeDetector}), matched on the lowered token string: evidential adverbs,
     * modals, raising verbs, uncertainty, conditionals, speculation; multi-word, hence a pattern.
     */
    public static final Pattern HEDGE_PHRASES = Pattern.compile("\\b("
            + "reportedly|allegedly|apparently|purportedly|supposedly|presumably|possibly|perhaps|probably|likely|"
            + "unlikely|potentially|conceivably|arguably|may|might|could|"
            + "(?:appears?|appeared|seems?|seemed)(?: to)?|"
            + "(?:is|are|was|were|been) (?:widely )?(?:believed|thought|said|reported|rumou?red|understood|alleged|expected|suspected|feared) to|"
            + "it is unclear|it was unclear|it remains unclear|(?:is|was|remains|remained|still) unclear|not clear|unconfirmed|unverified|"
            + "speculation|speculated|rumou?rs?|if|unless|suggests?|suggested|(?:is|are|was|were) estimated|"
            + "not (?:yet )?(?:been )?(?:independently )?verified|cannot be verified|could not be verified"
            + ")\\b");

    /**
     * Attribution cues for the stance engine: someone said it (common in both DISCUSSES and SUPPORTS bodies). Wider
     * than words about speech: it counts "spokesman", "statement", "interview". The extraction's
     * {@link #REPORTING_VERBS} are the verbs that open an attribution frame.
     */
    public static final Set<String> REPORTING_WORDS = words(
            "said", "says", "say", "told", "tells", "stated", "states", "statement", "announced", "announces",
            "spokesman", "spokeswoman", "spokesperson", "tweeted", "wrote", "writes", "added", "explained",
            "according", "interview", "quoted", "insisted", "insists", "noted");

    /** Words that vouch for a report (stance cue count). */
    public static final Set<String> AFFIRMING_WORDS = words(
            "confirmed", "confirms", "confirm", "confirmation", "true", "indeed", "officially", "official",
            "revealed", "reveals", "proved", "proven", "proves", "verified", "verify", "actually", "definitely",
            "certainly", "evidence", "shows", "showed", "admitted", "admits", "acknowledged", "finally");

    /**
     * Claims that already negate, reject, hedge or attribute ("X says ...", "... reportedly ...", a question) are
     * statements about a report; a text denying that report discusses them rather than denies them (so FNC-1 labels
     * such pairs), and the stance rules stay out.
     */
    public static final Set<String> CLAIM_ATTRIBUTION = words(
            "claims", "claim", "claimed", "reportedly", "report", "reports", "reported", "allegedly", "alleged",
            "rumor", "rumors", "rumour", "rumours", "rumored", "says", "said", "according", "nope");

    // ---- Lists of the claim-service's story report and claim check --------------------------------------------

    /**
     * Reporting verbs with which an outlet relays another's claim without endorsing it: a report position that
     * rests on them DISCUSSES rather than SUPPORTS.
     */
    public static final Set<String> RELAYING_VERBS = words("claimed", "claims", "claim", "alleged", "alleges",
            "reported", "reports", "rumoured", "rumored");

    /**
     * What makes a checked claim itself a negation ("X did not ...", "the report is false"): its stance toward a
     * stored claim flips. Words as {@link TextAnalysis#words} spells them ("didn't" reads "did not").
     */
    public static final Set<String> CHECK_NEGATIONS = words("not", "no", "never", "denied", "denies", "deny", "false",
            "untrue");

    /**
     * Title words that name no event, left out of the story keys: function words of four letters or more (shorter
     * words are left out anyway) and the vocabulary of headlines themselves ("live", "update", "report").
     */
    public static final Set<String> TITLE_STOP_WORDS = words(
            "about", "after", "again", "against", "amid", "also", "among", "been", "before", "being", "between",
            "could", "does", "from", "have", "into", "just", "more", "most", "over", "said", "says", "some", "than",
            "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until",
            "very", "were", "what", "when", "where", "which", "while", "will", "with", "would", "your", "report",
            "reports", "news", "today", "update", "live", "latest", "breaking", "year", "years", "week", "month");

    /** Key, value, key, value ...: a repeated key keeps its first value. */
    private static java.util.Map<String, String> pairs(String... keysAndValues) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.putIfAbsent(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Map.copyOf(map);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** How many of the words are in the list. */
    public static int count(List<String> words, Set<String> list) {
        int c = 0;
        for (String w : words) {
            if (list.contains(w)) {
                c++;
            }
        }
        return c;
    }

    /** How many times any of the phrases occurs in the words (overlaps counted). */
    public static int countPhrases(List<String> words, List<List<String>> phrases) {
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
