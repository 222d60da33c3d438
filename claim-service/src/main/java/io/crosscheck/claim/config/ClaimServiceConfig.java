package io.crosscheck.claim.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Settings of the claim-service; defaults and their meaning are in application.properties and the README. */
@ConfigMapping(prefix = "crosscheck.claims")
public interface ClaimServiceConfig {

    Extraction extraction();

    Analysis analysis();

    Stories stories();

    Groups groups();

    Stance stance();

    Check check();

    interface Extraction {
        int textMaxBytes();

        Duration timeout();

        int threads();
    }

    interface Analysis {
        boolean enabled();

        Duration pollInterval();

        int maxAttempts();

        /** Articles prepared (extracted, embedded) together before they are filed in order. */
        int batchSize();

        /** Sentences of one article analysed: the rest of a longer text is not read (one post cannot stall the queue). */
        int maxSentences();

        /** Claims kept of one article, in reading order. */
        int maxClaims();
    }

    interface Stories {
        int windowDays();

        /** Candidate stories (sharing a key with the article, best by key score) compared in full per article. */
        int maxCandidates();

        /**
         * The probability from which an article joins a story, instead of the learnt model's own threshold (to
         * measure another with ./evaluate stories).
         */
        java.util.Optional<Double> minProbability();

        /**
         * Least cosine between an article's MiniLM centroid and the centroid of a story filed before term sums were
         * kept (V6), which has no terms to compare.
         */
        double minCentroidSimilarity();

        /**
         * Two stories an article could both join are merged when their own centroids have at least this cosine
         * (above 1: never merged).
         */
        double mergeMinCentroidSimilarity();

        /**
         * A story whose articles cluster into two parts (at the model's joining threshold) is split when each part,
         * read as one article, is less probably about the other than this (0: never split).
         */
        double splitMaxCrossProbability();

        /** The fewest articles the part split off must hold (a lone odd article is not a second event). */
        int splitMinPart();

        /** Memory for rendered story reports (bytes), least recently used evicted first. */
        long reportCacheBytes();
    }

    interface Stance {
        /**
         * A stance model file instead of the one in the jar; the story report evaluation points it at a model
         * trained without the rumours it ingests.
         */
        java.util.Optional<java.nio.file.Path> modelFile();
    }

    interface Check {
        /**
         * Characters of text a claim check reads with the stance engine toward the checked claim itself, the best
         * matches first (an article that would pass the budget is skipped); the others take the stored reading
         * toward their claim group. The work of one check is bounded by it, whatever the articles' lengths.
         */
        int readCharacters();
    }

    interface Groups {
        double minSimilarity();

        double minCheckworthiness();

        /**
         * Each article filed is also read by the stance engine toward this many of its story's groups with the most
         * articles, when none of its claims joined them: its position on the story's main facts without a claim of
         * its own there (0 turns it off).
         */
        int leadGroups();

        /**
         * Earlier articles of the story read toward its lead groups at each filing, when they were filed before a
         * group became a lead group (each costs its stance pass again; 0 turns it off).
         */
        int leadCatchUp();

        /**
         * Whether each story has a headline group: the title of its first article with a headline as a claim, every
         * article filed read toward it (one stance pass each), so that every source's position on what the story is
         * about is in one group.
         */
        boolean headlineGroup();
    }
}
