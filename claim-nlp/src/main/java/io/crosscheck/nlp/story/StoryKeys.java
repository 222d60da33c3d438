package io.crosscheck.nlp.story;

import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.text.Lexicon;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an article shares with others about the same event: its people (by surname, so "Putin" and
 * "Vladimir Putin" meet across articles), organisations, places and the content words of its title.
 */
public final class StoryKeys {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{Nd}'’-]*");

    private StoryKeys() {
    }

    public static Set<String> of(String title, Collection<Entity> entities) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entity entity : entities) {
            String key = entityKey(entity);
            if (key != null) {
                keys.add(key);
            }
        }
        if (title != null) {
            var words = WORD.matcher(title.toLowerCase(Locale.ROOT));
            while (words.find()) {
                String word = stem(words.group().replace('’', '\''));
                if (word.length() >= 4 && !Lexicon.TITLE_STOP_WORDS.contains(word)) {
                    keys.add("t:" + word);
                }
            }
        }
        return keys;
    }

    /**
     * The idf-weighted share of the article's keys that a story holds, entities weighing twice as much as title
     * words: how a candidate story ranks before its texts are compared.
     *
     * @param keys           the article's keys
     * @param shared         those of them the story holds
     * @param storiesWithKey key → the number of stories holding it (absent: none)
     * @param storyCount     the number of stories
     */
    public static double score(Set<String> keys, Collection<String> shared, Map<String, Long> storiesWithKey, long storyCount) {
        Map<String, Double> idf = inverseStoryFrequency(keys, storiesWithKey, storyCount);
        double total = weightedSum(keys, idf);
        return total == 0 ? 0 : weightedSum(shared, idf) / total;
    }

    /** Keys found in many stories ("United States") say less about the event than rare ones ("Araghchi"). */
    public static Map<String, Double> inverseStoryFrequency(Set<String> keys, Map<String, Long> storiesWithKey, long storyCount) {
        Map<String, Double> idf = new HashMap<>();
        for (String key : keys) {
            long holding = storiesWithKey.getOrDefault(key, 0L);
            idf.put(key, holding == 0 ? 1 + Math.log(storyCount + 1.0)
                    : 1 + Math.log((storyCount + 1.0) / (holding + 1)));
        }
        return idf;
    }

    private static double weightedSum(Collection<String> keys, Map<String, Double> idf) {
        return keys.stream().mapToDouble(k -> weight(k) * idf.getOrDefault(k, 0.0)).sum();
    }

    static double weight(String key) {
        return isEntityKey(key) ? 2 : 1;
    }

    public static boolean isEntityKey(String key) {
        return !key.startsWith("t:");
    }

    static String entityKey(Entity entity) {
        String text = entity.text() == null ? "" : entity.text().strip().toLowerCase(Locale.ROOT)
                .replaceAll("['’]s$", "");
        if (text.length() < 2) {
            return null;
        }
        return switch (entity.type()) {
            case PERSON -> "p:" + text.substring(text.lastIndexOf(' ') + 1);
            case ORGANIZATION -> "o:" + text.replaceFirst("^the ", "");
            case LOCATION -> "l:" + text.replaceFirst("^the ", "");
            // Names the recogniser could not type ("Northfield") still name the event's things.
            case OTHER -> "n:" + text;
        };
    }

    /**
     * Enough stemming for titles: "strikes"/"strike", "denies"/"deny", "leader's"/"leader". Not the Porter stems of
     * the stance engine: those would change every story key, which only a story-clustering evaluation should decide.
     */
    static String stem(String word) {
        String w = word.replaceAll("'s$", "").replace("'", "");
        if (w.endsWith("ies") && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 4) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
