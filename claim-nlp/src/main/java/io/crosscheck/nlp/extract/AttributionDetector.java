package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.Lexicon;

import java.util.List;
import java.util.Set;

/**
 * Finds the attribution frame of one sentence, in this order: direct quotes (speaker after, before or between the
 * quoted parts), "according to X", reported speech with the speaker after the content (", Peskov said."), then
 * reported speech with the speaker first ("Peskov said that ...", "X told reporters ..."). Whether the speaker is a
 * named person, an organisation or an anonymous source is decided later by {@link ClaimantResolver}.
 */
final class AttributionDetector {
    private static final int MAX_SPEAKER_TOKENS = 14;
    private static final Set<String> AUX_BETWEEN = Set.of("has", "have", "had", "also", "later", "earlier", "again",
            "repeatedly", "previously", "publicly", "will", "would", "further", "then", "separately", "once",
            "firmly", "flatly", "strongly", "categorically", "explicitly", "openly", "recently", "reportedly",
            "allegedly", "is", "was", "were", "are");
    private static final Set<String> ADJUNCT_STARTS = Set.of("on", "in", "at", "during", "late", "early", "last",
            "this", "after", "before", "when", "while", "to", "told", "via", "through", "from", "yesterday", "today",
            "earlier", "later", "adding", "citing", "speaking", "according", "without", "as", "with", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> CLAUSE_STOPS = Set.of("that", "which", "who", "because", "if", "when", "while",
            "although", "whether");

    QuoteFrame detect(AnalyzedSentence s, QuoteTracker.QuoteMarks marks, int firstToken) {
        AttributionMatch quote = directQuote(s, marks);
        if (quote != null) {
            return new QuoteFrame(quote, false);
        }
        if (marks.fullyQuoted(s) || marks.openAtStart() && marks.quotedCount() * 2 > s.size()) {
            return new QuoteFrame(new AttributionMatch(Attribution.DIRECT_QUOTE, 0, 0, 0, 0, 0, s.size(), marks.quoted()),
                    true);
        }
        AttributionMatch match = accordingTo(s);
        if (match == null) {
            match = speakerAfter(s, firstToken, s.size());
        }
        if (match == null) {
            match = parenthetical(s, firstToken);
        }
        if (match == null) {
            match = speakerFirst(s, firstToken);
        }
        return new QuoteFrame(match != null ? match : AttributionMatch.none(s), false);
    }

    /** The attribution plus whether it is a quote still waiting for a speaker from a neighbouring sentence. */
    record QuoteFrame(AttributionMatch match, boolean needsSpeaker) {
    }

    private AttributionMatch directQuote(AnalyzedSentence s, QuoteTracker.QuoteMarks marks) {
        if (marks.quotedCount() < 3) {
            return null;
        }
        boolean[] quoted = marks.quoted();
        // The unquoted stretch that is not the content: collect first/last quoted token.
        int firstQuoted = -1;
        int lastQuoted = -1;
        for (int i = 0; i < s.size(); i++) {
            if (quoted[i]) {
                if (firstQuoted < 0) {
                    firstQuoted = i;
                }
                lastQuoted = i;
            }
        }
        // Speaker after: "...," said Kremlin spokesman Dmitry Peskov. / "...," Peskov stated.
        int after = lastQuoted + 1;
        while (after < s.size() && (s.isQuote(after) || isPunctuationToken(s, after))) {
            after++;
        }
        if (after < s.size()) {
            int tailEnd = s.size();
            // Stop at a second quoted part ("A," he said, "B.").
            for (int i = after; i < s.size(); i++) {
                if (s.isQuote(i)) {
                    tailEnd = i;
                    break;
                }
            }
            int[] speaker = speakerClause(s, after, trimPunctuation(s, after, tailEnd));
            if (speaker != null && countQuotedBefore(quoted, after) >= 3) {
                return new AttributionMatch(Attribution.DIRECT_QUOTE, speaker[0], speaker[1], speaker[2], speaker[3],
                        firstQuoted, s.size(), quoted);
            }
        }
        // Speaker between two quoted parts.
        for (int i = firstQuoted; i < lastQuoted; i++) {
            if (!quoted[i] && !s.isQuote(i) && !isPunctuationToken(s, i)) {
                int gapEnd = i;
                while (gapEnd < lastQuoted && !quoted[gapEnd]) {
                    gapEnd++;
                }
                int from = i;
                int to = trimPunctuation(s, from, gapEnd);
                while (to > from && s.isQuote(to - 1)) {
                    to = trimPunctuation(s, from, to - 1);
                }
                int[] speaker = speakerClause(s, from, to);
                if (speaker != null) {
                    return new AttributionMatch(Attribution.DIRECT_QUOTE, speaker[0], speaker[1], speaker[2], speaker[3],
                            firstQuoted, s.size(), quoted);
                }
                break;
            }
        }
        // Speaker before: Peskov said: "..." / Peskov told reporters, "..."
        int before = firstQuoted - 1;
        while (before >= 0 && (s.isQuote(before) || isPunctuationToken(s, before))) {
            before--;
        }
        if (before >= 0 && firstQuoted - before <= 3) {
            int verb = -1;
            for (int i = before; i >= 0 && i >= before - 3; i--) {
                if (isReportingVerb(s, i)) {
                    verb = i;
                    break;
                }
            }
            if (verb > 0) {
                int[] speaker = subjectBefore(s, verb);
                if (speaker != null) {
                    return new AttributionMatch(Attribution.DIRECT_QUOTE, speaker[0], speaker[1], verb, verb + 1,
                            firstQuoted, s.size(), quoted);
                }
            }
        }
        return null;
    }

    /** The noun phrase before the last verb of a line ending in a colon: "Cruz continued:", "— Cruz called them on it:". */
    int[] speakerBeforeColon(AnalyzedSentence s) {
        int verb = -1;
        for (int i = s.size() - 1; i >= 0; i--) {
            if ("VERB".equals(s.tags[i])) {
                verb = i;
                break;
            }
        }
        if (verb <= 0) {
            return null;
        }
        int to = verb;
        while (to > 0 && AUX_BETWEEN.contains(s.lower(to - 1))) {
            to--;
        }
        int from = to;
        while (from > 0 && to - from < 6 && Set.of("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM").contains(s.tags[from - 1])) {
            from--;
        }
        return from < to && isNounPhrase(s, from, to) ? new int[]{from, to} : null;
    }

    /** The named mention that ends just before a cue, past "has", "also" and the like: "Tom Reyes (also) said". */
    Mention subjectMention(AnalyzedSentence s, List<Mention> mentions, int cue) {
        int to = cue;
        while (to > 0 && AUX_BETWEEN.contains(s.lower(to - 1))) {
            to--;
        }
        for (Mention m : mentions) {
            if (m.to() == to && m.hasName()) {
                return m;
            }
        }
        return null;
    }

    /** The subject of a reporting verb that opens the sentence: "Peskov said:", "On Tuesday, the Kremlin said". */
    private int[] subjectBefore(AnalyzedSentence s, int verb) {
        int start = skipLeadingAdverbial(s);
        int speakerTo = verb;
        while (speakerTo > start && AUX_BETWEEN.contains(s.lower(speakerTo - 1))) {
            speakerTo--;
        }
        while (speakerTo > start && s.words[speakerTo - 1].equals(",")) {
            speakerTo--;
        }
        if (speakerTo > start && isNounPhrase(s, start, speakerTo)) {
            return new int[]{start, speakerTo};
        }
        return null;
    }

    private static int countQuotedBefore(boolean[] quoted, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (quoted[i]) {
                n++;
            }
        }
        return n;
    }

