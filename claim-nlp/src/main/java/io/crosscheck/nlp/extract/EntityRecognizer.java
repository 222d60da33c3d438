package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.Lexicon;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds people, organisations and places without a statistical NER model: chunks of capitalised words / proper nouns
 * (joined by titles, "'s" and "of" inside organisation names), split into title (role) and name, typed by title
 * words, organisation keywords, the gazetteer and the shape of the name.
 */
final class EntityRecognizer {
    private final Gazetteer gazetteer;

    EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    List<Mention> find(AnalyzedSentence s) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!startsChunk(s, i)) {
                i++;
                continue;
            }
            if (isTitleWord(s.lower(i)) && !s.isCapitalized(i)) {
                // "fire chief", "commission chairman", "opposition leader": a lower-case noun qualifying the title.
                int back = i;
                while (back > 0 && i - back < 2 && "NOUN".equals(s.tags[back - 1]) && !s.isCapitalized(back - 1)
                        && (mentions.isEmpty() || mentions.get(mentions.size() - 1).to() < back)) {
                    back--;
                }
                i = back;
            }
            int end = i + 1;
            while (end < s.size() && continuesChunk(s, end)) {
                end++;
            }
            while (end > i + 1 && !endsChunk(s, end - 1)) {
                end--;
            }
            addChunk(s, i, end, mentions);
            i = end;
        }
        return withAppositiveRoles(s, mentions);
    }

    /** "The opposition leader, Marta Sousa," and "Marta Sousa, the opposition leader," give Sousa her role. */
    private static List<Mention> withAppositiveRoles(AnalyzedSentence s, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (!m.isPerson() || !m.hasName() || m.role() != null) {
                continue;
            }
            for (Mention d : mentions) {
                if (d.isPerson() && !d.hasName() && d.role() != null
                        && (d.to() + 1 == m.from() && s.words[d.to()].equals(",")
                        || m.to() + 1 < s.size() && s.words[m.to()].equals(",") && (d.from() == m.to() + 1
                        || d.from() == m.to() + 2 && "DET".equals(s.tags[m.to() + 1])))) {
                    mentions.set(k, new Mention(m.from(), m.nameFrom(), m.to(), m.name(), m.type(), d.role()));
                    break;
                }
            }
        }
        return mentions;
    }

    private boolean startsChunk(AnalyzedSentence s, int i) {
        String lower = s.lower(i);
        if (isTitleWord(lower) && !lower.equals("state") && !lower.equals("head")) {
            return Lexicon.CORE_TITLES.contains(lower) || (i + 1 < s.size() && (isTitleWord(s.lower(i + 1)) || s.isCapitalized(i + 1)));
        }
        return isNameToken(s, i);
    }

    private boolean isNameToken(AnalyzedSentence s, int i) {
        String w = s.words[i];
        if (!s.isCapitalized(i) || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (Lexicon.NOT_NAMES.contains(lower) && !(i > 0 && s.isProperNoun(i) && s.isCapitalized(i - 1) && !lower.equals("the"))) {
            return false;
        }
        if (s.isProperNoun(i) || gazetteer.lookup(w) != null || isTitleWord(lower)) {
            return true;
        }
        String tag = s.tags[i];
        boolean nounLike = tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("X");
        if (i == 0) {
            // A sentence-initial capitalised noun is a name only when another capitalised word follows ("Silvera Semiconductors").
            return nounLike && s.size() > 1 && s.isCapitalized(1) && Character.isLetter(s.words[1].charAt(0))
                    && !SentenceSelector.isHeading(s) && !Lexicon.NOT_NAMES.contains(s.lower(1));
        }
        return !SentenceSelector.isHeading(s) && nounLike;
    }

    private boolean continuesChunk(AnalyzedSentence s, int i) {
        String lower = s.lower(i);
        if (lower.equals("'s") || lower.equals("'")) {
            return i + 1 < s.size() && (isNameToken(s, i + 1) || isTitleWord(s.lower(i + 1)));
        }
        if ((lower.equals("of") || lower.equals("for") || lower.equals("de") || lower.equals("al") || lower.equals("bin"))
                && i + 1 < s.size() && isNameToken(s, i + 1)) {
            return containsOrgKeywordOrTitle(s, i) || lower.equals("al") || lower.equals("bin") || lower.equals("de");
        }
        if (lower.equals("&") || lower.equals("-")) {
            return i + 1 < s.size() && isNameToken(s, i + 1);
        }
        return isNameToken(s, i) || isTitleWord(lower);
    }

    private boolean endsChunk(AnalyzedSentence s, int i) {
        String lower = s.lower(i);
        return !(lower.equals("'s") || lower.equals("of") || lower.equals("for") || lower.equals("&") || lower.equals("-"));
    }

    private boolean containsOrgKeywordOrTitle(AnalyzedSentence s, int end) {
        for (int k = end - 1; k >= 0 && (s.isCapitalized(k) || isTitleWord(s.lower(k))); k--) {
            String lower = s.lower(k);
            if (Lexicon.ORG_KEYWORDS.contains(lower) || Lexicon.CORE_TITLES.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTitleWord(String lower) {
        return Lexicon.CORE_TITLES.contains(lower) || Lexicon.TITLE_MODIFIERS.contains(lower)
                || lower.endsWith("man") && Lexicon.CORE_TITLES.contains(lower)
                || (lower.length() > 1 && Lexicon.CORE_TITLES.contains(singular(lower)));
    }

    static String singular(String lower) {
        return lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** Splits a chunk into role and name and types it; chunks holding "and" or "'s" between places give several. */
    private void addChunk(AnalyzedSentence s, int from, int to, List<Mention> out) {
        // Everything up to the last title word is role; what follows (minus honorifics) is the name.
        int lastTitle = -1;
        boolean coreTitle = false;
        for (int k = from; k < to; k++) {
            String lower = s.lower(k);
            if (isTitleWord(lower) && !(Lexicon.TITLE_MODIFIERS.contains(lower) && !Lexicon.CORE_TITLES.contains(lower)
                    && k + 1 < to && !isTitleWord(s.lower(k + 1)) && !hasCoreTitleBefore(s, from, k))) {
                if (Lexicon.CORE_TITLES.contains(lower) || Lexicon.CORE_TITLES.contains(singular(lower))) {
                    coreTitle = true;
                }
                lastTitle = k;
            }
        }
        if (coreTitle && lastTitle >= from) {
            int nameFrom = lastTitle + 1;
            while (nameFrom < to && Lexicon.HONORIFICS.contains(s.lower(nameFrom))) {
                nameFrom++;
            }
            int roleEnd = lastTitle + 1;
            while (roleEnd > from && Lexicon.HONORIFICS.contains(s.lower(roleEnd - 1))) {
                roleEnd--;
            }
            String role = roleEnd > from ? clean(sourceText(s, from, roleEnd)) : null;
            boolean ofPhrase = nameFrom < to && (s.lower(nameFrom).equals("of") || s.lower(nameFrom).equals("for"));
            if (ofPhrase) {
                // "foreign minister of Iran": a description whose qualifier is a place or organisation.
                out.add(new Mention(from, to, to, null, EntityType.PERSON, clean(sourceText(s, from, to))));
                typeNameChunk(s, nameFrom + 1, to, out);
                return;
            }
            if (nameFrom < to && !hasOrgKeyword(s, nameFrom, to)) {
                out.add(new Mention(from, nameFrom, to, cleanName(sourceText(s, nameFrom, to)), EntityType.PERSON, role));
                addPlacesInRole(s, from, roleEnd, out);
                return;
            }
            if (nameFrom >= to) {
                // A description without a name ("the Iranian foreign minister", "Kremlin spokesman").
                out.add(new Mention(from, to, to, null, EntityType.PERSON, role));
                addPlacesInRole(s, from, roleEnd, out);
                return;
            }
        }
        typeNameChunk(s, from, to, out);
    }

    private boolean hasCoreTitleBefore(AnalyzedSentence s, int from, int k) {
        for (int j = from; j < k; j++) {
            if (Lexicon.CORE_TITLES.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private void addPlacesInRole(AnalyzedSentence s, int from, int to, List<Mention> out) {
        for (int k = from; k < to; k++) {
            String w = s.words[k];
            Gazetteer.Entry entry = gazetteer.lookup(w);
            if (entry != null && s.isCapitalized(k) && !isTitleWord(s.lower(k))) {
                out.add(new Mention(k, k, k + 1, entry.canonical(), entry.type(), null));
            }
        }
    }

    private void typeNameChunk(AnalyzedSentence s, int from, int to, List<Mention> out) {
        // Possessives split a chunk: "Iran's Supreme Leader" is handled above, "Tehran's call" here.
        for (int k = from; k < to; k++) {
            if (s.lower(k).equals("'s") || s.lower(k).equals("'")) {
                typeNameChunk(s, from, k, out);
                typeNameChunk(s, k + 1, to, out);
                return;
            }
        }
        if (from >= to) {
            return;
        }
        String text = cleanName(sourceText(s, from, to));
        Gazetteer.Entry whole = gazetteer.lookup(text);
        if (whole != null) {
            out.add(new Mention(from, from, to, whole.canonical(), whole.type(), null));
            return;
        }
        if (hasOrgKeyword(s, from, to) || isAcronym(text)) {
            out.add(new Mention(from, from, to, text, EntityType.ORGANIZATION, null));
            return;
        }
        if (to - from == 1 && text.contains("-")) {
            // "Iran-Israel": a pair of places.
            boolean any = false;
            for (String part : text.split("-")) {
                Gazetteer.Entry entry = gazetteer.lookup(part);
                if (entry != null) {
                    out.add(new Mention(from, from, to, entry.canonical(), entry.type(), null));
                    any = true;
                }
            }
            if (any) {
                return;
            }
        }
        // A known place followed by other words ("Moscow Exchange" is caught above); split leading places off.
        Gazetteer.Entry first = gazetteer.lookup(s.words[from]);
        if (first != null && to - from > 1 && first.type() == EntityType.LOCATION) {
            out.add(new Mention(from, from, from + 1, first.canonical(), first.type(), null));
            typeNameChunk(s, from + 1, to, out);
            return;
        }
        int nameFrom = from;
        while (nameFrom < to - 1 && Lexicon.HONORIFICS.contains(s.lower(nameFrom))) {
            nameFrom++;
        }
        String name = cleanName(sourceText(s, nameFrom, to));
        if (to - nameFrom >= 2 && to - nameFrom <= 4 && allAlphabeticNames(s, nameFrom, to)) {
            out.add(new Mention(from, nameFrom, to, name, EntityType.PERSON, null));
        } else if (s.isProperNoun(from) || from > 0) {
            out.add(new Mention(from, nameFrom, to, name, EntityType.OTHER, null));
        }
    }

    private boolean allAlphabeticNames(AnalyzedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.words[k];
            if (!Character.isUpperCase(w.charAt(0)) || gazetteer.lookup(w) != null || isAcronym(w)) {
                return false;
            }
            for (int c = 0; c < w.length(); c++) {
                char ch = w.charAt(c);
                if (!Character.isLetter(ch) && ch != '.' && ch != '-' && ch != '\'') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasOrgKeyword(AnalyzedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.ORG_KEYWORDS.contains(s.lower(k)) && s.isCapitalized(k)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAcronym(String text) {
        if (text.length() < 2 || text.length() > 6) {
            return false;
        }
        int upper = 0;
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (Character.isUpperCase(ch)) {
                upper++;
            } else if (Character.isLowerCase(ch)) {
                return false;
            }
        }
        return upper >= 2;
    }

    /** Token text from the sentence's own original text (offsets are absolute). */
    static String sourceText(AnalyzedSentence s, int from, int to) {
        if (from >= to) {
            return "";
        }
        return s.text.substring(s.starts[from] - s.start, s.ends[to - 1] - s.start);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_DASHES = Pattern.compile("^[-\u2013\u2014]+");
    private static final Pattern SHORT_WORD_PERIOD = Pattern.compile(".*\\b\\p{L}{1,4}\\.$");
    private static final Pattern INITIALS = Pattern.compile(".*(?:\\p{L}\\.){2,}$");

    static String clean(String text) {
        return SPACES.matcher(text.replace('\u2019', '\'')).replaceAll(" ").trim();
    }

    /** A name without sentence-final period or stray leading dash: "Peskov." → "Peskov", "–Israel" → "Israel". */
    static String cleanName(String text) {
        String name = LEADING_DASHES.matcher(clean(text)).replaceFirst("");
        if (name.endsWith(".") && !SHORT_WORD_PERIOD.matcher(name).matches() && !INITIALS.matcher(name).matches()) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }
}
