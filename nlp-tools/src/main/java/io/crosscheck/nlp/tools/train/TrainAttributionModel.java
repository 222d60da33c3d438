package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.extract.AttributionLabel;
import io.crosscheck.nlp.extract.AttributionLabel.Part;
import io.crosscheck.nlp.extract.AttributionModel;
import opennlp.tools.ml.EventModelSequenceTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.Sequence;
import opennlp.tools.ml.model.SequenceStream;
import opennlp.tools.ml.perceptron.SimplePerceptronSequenceTrainer;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Trains the attribution tagger ({@link AttributionModel}) on PolNeAR's train split and prints its token-level
 * precision, recall and F1 per part (Source, Cue, Content) on the dev split, which it is never trained on. The
 * events are the tokens with the gold tags of the tokens before them (a maximum-entropy Markov model); decoding
 * uses the model's own tags, so the dev figures include the errors it carries forward.
 *
 * <p>Usage: {@code TrainAttributionModel <polnear-train-dir> <out.bin.gz>} (dev is the train dir's sibling
 * {@code dev}, or {@code -Dattribution.dev=DIR}); {@code -Dattribution.algorithm=MAXENT|MAXENT_QN|PERCEPTRON}
 * (default MAXENT, OpenNLP's GIS; also PERCEPTRON_SEQUENCE, Collins' structured perceptron, over batches of
 * {@code -Dattribution.batch} articles, 20 by default), {@code -Dattribution.iterations} (100), {@code -Dattribution.cutoff} (a feature
 * must occur this often in training, 3: keeps the model small), {@code -Dattribution.beam} (1, greedy: on dev a
 * beam of 3 scored lower with the shared PolNeAR scorer, F1 0.472 against 0.492, at three times the cost);
 * {@code -Dattribution.evaluate=MODEL} only decodes dev with a trained model (and that beam).
 * The PolNeAR system file of the whole extraction is then written by {@code eval.PolnearSystemFile} with this model.
 */
