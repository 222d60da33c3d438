package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.Lexicon;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a claim's text so it reads on its own, resolving what the article resolved earlier: pronouns and bare
 * surnames become full names, "the Iranian foreign minister" becomes the person the article named with that role,
 * "the message" becomes "Ali Khamenei's message", "the ministry" the ministry named before. Collects the claim's
 * entities (people by full name) on the way.
 */
final class ClaimTextBuilder {
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([,.;:!?%)])");

    record Built(String text, List<Entity> entities) {
    }

    private static final java.util.Set<String> ORG_NOUNS = java.util.Set.of("ministry", "agency", "bank", "company",
            "government", "party", "committee", "commission", "council", "department", "court", "army", "central bank",
            "firm", "group", "organization", "organisation", "union", "administration");

    Built build(AnalyzedSentence s, List<Mention> mentions, int from, int to, Claimant claimant, ArticleMemory memory) {
        return build(s, mentions, from, to, claimant, memory, null);
    }

    /** With {@code onlyQuoted}, tokens outside quotation marks (the "he said" of a quote) are left out. */
    Built build(AnalyzedSentence s, List<Mention> mentions, int from, int to, Claimant claimant, ArticleMemory memory,
                boolean[] onlyQuoted) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        while (from < to && (s.lower(from).equals("that") || QuoteTracker.isPunctuation(s.words[from]) && !s.words[from].equals("$"))) {
            from++;
        }
        if (onlyQuoted != null) {
            while (from < to && !onlyQuoted[from]) {
                from++;
            }
            while (to > from && !onlyQuoted[to - 1]) {
                to--;
            }
        }
        while (to > from && (QuoteTracker.isPunctuation(s.words[to - 1]) && !s.words[to - 1].equals("%")
                && !s.words[to - 1].equals(")"))) {
            to--;
        }
        int previousEnd = -1;
        for (int i = from; i < to; ) {
            if (s.isQuote(i) || onlyQuoted != null && !onlyQuoted[i]) {
                i++;
                continue;
            }
            String replacement = null;
            int next = i + 1;
            Mention m = mentionAt(mentions, i);
            String lower = s.lower(i);
            if (m != null && m.to() <= to) {
                next = m.to();
                replacement = mentionText(s, m, memory, entities, i > from || s.isCapitalized(i));
                for (Mention inner : mentions) {
                    if (inner != m && inner.from() >= m.from() && inner.to() <= m.nameFrom() && inner.hasName()) {
                        entities.putIfAbsent(inner.name().toLowerCase(Locale.ROOT), new Entity(inner.name(), inner.type()));
                    }
                }
            } else if (lower.equals("the") && i + 1 < to) {
                Mention description = mentionAt(mentions, i + 1);
                if (description != null && description.isPerson() && !description.hasName() && description.to() <= to
                        && description.role() != null && description.role().split(" ").length >= 2
                        && !(i > 0 && s.lower(i - 1).equals("as"))) {
                    ArticleMemory.Person person = memory.byDescription(description.role());
                    if (person != null) {
                        replacement = person.name();
                        entities.put(person.name().toLowerCase(Locale.ROOT), new Entity(person.name(), EntityType.PERSON));
                        next = description.to();
                    }
                } else {
                    int noun = i + 1;
                    while (noun < to - 1 && "ADJ".equals(s.tags[noun])) {
                        noun++;
                    }
                    String nounWord = s.lower(noun);
                    boolean specified = noun + 1 < to && (s.lower(noun + 1).equals("from") || s.lower(noun + 1).equals("of"));
                    String owner = ArticleMemory.OWNABLE_NOUNS.contains(nounWord) && !specified ? memory.ownerOf(nounWord) : null;
                    if (owner != null && noun == i + 1) {
                        replacement = owner + "'s " + s.words[noun];
                        entities.putIfAbsent(owner.toLowerCase(Locale.ROOT), new Entity(owner, EntityType.PERSON));
                        next = noun + 1;
                    } else if (ORG_NOUNS.contains(nounWord) && noun == i + 1 && !s.isCapitalized(noun)) {
                        String organisation = memory.organisationWith(nounWord);
                        if (organisation != null) {
                            replacement = "the " + organisation;
                            entities.putIfAbsent(organisation.toLowerCase(Locale.ROOT), new Entity(organisation, EntityType.ORGANIZATION));
                            next = noun + 1;
                        }
                    }
                }
            } else if (s.isCapitalized(i) && memory.knownPerson(s.words[i]) != null
                    && !memory.knownPerson(s.words[i]).name().equals(s.words[i])
                    && (i + 1 >= to || !s.isCapitalized(i + 1))) {
                ArticleMemory.Person person = memory.knownPerson(s.words[i]);
                replacement = person.name();
                entities.putIfAbsent(person.name().toLowerCase(Locale.ROOT), new Entity(person.name(), EntityType.PERSON));
            } else if ("PRON".equals(s.tags[i]) && (Lexicon.PERSONAL_PRONOUNS.contains(lower) || lower.equals("him")
                    || Lexicon.POSSESSIVE_PRONOUNS.contains(lower))) {
                String name = pronounReferent(claimant, memory);
                if (name != null) {
                    boolean possessive = lower.equals("his") || lower.equals("her") && i + 1 < to
                            && ("NOUN".equals(s.tags[i + 1]) || "ADJ".equals(s.tags[i + 1]));
                    replacement = possessive ? name + "'s" : name;
                    entities.putIfAbsent(name.toLowerCase(Locale.ROOT), new Entity(name, EntityType.PERSON));
                }
            }
            if (previousEnd >= 0 && s.starts[i] > previousEnd) {
                out.append(' ');
            }
            out.append(replacement != null ? replacement : s.text, replacement != null ? 0 : s.starts[i] - s.start,
                    replacement != null ? replacement.length() : s.ends[next - 1] - s.start);
            previousEnd = s.ends[next - 1];
            i = next;
        }
        String text = SPACE_BEFORE_PUNCTUATION.matcher(EntityRecognizer.clean(out.toString())).replaceAll("$1")
                .replace("( ", "(");
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return new Built(text, new ArrayList<>(entities.values()));
    }

    private static String pronounReferent(Claimant claimant, ArticleMemory memory) {
        if (claimant != null && claimant.name() != null && memory.knownPerson(claimant.name()) != null) {
            return claimant.name();
        }
        ArticleMemory.Person last = memory.lastPerson();
        return last != null ? last.name() : null;
    }

    private static Mention mentionAt(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.from() == i) {
                return m;
            }
        }
        return null;
    }

    private static String mentionText(AnalyzedSentence s, Mention m, ArticleMemory memory, Map<String, Entity> entities,
                                      boolean keep) {
        String surface = EntityRecognizer.sourceText(s, m.from(), m.to());
        if (m.isPerson() && m.hasName() || m.type() == EntityType.OTHER && m.hasName()) {
            ArticleMemory.Person person = memory.knownPerson(m.name());
            if (person != null) {
                entities.putIfAbsent(person.name().toLowerCase(Locale.ROOT), new Entity(person.name(), EntityType.PERSON));
                String role = m.nameFrom() > m.from() ? EntityRecognizer.sourceText(s, m.from(), m.nameFrom()) + " " : "";
                return role + person.name();
            }
            entities.putIfAbsent(m.name().toLowerCase(Locale.ROOT), new Entity(m.name(), m.type()));
            return surface;
        }
        if (m.isPerson() && !m.hasName()) {
            return surface;
        }
        if (m.hasName()) {
            entities.putIfAbsent(m.name().toLowerCase(Locale.ROOT), new Entity(m.name(), m.type()));
        }
        return surface;
    }
}
