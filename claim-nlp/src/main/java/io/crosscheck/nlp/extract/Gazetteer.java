package io.crosscheck.nlp.extract;

import java.util.regex.Pattern;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Countries (with demonyms and cities), regions and well-known organisations, from the bundled {@code gazetteer.tsv}.
 * Demonyms and cities map to places because a fact-checker searches "Russia", not "Russian".
 */
final class Gazetteer {
    record Entry(String canonical, EntityType type, boolean country) {
    }

    private final Map<String, Entry> byPhrase = new HashMap<>();
    private int longestPhrase = 1;

    static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.tsv missing from classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                gazetteer.addLine(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gazetteer;
    }

    private void addLine(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        String[] cols = line.split("\t", -1);
        String kind = cols[0];
        String canonical = cols[1];
        boolean country = kind.equals("country");
        EntityType type = kind.equals("org") ? EntityType.ORGANIZATION : EntityType.LOCATION;
        Entry entry = new Entry(canonical, type, country);
        add(canonical, entry);
        if (cols.length > 2) {
            for (String alias : cols[2].split(",")) {
                add(alias, entry);
            }
        }
        if (cols.length > 3) {
            for (String city : cols[3].split(",")) {
                add(city, new Entry(city.trim(), EntityType.LOCATION, false));
            }
        }
    }

    private void add(String phrase, Entry entry) {
        String key = key(phrase);
        if (key.isEmpty()) {
            return;
        }
        byPhrase.putIfAbsent(key, entry);
        longestPhrase = Math.max(longestPhrase, key.split(" ").length);
    }

    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Called for every candidate phrase of every sentence: the patterns are compiled once. */
    static String key(String phrase) {
        String lower = phrase.trim().toLowerCase(Locale.ROOT);
        return SPACES.matcher(LEADING_THE.matcher(lower).replaceFirst("")).replaceAll(" ");
    }

    Entry lookup(String phrase) {
        return byPhrase.get(key(phrase));
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /** The country a demonym, city or country name belongs to, or null: "Iranian" and "Iran's" give "Iran". */
    String countryOf(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        Entry entry = lookup(w);
        return entry != null && entry.country() ? entry.canonical() : null;
    }
}