public final class TrainAttributionModel {
    private TrainAttributionModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TrainAttributionModel <polnear-train-dir> <out.bin.gz>");
            System.exit(2);
        }
        Path train = Path.of(args[0]);
        Path dev = Path.of(System.getProperty("attribution.dev", train.resolveSibling("dev").toString()));
        String algorithm = System.getProperty("attribution.algorithm", "MAXENT");
        int iterations = Integer.getInteger("attribution.iterations", 100);
        int cutoff = Integer.getInteger("attribution.cutoff", 3);
        int beam = Integer.getInteger("attribution.beam", AttributionModel.DEFAULT_BEAM);

        String evaluateOnly = System.getProperty("attribution.evaluate");
        if (evaluateOnly != null) {
            // Re-decodes a trained model on dev (e.g. with another -Dattribution.beam) without training again.
            AttributionModel model;
            try (var in = Files.newInputStream(Path.of(evaluateOnly))) {
                model = AttributionModel.read(in);
            }
            printTokenFigures(model.withBeam(beam), PolnearCorpus.read(dev));
            return;
        }
        long t0 = System.nanoTime();
        List<PolnearCorpus.Article> trainArticles = PolnearCorpus.read(train);
        List<PolnearCorpus.Article> devArticles = PolnearCorpus.read(dev);
        System.out.printf("read %d train and %d dev articles in %.0f s%n", trainArticles.size(), devArticles.size(),
                (System.nanoTime() - t0) / 1e9);

        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 2);
        t0 = System.nanoTime();
        MaxentModel maxent;
        if (SimplePerceptronSequenceTrainer.PERCEPTRON_SEQUENCE_VALUE.equals(algorithm)) {
            EventModelSequenceTrainer<List<PolnearCorpus.Article>> trainer =
                    TrainerFactory.getEventModelSequenceTrainer(params, new HashMap<>());
            maxent = trainer.train(new ArticleSequences(trainArticles, Integer.getInteger("attribution.batch", 20)));
        } else {
            EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
            maxent = trainer.train(new TokenEvents(trainArticles));
        }
        System.out.printf("trained %s (%d iterations, cutoff %d) in %.0f s%n", algorithm, iterations, cutoff,
                (System.nanoTime() - t0) / 1e9);
        String source = String.format("PolNeAR train (%d articles), %s %d iterations, cutoff %d, beam %d",
                trainArticles.size(), algorithm, iterations, cutoff, beam);
        AttributionModel model = new AttributionModel(maxent, source, beam);

        printTokenFigures(model, devArticles);
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.printf("wrote %s (%d KB)%n", out, Files.size(out) / 1024);
    }

    /** Token-level figures per part on articles the model was not trained on, and exact-span F1 per part. */
    static void printTokenFigures(AttributionModel model, List<PolnearCorpus.Article> articles) {
        int parts = Part.values().length;
        long[] tp = new long[parts];
        long[] fp = new long[parts];
        long[] fn = new long[parts];
        long nanos = 0;
        long tokens = 0;
        for (PolnearCorpus.Article a : articles) {
            long start = System.nanoTime();
            AttributionLabel[][] predicted = model.tag(a.features());
            nanos += System.nanoTime() - start;
            for (int k = 0; k < predicted.length; k++) {
                for (int i = 0; i < predicted[k].length; i++) {
                    tokens++;
                    Part p = predicted[k][i].part();
                    Part g = a.labels()[k][i].part();
                    if (p == g) {
                        tp[p.ordinal()]++;
                    } else {
                        fp[p.ordinal()]++;
                        fn[g.ordinal()]++;
                    }
                }
            }
        }
        System.out.printf("dev, token level (%d articles, %d tokens; tagging %.1f ms per article):%n",
                articles.size(), tokens, nanos / 1e6 / Math.max(1, articles.size()));
        for (Part part : List.of(Part.SOURCE, Part.CUE, Part.CONTENT)) {
            int i = part.ordinal();
            double p = tp[i] / (double) Math.max(1, tp[i] + fp[i]);
            double r = tp[i] / (double) Math.max(1, tp[i] + fn[i]);
            System.out.printf("  %-8s P %.3f  R %.3f  F1 %.3f  (gold tokens %d)%n", part, p, r,
                    p + r == 0 ? 0 : 2 * p * r / (p + r), tp[i] + fn[i]);
        }
    }

    /**
     * The training articles as sequences for the structured perceptron (Collins 2002): on every pass the trainer has
     * the current model tag each sequence as the extraction does ({@link AttributionModel#tag}, greedy, tags carried
     * across sentences) and learns from where that tagging differs from the gold tags. A maximum-entropy Markov model
     * only ever sees gold previous tags, so at run time it is fed its own mistakes unprepared. A sequence is a batch
     * of {@code attribution.batch} articles: OpenNLP's trainer rebuilds the model's whole predicate index for every
     * sequence, which for one article per sequence costs more than the tagging itself.
     */
    private static final class ArticleSequences implements SequenceStream<List<PolnearCorpus.Article>> {
        private final List<List<PolnearCorpus.Article>> batches = new ArrayList<>();
        private int next;

        ArticleSequences(List<PolnearCorpus.Article> articles, int batch) {
            for (int from = 0; from < articles.size(); from += batch) {
                batches.add(articles.subList(from, Math.min(articles.size(), from + batch)));
            }
        }

        @Override
        public Sequence<List<PolnearCorpus.Article>> read() {
            if (next >= batches.size()) {
                return null;
            }
            List<PolnearCorpus.Article> batch = batches.get(next++);
            List<Event> events = new ArrayList<>();
            for (PolnearCorpus.Article article : batch) {
                addEvents(article, article.labels(), events);
            }
            return new Sequence<>(events.toArray(Event[]::new), batch);
        }

        @Override
        public Event[] updateContext(Sequence<List<PolnearCorpus.Article>> sequence, AbstractModel model) {
            AttributionModel tagger = new AttributionModel(model, "training", 1);
            List<Event> events = new ArrayList<>();
            for (PolnearCorpus.Article article : sequence.getSource()) {
                addEvents(article, tagger.tag(article.features()), events);
            }
            return events.toArray(Event[]::new);
        }

        /** One event per token, in the context of the tags before it in {@code tags}. */
        private static void addEvents(PolnearCorpus.Article article, AttributionLabel[][] tags, List<Event> events) {
            for (int k = 0; k < tags.length; k++) {
                AttributionLabel previousSentenceEnd = previousSentenceEnd(tags, k);
                for (int i = 0; i < tags[k].length; i++) {
                    events.add(tokenEvent(article, tags, k, i, previousSentenceEnd));
                }
            }
        }

        @Override
        public void reset() {
            next = 0;
        }
    }

    /**
     * Token {@code i} of sentence {@code k} as an event: its tag in {@code tags} as outcome, in the context of the
     * tags before it there, as {@link AttributionModel} builds it when tagging.
     */
    private static Event tokenEvent(PolnearCorpus.Article article, AttributionLabel[][] tags, int k, int i,
                                    AttributionLabel previousSentenceEnd) {
        String[] context = article.features().context(k, i, i > 0 ? tags[k][i - 1] : null,
                i > 1 ? tags[k][i - 2] : null, previousSentenceEnd);
        return new Event(tags[k][i].name(), context);
    }

    /** The tag of the last token before sentence {@code sentence}, or null at the start of the article. */
    private static AttributionLabel previousSentenceEnd(AttributionLabel[][] tags, int sentence) {
        for (int k = sentence - 1; k >= 0; k--) {
            if (tags[k].length > 0) {
                return tags[k][tags[k].length - 1];
            }
        }
        return null;
    }

    /** Every token of the training articles as an event, generated on each pass rather than held in memory. */
    private static final class TokenEvents implements ObjectStream<Event> {
        private final List<PolnearCorpus.Article> articles;
        private int article;
        private int sentence;
        private int token;

        TokenEvents(List<PolnearCorpus.Article> articles) {
            this.articles = articles;
        }

        @Override
        public Event read() {
            while (article < articles.size()) {
                PolnearCorpus.Article a = articles.get(article);
                AttributionLabel[][] labels = a.labels();
                if (sentence >= labels.length) {
                    article++;
                    sentence = 0;
                    token = 0;
                    continue;
                }
                if (token >= labels[sentence].length) {
                    sentence++;
                    token = 0;
                    continue;
                }
                Event event = tokenEvent(a, labels, sentence, token, previousSentenceEnd(labels, sentence));
                token++;
                return event;
            }
            return null;
        }

        @Override
        public void reset() {
            article = 0;
            sentence = 0;
            token = 0;
        }

        @Override
        public void close() throws IOException {
        }
    }
}