    /** "according to X, CONTENT" or "CONTENT, according to X". */
    private AttributionMatch accordingTo(AnalyzedSentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.lower(i).equals("according") && s.lower(i + 1).equals("to")) {
                int speakerFrom = i + 2;
                int speakerTo = speakerFrom;
                while (speakerTo < s.size() && !s.words[speakerTo].equals(",") && !isFinalPunctuation(s, speakerTo)
                        && speakerTo - speakerFrom < MAX_SPEAKER_TOKENS) {
                    speakerTo++;
                }
                if (speakerTo == speakerFrom) {
                    return null;
                }
                if (i <= 1 || i <= 3 && startsWithConnector(s)) {
                    int contentFrom = speakerTo < s.size() && s.words[speakerTo].equals(",") ? speakerTo + 1 : speakerTo;
                    return new AttributionMatch(Attribution.ACCORDING_TO, speakerFrom, speakerTo, i, i + 2, contentFrom,
                            s.size(), null);
                }
                int contentTo = i > 0 && s.words[i - 1].equals(",") ? i - 1 : i;
                return new AttributionMatch(Attribution.ACCORDING_TO, speakerFrom, speakerTo, i, i + 2, 0, contentTo,
                        null);
            }
        }
        return null;
    }

    private static boolean startsWithConnector(AnalyzedSentence s) {
        String first = s.lower(0);
        return first.equals("but") || first.equals("and") || first.equals("however") || first.equals("yet")
                || first.equals("also") || first.equals("meanwhile");
    }

    /**
     * "The talks, Peskov said, were useful": the speaker clause sits between commas inside the content. The content
     * mask leaves the clause out of the claim text.
     */
    private AttributionMatch parenthetical(AnalyzedSentence s, int firstToken) {
        for (int open = firstToken + 2; open < s.size() - 4; open++) {
            if (!s.words[open].equals(",")) {
                continue;
            }
            for (int close = open + 2; close < Math.min(s.size() - 2, open + 10); close++) {
                if (!s.words[close].equals(",")) {
                    continue;
                }
                int[] speaker = speakerClause(s, open + 1, close);
                if (speaker != null && speaker[0] > open && hasVerb(s, close + 1, s.size())) {
                    boolean[] content = new boolean[s.size()];
                    for (int i = 0; i < s.size(); i++) {
                        content[i] = i < open || i > close;
                    }
                    return new AttributionMatch(Attribution.INDIRECT, speaker[0], speaker[1], speaker[2], speaker[3],
                            firstToken, s.size(), content);
                }
                break;
            }
        }
        return null;
    }

    /** "CONTENT, Peskov said." / "CONTENT, said Kremlin spokesman Dmitry Peskov." */
    AttributionMatch speakerAfter(AnalyzedSentence s, int from, int to) {
        int end = trimPunctuation(s, from, to);
        for (int comma = end - 2; comma > from + 2 && end - comma <= MAX_SPEAKER_TOKENS + 4; comma--) {
            if (!s.words[comma].equals(",")) {
                continue;
            }
            int[] speaker = speakerClause(s, comma + 1, end);
            if (speaker != null) {
                return new AttributionMatch(Attribution.INDIRECT, speaker[0], speaker[1], speaker[2], speaker[3], from,
                        comma, null);
            }
        }
        return null;
    }

    /**
     * A short clause that names a speaker and a reporting verb: "said Kremlin spokesman Dmitry Peskov", "Peskov stated",
     * "he told reporters on Tuesday". Returns {speakerFrom, speakerTo, cueFrom, cueTo} or null.
     */
    int[] speakerClause(AnalyzedSentence s, int from, int to) {
        if (to - from < 2 || to - from > MAX_SPEAKER_TOKENS + 4) {
            return null;
        }
        if (isReportingVerb(s, from)) {
            int speakerTo = from + 1;
            while (speakerTo < to && !s.words[speakerTo].equals(",") && !isAdjunctStart(s, speakerTo)) {
                speakerTo++;
            }
            // "said Peskov, the Kremlin spokesman"
            if (speakerTo < to && s.words[speakerTo].equals(",")) {
                speakerTo = to;
            }
            if (speakerTo > from + 1 && speakerTo - from - 1 <= MAX_SPEAKER_TOKENS && isNounPhrase(s, from + 1, speakerTo)) {
                return new int[]{from + 1, speakerTo, from, from + 1};
            }
            return null;
        }
        for (int verb = from + 1; verb < to && verb - from <= MAX_SPEAKER_TOKENS; verb++) {
            if (isReportingVerb(s, verb)) {
                int speakerTo = verb;
                while (speakerTo > from && AUX_BETWEEN.contains(s.lower(speakerTo - 1))) {
                    speakerTo--;
                }
                int tail = verb + 1;
                if (Set.of("told", "tells", "informed", "assured", "briefed").contains(s.lower(verb))) {
                    while (tail < to && tail - verb <= 3 && ("NOUN".equals(s.tags[tail]) || "PROPN".equals(s.tags[tail])
                            || "DET".equals(s.tags[tail]))) {
                        tail++;
                    }
                }
                if (speakerTo > from && isNounPhrase(s, from, speakerTo) && isAdjunctTail(s, tail, to)) {
                    return new int[]{from, speakerTo, verb, verb + 1};
                }
                return null;
            }
            if (s.isVerb(verb) && !AUX_BETWEEN.contains(s.lower(verb))) {
                return null;
            }
        }
        return null;
    }

    private boolean isAdjunctTail(AnalyzedSentence s, int from, int to) {
        if (from >= to) {
            return true;
        }
        if (to - from > 8) {
            return false;
        }
        return isAdjunctStart(s, from) || s.words[from].equals(",");
    }

    private static boolean isAdjunctStart(AnalyzedSentence s, int i) {
        return ADJUNCT_STARTS.contains(s.lower(i));
    }

    /** "Peskov said (that) CONTENT", "Dmitry Peskov, the Kremlin spokesman, told reporters on Tuesday that CONTENT". */
    private AttributionMatch speakerFirst(AnalyzedSentence s, int firstToken) {
        int start = Math.max(skipLeadingAdverbial(s), firstToken);
        int limit = Math.min(s.size(), start + MAX_SPEAKER_TOKENS + 3);
        for (int verb = start + 1; verb < limit; verb++) {
            if (!isReportingVerb(s, verb)) {
                if (s.isVerb(verb) && !AUX_BETWEEN.contains(s.lower(verb)) && !isAppositiveToken(s, start, verb)) {
                    return null;
                }
                continue;
            }
            int speakerTo = verb;
            while (speakerTo > start && AUX_BETWEEN.contains(s.lower(speakerTo - 1))) {
                speakerTo--;
            }
            while (speakerTo > start && s.words[speakerTo - 1].equals(",")) {
                speakerTo--;
            }
            if (speakerTo <= start || !isNounPhrase(s, start, speakerTo)) {
                return null;
            }
            int contentFrom = skipToContent(s, verb);
            int contentTo = trimPunctuation(s, contentFrom, s.size());
            if (contentTo - contentFrom < 3) {
                return null;
            }
            String cue = s.lower(verb);
            if (NOUN_OBJECT_VERBS.contains(cue) && !hasVerb(s, contentFrom, contentTo)) {
                // "The union announced the strike": an event with a noun object, not reported speech.
                return null;
            }
            return new AttributionMatch(Attribution.INDIRECT, start, speakerTo, verb, verb + 1, contentFrom, s.size(),
                    null);
        }
        return null;
    }

    /** Verbs that also take a plain noun object ("announced the strike"), which makes them events. */
    private static final Set<String> NOUN_OBJECT_VERBS = Set.of("announced", "announces", "announce", "reported",
            "reports", "revealed", "reveals", "disclosed", "discloses", "found", "finds", "showed", "shows", "recalled",
            "posted", "wrote", "confirmed", "confirms", "noted", "acknowledged", "admitted", "promised", "pledged",
            "predicted", "projected", "forecast", "estimated", "demanded", "requested", "asked", "called");

    private static boolean hasVerb(AnalyzedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.isVerb(i)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs inside an appositive between commas ("Peskov, who spoke to reporters, said") do not end the subject. */
    private static boolean isAppositiveToken(AnalyzedSentence s, int start, int i) {
        int commas = 0;
        for (int k = start; k < i; k++) {
            if (s.words[k].equals(",")) {
                commas++;
            }
        }
        return commas % 2 == 1;
    }

    /** Skips "On Tuesday," / "In a statement," / "Meanwhile," before the subject. */
    private static final Set<String> LEADING_SUBORDINATORS = Set.of("while", "although", "though", "as", "because",
            "since", "after", "before", "when", "if", "despite", "amid", "with", "once", "whereas", "following");

    private static int skipLeadingAdverbial(AnalyzedSentence s) {
        int start = 0;
        for (int round = 0; round < 3; round++) {
            int next = skipOneAdverbial(s, start);
            if (next <= start || next >= s.size()) {
                break;
            }
            start = next;
        }
        return start;
    }

    /** One leading adverbial from {@code at}: "On Tuesday,", "In a letter filed in court,", "Speaking to MSNBC,". */
    private static int skipOneAdverbial(AnalyzedSentence s, int at) {
        String first = s.lower(at);
        if (("ADP".equals(s.tags[at]) && !first.equals("according")) || first.endsWith("ing") && "VERB".equals(s.tags[at])
                && !Lexicon.REPORTING_VERBS.contains(first)) {
            for (int i = at + 2; i < Math.min(s.size(), at + 25); i++) {
                if (s.words[i].equals(",")) {
                    return i + 1;
                }
                if (s.isQuote(i) || s.words[i].equals(".")) {
                    return at;
                }
            }
            return at;
        }
        if (at > 0) {
            return at;
        }
        if (LEADING_SUBORDINATORS.contains(first) || "SCONJ".equals(s.tags[0])) {
            for (int i = 2; i < Math.min(s.size(), 16); i++) {
                if (s.words[i].equals(",")) {
                    return i + 1;
                }
            }
            return 0;
        }
        if (first.equals("but") || first.equals("and") || first.equals("yet") || first.equals("so")) {
            return s.size() > 1 && s.words[1].equals(",") ? 2 : 1;
        }
        for (int i = 1; i < Math.min(s.size(), 8); i++) {
            if (s.words[i].equals(",")) {
                String tag = s.tags[0];
                if (tag.equals("ADP") || tag.equals("ADV") || first.equals("meanwhile") || first.equals("however")
                        || first.equals("earlier") || first.equals("later")) {
                    boolean hasVerb = false;
                    for (int k = 0; k < i; k++) {
                        hasVerb |= "VERB".equals(s.tags[k]);
                    }
                    if (!hasVerb) {
                        return i + 1;
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    /** After the cue: skip an indirect object ("told reporters"), "that", ":" and ",". */
    static int skipToContent(AnalyzedSentence s, int verb) {
        int i = verb + 1;
        String cue = s.lower(verb);
        if (cue.equals("told") || cue.equals("tells") || cue.equals("tell") || cue.equals("informed")
                || cue.equals("assured") || cue.equals("briefed") || cue.equals("warned") || cue.equals("reminded")) {
            for (int k = i; k < Math.min(s.size(), i + 8); k++) {
                if (s.lower(k).equals("that")) {
                    return k + 1;
                }
            }
            if (cue.startsWith("tel") || cue.equals("told") || cue.equals("informed") || cue.equals("briefed")) {
                int k = i;
                if (k < s.size() && ("DET".equals(s.tags[k]) || "PRON".equals(s.tags[k]))) {
                    k++;
                }
                while (k < s.size() && ("NOUN".equals(s.tags[k]) || "PROPN".equals(s.tags[k])) && k - i < 4) {
                    k++;
                }
                i = k;
            }
        }
        while (i < s.size() && (AUX_BETWEEN.contains(s.lower(i)) && "ADV".equals(s.tags[i]))) {
            i++;
        }
        // "on Tuesday that ...": a short adjunct before "that".
        for (int k = i; k < Math.min(s.size(), i + 10); k++) {
            if (s.lower(k).equals(",") && k > i + 5) {
                break;
            }
            if (s.lower(k).equals("that") && (k == i || isAdjunctStart(s, i))) {
                return k + 1;
            }
        }
        while (i < s.size() && (s.words[i].equals(":") || s.words[i].equals(","))) {
            i++;
        }
        return i;
    }

    boolean isReportingVerb(AnalyzedSentence s, int i) {
        String lower = s.lower(i);
        if (!Lexicon.REPORTING_VERBS.contains(lower)) {
            return false;
        }
        String tag = s.tags[i];
        if (!tag.equals("VERB") && !tag.equals("AUX")) {
            // The tagger often calls "says"/"claims"/"reports" nouns; accept them only after a subject-like word.
            if (!(tag.equals("NOUN") && i > 0 && ("PROPN".equals(s.tags[i - 1]) || "PRON".equals(s.tags[i - 1]))
                    && (lower.endsWith("s") || lower.endsWith("ed")))) {
                return false;
            }
        }
        if (i > 0) {
            String previous = s.lower(i - 1);
            // Passive or adjectival uses ("is said to", "the alleged message", "was reported") are hedges, not cues.
            if (Set.of("is", "are", "was", "were", "be", "been", "being", "the", "a", "an", "not", "n't", "to")
                    .contains(previous)) {
                return false;
            }
        }
        if (i + 1 < s.size() && s.lower(i + 1).equals("to") && !lower.startsWith("said") && !Lexicon.DIRECTIVE_VERBS.contains(lower)) {
            // "expected to visit", "claimed to have" are hedges; "said to" is handled above.
            return lower.equals("told") || lower.equals("wrote") || lower.equals("reported") || lower.equals("added")
                    || lower.equals("explained") || lower.equals("confirmed") || lower.equals("stated");
        }
        return true;
    }

    /** A noun phrase that can be a speaker: has a noun, proper noun or pronoun and no finite verb outside commas. */
    boolean isNounPhrase(AnalyzedSentence s, int from, int to) {
        if (to <= from || to - from > MAX_SPEAKER_TOKENS) {
            return false;
        }
        boolean head = false;
        int commas = 0;
        for (int i = from; i < to; i++) {
            String tag = s.tags[i];
            if (s.words[i].equals(",")) {
                commas++;
                continue;
            }
            if (s.isQuote(i) || s.words[i].equals(".") || s.words[i].equals("?") || s.words[i].equals(";")) {
                return false;
            }
            if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") && !s.lower(i).equals("it")
                    && !s.lower(i).equals("this") && !s.lower(i).equals("that") && !s.lower(i).equals("which")) {
                head = true;
            }
            if (tag.equals("VERB") && commas % 2 == 0 && !isParticipleInNp(s, i)) {
                return false;
            }
            if (tag.equals("AUX") && commas % 2 == 0) {
                return false;
            }
            if (tag.equals("SCONJ") || CLAUSE_STOPS.contains(s.lower(i)) && commas % 2 == 0) {
                return false;
            }
        }
        return head;
    }

    /** "people familiar with the matter", "a source briefed on the talks": participles inside anonymous-source phrases. */
    private static boolean isParticipleInNp(AnalyzedSentence s, int i) {
        String w = s.lower(i);
        // Also reduced relatives after any noun: "a news report published Wednesday".
        return (w.endsWith("ed") || w.endsWith("ing")) && i > 0 && ("NOUN".equals(s.tags[i - 1]) || "ADJ".equals(s.tags[i - 1])
                || "PROPN".equals(s.tags[i - 1]) && Lexicon.ANONYMOUS_HEADS.contains(s.lower(i - 1)))
                && !Lexicon.REPORTING_VERBS.contains(w);
    }

    private static boolean isPunctuationToken(AnalyzedSentence s, int i) {
        return QuoteTracker.isPunctuation(s.words[i]);
    }

    private static boolean isFinalPunctuation(AnalyzedSentence s, int i) {
        String w = s.words[i];
        return w.equals(".") || w.equals("!") || w.equals("?");
    }

    static int trimPunctuation(AnalyzedSentence s, int from, int to) {
        while (to > from && QuoteTracker.isPunctuation(s.words[to - 1]) && !s.words[to - 1].equals("%")
                && !s.words[to - 1].equals(")") ) {
            to--;
        }
        return to;
    }
}
