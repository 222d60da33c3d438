package io.crosscheck.claim.pipeline;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.engine.ExtractionEngine;
import io.crosscheck.claim.engine.SentenceEncoderEngine;
import io.crosscheck.claim.engine.StanceEngine;
import io.crosscheck.claim.persistence.AnalysisStatus;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;
import io.crosscheck.nlp.origin.TextSignature;
import io.crosscheck.nlp.origin.WireCredit;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.nlp.text.SentenceSpan;
import io.crosscheck.nlp.text.TextAnalysis;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The order-free part of one article's analysis, run outside any transaction and in parallel with other
 * articles: extraction, a vector per claim, the stance engine's pass over the text, and what tells the text's origin
 * (a signature to find copies of it, the agency it credits). Nothing is stored here.
 */
@ApplicationScoped
public class ArticlePreparation {

    private final ExtractionEngine extraction;
    private final SentenceEncoderEngine encoder;
    private final StanceEngine stance;
    private final ReceivedArticleRepository articles;
    private final ClaimServiceConfig.Analysis limits;
    private final Timer prepareTimer;

    public ArticlePreparation(ExtractionEngine extraction, SentenceEncoderEngine encoder, StanceEngine stance,
                              ReceivedArticleRepository articles, ClaimServiceConfig config, MeterRegistry registry) {
        this.extraction = extraction;
        this.encoder = encoder;
        this.stance = stance;
        this.articles = articles;
        this.limits = config.analysis();
        this.prepareTimer = Timer.builder("crosscheck.analysis.prepare.duration")
                .description("Time to extract and embed one article, before it is filed into a story").register(registry);
    }

    /** The article's claims and stance view, or null when it is gone or no longer queued. */
    PreparedArticle prepare(UUID articleId) {
        ReceivedArticle article = QuarkusTransaction.requiringNew().call(() -> articles.findDetached(articleId));
        if (article == null || article.status != AnalysisStatus.PENDING) {
            return null;
        }
        long started = System.nanoTime();
        LocalDate published = article.publishedAt == null ? null : article.publishedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        // A prefix of the text, so that every offset into it is an offset into the stored article.
        String text = analysedPart(article.text, limits.maxSentences());
        if (text.length() < article.text.length()) {
            Log.infof("article %s: analysing its first %d sentences (%d of %d characters)", articleId,
                    limits.maxSentences(), text.length(), article.text.length());
        }
        List<ExtractedClaim> extracted = extraction.extract(
                new ExtractionRequest(text, article.title, published, article.language));
        // The stance engine's view of the text first: claims stated as a whole sentence then reuse its vectors.
        AnalyzedArticle stanceView = stance.analyzeArticle(article.title, text);
        List<ExtractedClaim> kept = extracted.subList(0, Math.min(extracted.size(), limits.maxClaims()));
        float[][] vectors = encoder.encode(kept.stream().map(c -> embeddingText(c.text(), c.sentence())).toList());
        // The whole text, not the analysed part: a closing credit is at its end, and copies are compared as a whole.
        int[] signature = TextSignature.of(article.text);
        String agency = WireCredit.agencyOf(article.source, article.text).orElse(null);
        prepareTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return new PreparedArticle(articleId, article.contentHash, article.articleVersion, List.copyOf(kept), vectors,
                stanceView, signature, agency);
    }

    /** The text up to the end of its {@code maxSentences}-th sentence (all of it when it has no more). */
    public static String analysedPart(String text, int maxSentences) {
        // A sentence ends at one of these or the text's end: fewer of them, and no split is needed (most articles).
        long ends = text.chars().filter(c -> c == '.' || c == '!' || c == '?' || c == '\n').count();
        if (ends < maxSentences) {
            return text;
        }
        List<SentenceSpan> sentences = TextAnalysis.shared().sentences(text);
        return sentences.size() <= maxSentences ? text : text.substring(0, sentences.get(maxSentences - 1).end());
    }

    /**
     * A claim that is its whole sentence ("The bridge was closed on Friday" from "The bridge was closed on
     * Friday.") is embedded as that sentence: the same meaning, and the stance pass has just embedded it.
     */
    static String embeddingText(String claimText, String claimSentence) {
        String sentence = claimSentence == null ? "" : claimSentence.strip();
        if (sentence.startsWith(claimText)) {
            String rest = sentence.substring(claimText.length());
            if (rest.chars().allMatch(c -> ".!\"'\u201d\u2019 ".indexOf(c) >= 0)) {
                return sentence;
            }
        }
        return claimText;
    }
}
