package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.extract.AttributionFeatures;
import io.crosscheck.nlp.extract.AttributionLabel;
import io.crosscheck.nlp.extract.AttributionLabel.Part;
import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.TextAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split ({@code text/*.txt} and brat standoff {@code attributions/*.ann}) into per-token BIO tags over
 * the tokens of {@link TextAnalysis}: each Source, Cue and Content span tags the tokens its character fragments
 * overlap. Attributions nest ("X said Y claimed Z"): a token inside an outer Content that is also the Source or Cue
 * of an inner attribution is tagged Source or Cue, and of two Contents the shorter (inner) one wins, so both the
 * inner attribution and the pieces of the outer Content stay visible. Only the first {@code .ann} per article stem
 * is read (the second annotator's file is left out), as the shared scorer does.
 */
final class PolnearCorpus {
    /** One annotated article, tokenized and tagged. */
    record Article(String stem, String text, List<AnalyzedSentence> sentences, AttributionLabel[][] labels,
                   AttributionFeatures features) {
    }

    private record Annotation(String id, Part part, int[][] fragments, int length) {
    }

    private PolnearCorpus() {
    }

    static List<Article> read(Path split) throws IOException {
        Map<String, Path> annotations = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String name = ann.getFileName().toString();
                String stem = name.substring(0, name.length() - 4);
                stem = stem.substring(0, stem.lastIndexOf('_'));
                annotations.putIfAbsent(stem, ann);
            }
        }
        List<Article> articles = new ArrayList<>(annotations.size());
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            Path textFile = split.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.exists(textFile)) {
                continue;
            }
            String text = Files.readString(textFile);
            List<AnalyzedSentence> sentences = TextAnalysis.shared().analyze(text);
            AttributionLabel[][] labels = tag(sentences, parse(Files.readAllLines(e.getValue())));
            articles.add(new Article(e.getKey(), text, sentences, labels, AttributionFeatures.of(text, sentences)));
        }
        return articles;
    }

    private static List<Annotation> parse(List<String> lines) {
        List<Annotation> out = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (!line.startsWith("T") || cols.length < 2) {
                continue;
            }
            int space = cols[1].indexOf(' ');
            Part part = switch (cols[1].substring(0, space)) {
                case "Source" -> Part.SOURCE;
                case "Cue" -> Part.CUE;
                case "Content" -> Part.CONTENT;
                default -> null;
            };
            if (part == null) {
                continue;
            }
            String[] pieces = cols[1].substring(space + 1).split(";");
            int[][] fragments = new int[pieces.length][];
            int length = 0;
            for (int f = 0; f < pieces.length; f++) {
                String[] be = pieces[f].trim().split(" ");
                fragments[f] = new int[]{Integer.parseInt(be[0]), Integer.parseInt(be[1])};
                length += fragments[f][1] - fragments[f][0];
            }
            out.add(new Annotation(cols[0], part, fragments, length));
        }
        return out;
    }

    private static AttributionLabel[][] tag(List<AnalyzedSentence> sentences, List<Annotation> annotations) {
        AttributionLabel[][] labels = new AttributionLabel[sentences.size()][];
        for (int k = 0; k < sentences.size(); k++) {
            AnalyzedSentence s = sentences.get(k);
            labels[k] = new AttributionLabel[s.size()];
            Annotation previous = null;
            for (int i = 0; i < s.size(); i++) {
                Annotation chosen = null;
                for (Annotation a : annotations) {
                    if (overlaps(a, s.starts[i], s.ends[i]) && (chosen == null || outranks(a, chosen))) {
                        chosen = a;
                    }
                }
                labels[k][i] = chosen == null ? AttributionLabel.O
                        : AttributionLabel.of(chosen.part, previous == null || !previous.id.equals(chosen.id));
                previous = chosen;
            }
        }
        return labels;
    }

    private static boolean overlaps(Annotation a, int start, int end) {
        for (int[] f : a.fragments) {
            if (start < f[1] && end > f[0]) {
                return true;
            }
        }
        return false;
    }

    /** Cue before Source before Content; of two spans of one part, the shorter. */
    private static boolean outranks(Annotation a, Annotation b) {
        int ra = rank(a.part);
        int rb = rank(b.part);
        return ra != rb ? ra > rb : a.length < b.length;
    }

    private static int rank(Part part) {
        return switch (part) {
            case CUE -> 3;
            case SOURCE -> 2;
            case CONTENT -> 1;
            case NONE -> 0;
        };
    }
}
