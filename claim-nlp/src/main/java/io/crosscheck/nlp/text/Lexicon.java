package io.crosscheck.nlp.text;

import java.util.Set;

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
    /** Reporting verbs whose object is a denial. */
    public static final Set<String> DENIAL_VERBS = words("denied", "denies", "deny", "rejected", "rejects", "reject",
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
            "individuals", "commentators", "reports", "media");
    public static final Set<String> PERSONAL_PRONOUNS = words("he", "she");
    public static final Set<String> POSSESSIVE_PRONOUNS = words("his", "her");
}
