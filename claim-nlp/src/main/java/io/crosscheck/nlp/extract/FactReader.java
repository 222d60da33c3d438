package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.TextAnalysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the checkable details of a short text stated as one fact (a claim, a headline, a sentence): its named entities,
 * times, figures and polarity (negating words counted, so two negations cancel). Unlike {@link ClaimExtractor} it selects nothing: every sentence counts, and a figure
 * counts without the noun it counts ("12 injured"), because two statements of one fact are compared figure by figure.
 */
public final class FactReader {
    /** Only these scale words multiply a figure: "m", "b" and "k" are too often something else in a bare sentence. */
    private static final Set<String> NEGATING = Set.of("not", "no", "never", "nobody", "nothing", "none", "nowhere",
            "neither", "cannot", "false", "untrue", "refused", "refuses", "refuse", "declined", "declines",
            // as typed without the apostrophe
            "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "hadnt", "wont", "cant",
            "couldnt", "wouldnt", "shouldnt");
    private static final Set<String> FIGURE_SCALES = Set.of("thousand", "million", "billion", "trillion", "bn", "mln");

    /** What one text states. {@code words} and {@code tags} run over all its sentences (OpenNLP UD tags). */
    public record Facts(List<String> words, List<String> tags, List<Entity> entities, List<TimeMention> times,
                        List<Double> figures, Polarity polarity) {
    }

    private final TextAnalysis analysis;
    private final EntityRecognizer entities;
    private final TimeResolver times = new TimeResolver();

    public FactReader() {
        this.analysis = TextAnalysis.shared().preload();
        this.entities = new EntityRecognizer(Gazetteer.load());
    }

    public Facts read(String text) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Map<String, Entity> named = new LinkedHashMap<>();
        List<Double> figures = new ArrayList<>();
        int negations = 0;
        for (AnalyzedSentence s : analysis.analyze(text)) {
            for (int i = 0; i < s.size(); i++) {
                words.add(s.words[i]);
                tags.add(s.tags[i]);
            }
            for (Mention m : entities.find(s)) {
                if (m.hasName()) {
                    named.putIfAbsent(m.name().toLowerCase(Locale.ROOT), new Entity(m.name(), m.type()));
                }
            }
            figures.addAll(figures(s));
            negations += negations(s);
        }
        // No publication date: only absolute times ("on 12 May 2014", "in 2015") are resolved, which is what is compared.
        List<TimeMention> resolved = times.resolve(text, null);
        return new Facts(List.copyOf(words), List.copyOf(tags), List.copyOf(named.values()), List.copyOf(resolved),
                List.copyOf(figures), negations % 2 == 1 ? Polarity.DENIES : Polarity.AFFIRMS);
    }

    /**
     * Negating words, wherever they stand: two statements of one fact are read alike, so "X is not the first" and
     * "X isn't the first" agree however deep the negation sits, and two negations cancel ("did not deny"). A claim's
     * own polarity ({@link PolarityDetector}) is subtler about subordinate clauses; a comparison needs symmetry.
     */
    private static int negations(AnalyzedSentence s) {
        int count = 0;
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            // "the Do Not Call list": a capitalised negation inside a sentence is part of a name
            boolean inName = i > 0 && s.isCapitalized(i);
            boolean negating = !inName && (NEGATING.contains(w) || w.endsWith("n't")
                    || Lexicon.DENIAL_REPORTING_VERBS.contains(w) && "VERB".equals(s.tags[i]));
            if (negating && !(i + 1 < s.size() && Lexicon.NOT_NEGATING.contains(s.lower(i + 1)))) {
                count++;
            }
        }
        return count;
    }

    /** Every number that is not a year or part of a date, with its scale ("1.2 million" is 1,200,000). */
    private static List<Double> figures(AnalyzedSentence s) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Double value = QuantityExtractor.numberValue(s, i);
            if (value == null || QuantityExtractor.isDatePart(s, i)
                    || QuantityExtractor.isYear(s.words[i]) && value == Math.floor(value)) {
                continue;
            }
            if (i + 1 < s.size() && FIGURE_SCALES.contains(s.lower(i + 1))) {
                value *= QuantityExtractor.SCALES.get(s.lower(i + 1));
                i++;
            }
            out.add(value);
        }
        return out;
    }
}
