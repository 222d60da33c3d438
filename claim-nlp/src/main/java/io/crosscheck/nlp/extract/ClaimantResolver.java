package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.Lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the speaker tokens of an attribution into a {@link Claimant}: a named person (full name and role, from this
 * sentence or what the article said earlier), a pronoun or description resolved to such a person, an organisation,
 * or an unnamed source (which makes the attribution ANONYMOUS). Speakers that are not people or organisations
 * ("this move suggests") are not claimants at all: the sentence is then the outlet's own voice.
 */
final class ClaimantResolver {
    record Resolution(Claimant claimant, Attribution attribution) {
    }

    private static final Set<String> QUANTIFIERS = Set.of("a", "an", "the", "some", "two", "three", "four", "five",
            "several", "many", "other", "one", "multiple", "various", "unnamed", "anonymous", "numerous", "few", "both",
            "most", "all", "another", "these", "those", "its", "their");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we");

    Resolution resolve(AnalyzedSentence s, List<Mention> mentions, int from, int to, Attribution kind,
                       ArticleMemory memory) {
        if (to <= from) {
            return null;
        }
        // A named person in the speaker phrase.
        Mention description = null;
        Mention organisation = null;
        for (Mention m : mentions) {
            if (m.from() < from || m.to() > to) {
                continue;
            }
            if (m.isPerson() && m.hasName()) {
                ArticleMemory.Person known = memory.knownPerson(m.name());
                String role = m.role() != null ? m.role() : appositiveRole(s, m.to(), to);
                if (role == null && known != null) {
                    role = known.role();
                }
                String name = known != null ? known.name() : m.name();
                return named(new Claimant(name, role), kind);
            }
            if (m.type() == EntityType.OTHER && m.hasName() && m.from() == m.nameFrom()) {
                ArticleMemory.Person known = memory.knownPerson(m.name());
                if (known != null) {
                    return named(new Claimant(known.name(), known.role()), kind);
                }
                boolean appositive = m.from() == from && m.to() < to && s.words[m.to()].equals(",");
                if (organisation == null && onlyNameInPhrase(s, m, from, to) || appositive) {
                    // An unknown capitalised subject of a reporting verb ("Smith said"), or one that an apposition
                    // describes ("Ayrault, the foreign minister of France, said"), is a person.
                    return named(new Claimant(m.name(), appositiveRole(s, m.to(), to)), kind);
                }
            }
            if (m.isPerson() && !m.hasName() && description == null) {
                description = m;
            }
            if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION) && organisation == null
                    && !qualifiesNoun(s, m, to)) {
                // Only an organisation that is the speaker itself, not one that qualifies it: "the former first lady
                // and U.S. senator" is not the United States, "the GOP nominee" not the Republican Party.
                organisation = m;
            }
        }
        String phrase = phrase(s, from, to);
        String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
        if (to - from == 1 && s.isCapitalized(from) && phrase.chars().allMatch(Character::isLetter)
                && !Lexicon.NOT_NAMES.contains(lowerPhrase) && !Lexicon.ANONYMOUS_HEADS.contains(lowerPhrase)) {
            // A lone capitalised speaker the tagger missed as a name ("Silva said:").
            ArticleMemory.Person known = memory.knownPerson(phrase);
            if (known != null) {
                return named(new Claimant(known.name(), known.role()), kind);
            }
            if ("PROPN".equals(s.tags[from]) || "NOUN".equals(s.tags[from]) && from > 0) {
                return named(new Claimant(phrase, null), kind);
            }
        }
        // Pronouns.
        if (to - from == 1 && Lexicon.PERSONAL_PRONOUNS.contains(lowerPhrase)) {
            Claimant last = memory.lastClaimant();
            ArticleMemory.Person person = memory.lastPerson();
            if (memory.isKnownPerson(last)) {
                return named(last, kind);
            }
            return person != null ? named(new Claimant(person.name(), person.role()), kind) : null;
        }
        if (to - from == 1 && PLURAL_PRONOUNS.contains(lowerPhrase)) {
            Claimant last = memory.lastClaimant();
            if (lowerPhrase.equals("they") && memory.isKnownPerson(last)) {
                // "They said" after a named person speaks for a group the article has not named, not for that
                // person: an unnamed source rather than words put in the person's mouth. ("We" in a quote is the
                // quoted person speaking for their side.)
                return new Resolution(new Claimant(null, null), Attribution.ANONYMOUS);
            }
            return last != null ? new Resolution(last, last.name() == null ? Attribution.ANONYMOUS : kind) : null;
        }
        String head = headNoun(s, from, to);
        if (description != null) {
            ArticleMemory.Person person = memory.byDescription(description.role());
            if (person != null && !isPlural(head)) {
                return named(new Claimant(person.name(), person.role()), kind);
            }
        }
        if (organisation != null && isPlural(head) && !organisation.name().equalsIgnoreCase(phrase(s,
                organisation.from(), organisation.to()))) {
            // "Many Mexicans", "some Democrats": people of a country or party, which the mention names ("Mexico",
            // "Democratic Party") but which did not speak as one.
            return new Resolution(new Claimant(null, anonymousRole(s, from, to)), Attribution.ANONYMOUS);
        }
        if (organisation != null && (head == null || !Lexicon.ANONYMOUS_HEADS.contains(head)
                || organisation.to() == headIndex(s, from, to) + 1)) {
            return named(new Claimant(organisation.name(), null), kind);
        }
        if (head != null && ORGANISATION_HEADS.contains(head) && !isPlural(head)) {
            // "The company said" → the company the article is about; "the city council" stays as written.
            String known = head.equals("company") || head.equals("firm") ? memory.lastCompany()
                    : memory.organisationWith(head);
            return named(new Claimant(known != null ? known : withoutDeterminer(s, from, to), null), kind);
        }
        if (head != null && (Lexicon.ANONYMOUS_HEADS.contains(head) || description != null
                || SOURCE_HEADS.contains(head))) {
            return new Resolution(new Claimant(null, anonymousRole(s, from, to)), Attribution.ANONYMOUS);
        }
        return null;
    }

    /** Unnamed sources that speak through polls and documents: "47 percent said", "a news report said". */
    private static final Set<String> SOURCE_HEADS = Set.of("percent", "respondents", "voters", "poll", "survey",
            "report", "study", "statement", "letter", "document", "documents", "filing", "memo", "data", "figures",
            "americans", "democrats", "republicans", "supporters", "opponents", "residents", "protesters", "students",
            "workers", "doctors", "scientists", "researchers", "economists", "lawyers", "prosecutors", "police",
            "investigators", "participants", "families", "parents", "majority", "minority", "third", "half");

    private static final Set<String> ORGANISATION_HEADS = Set.of("company", "firm", "government", "ministry", "council",
            "commission", "operator", "agency", "bank", "union", "party", "court", "committee", "police", "army",
            "military", "department", "office", "administration", "campaign", "embassy", "regulator", "group", "airline",
            "insurer", "lender", "retailer", "carmaker", "automaker", "manufacturer", "university", "hospital", "club",
            "board", "parliament", "cabinet", "presidency", "prosecutor's", "spokesman's");

    private static String withoutDeterminer(AnalyzedSentence s, int from, int to) {
        while (from < to && ("DET".equals(s.tags[from]) || "PRON".equals(s.tags[from]))) {
            from++;
        }
        return phrase(s, from, to);
    }

    /**
     * "U.S. senator", "GOP nominee", "Pyongyang's only ally": the mention qualifies the noun after it, which is the
     * speaker. Not for what an organisation publishes ("a Reuters survey" speaks for Reuters) nor for its organs
     * ("the Slovenian government" stays Slovenia, as before).
     */
    private static boolean qualifiesNoun(AnalyzedSentence s, Mention m, int to) {
        if (m.to() >= to) {
            return false;
        }
        String next = s.lower(m.to());
        if (PUBLICATION_HEADS.contains(next) || ORGANISATION_HEADS.contains(next)) {
            return false;
        }
        // The analysed copy has straight apostrophes only (TextNormalizer): "’s" arrives as "'s".
        return "NOUN".equals(s.tags[m.to()]) || "PROPN".equals(s.tags[m.to()]) || next.equals("'s");
    }

    private static final Set<String> PUBLICATION_HEADS = Set.of("poll", "polls", "survey", "surveys", "report",
            "reports", "study", "studies", "statement", "data", "database", "analysis", "figures", "tally", "count",
            "memo", "filing", "letter", "document", "documents", "website", "account", "feed");

    private static Resolution named(Claimant claimant, Attribution kind) {
        return new Resolution(claimant, kind);
    }

    private static boolean onlyNameInPhrase(AnalyzedSentence s, Mention m, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((i < m.from() || i >= m.to()) && ("NOUN".equals(s.tags[i]) || "PROPN".equals(s.tags[i]))
                    && !isInsideCommas(s, from, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInsideCommas(AnalyzedSentence s, int from, int i) {
        int commas = 0;
        for (int k = from; k < i; k++) {
            if (s.words[k].equals(",")) {
                commas++;
            }
        }
        return commas % 2 == 1;
    }

    /** "Dmitry Peskov, the Kremlin spokesman," → "Kremlin spokesman". */
    private static String appositiveRole(AnalyzedSentence s, int nameEnd, int to) {
        if (nameEnd < to && s.words[nameEnd].equals(",")) {
            int from = nameEnd + 1;
            int end = from;
            while (end < to && !s.words[end].equals(",")) {
                end++;
            }
            while (from < end && ("DET".equals(s.tags[from]) || s.lower(from).equals("the"))) {
                from++;
            }
            if (end > from && end - from <= 8) {
                return EntityRecognizer.clean(EntityRecognizer.sourceText(s, from, end));
            }
        }
        return null;
    }

    private static String phrase(AnalyzedSentence s, int from, int to) {
        return EntityRecognizer.clean(EntityRecognizer.sourceText(s, from, to));
    }

    private static int headIndex(AnalyzedSentence s, int from, int to) {
        int head = -1;
        for (int i = from; i < to; i++) {
            if (s.words[i].equals(",") || "ADP".equals(s.tags[i]) || s.isVerb(i)) {
                if (head >= 0) {
                    break;
                }
                continue;
            }
            if ("NOUN".equals(s.tags[i]) || "PROPN".equals(s.tags[i]) || "PRON".equals(s.tags[i])) {
                head = i;
            }
        }
        return head;
    }

    private static String headNoun(AnalyzedSentence s, int from, int to) {
        int i = headIndex(s, from, to);
        return i < 0 ? null : s.lower(i);
    }

    private static boolean isPlural(String head) {
        return head != null && head.endsWith("s") && !head.endsWith("ss");
    }

    /** "two people familiar with the matter" → "people familiar with the matter". */
    private static String anonymousRole(AnalyzedSentence s, int from, int to) {
        while (from < to && (QUANTIFIERS.contains(s.lower(from)) || "NUM".equals(s.tags[from]) || "DET".equals(s.tags[from]))) {
            from++;
        }
        while (to > from && s.words[to - 1].equals(",")) {
            to--;
        }
        return from < to ? phrase(s, from, to) : null;
    }
}
