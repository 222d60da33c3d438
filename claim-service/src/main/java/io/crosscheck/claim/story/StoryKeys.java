package io.crosscheck.claim.story;

import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.text.Lexicon;
import java.util.Collection;
import java.util.LinkedHashSet;
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
