package io.crosscheck.claim.pipeline;

import io.crosscheck.claim.engine.ExtractionEngine;
import io.crosscheck.claim.engine.SentenceEncoderEngine;
import io.crosscheck.claim.engine.StanceEngine;
import io.crosscheck.claim.persistence.AnalysisStatus;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The order-free part of one article's analysis, run outside any transaction and in parallel with other
 * articles: extraction, a vector per claim, and the stance engine's pass over the text. Nothing is stored here.
 */
@ApplicationScoped
public class ArticlePreparation {

    private final ExtractionEngine extraction;
    private final SentenceEncoderEngine encoder;
    private final StanceEngine stance;
    private final ReceivedArticleRepository articles;
    private final Timer prepareTimer;

    public ArticlePreparation(ExtractionEngine extraction, SentenceEncoderEngine encoder, StanceEngine stance,
                              ReceivedArticleRepository articles, MeterRegistry registry) {
        this.extraction = extraction;
        this.encoder = encoder;
        this.stance = stance;
        this.articles = articles;
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
        List<ExtractedClaim> extracted = extraction.extract(
                new ExtractionRequest(article.text, article.title, published, article.language));
        // The stance engine's view of the text first: claims stated as a whole sentence then reuse its vectors.
        AnalyzedArticle stanceView = stance.analyzeArticle(article.title, article.text);
        List<StoredClaim> claims = new ArrayList<>(extracted.size());
        for (int i = 0; i < extracted.size(); i++) {
            claims.add(StoredClaim.of(extracted.get(i), article.articleId, i));
        }
        float[][] vectors = encoder.encode(claims.stream().map(ArticlePreparation::embeddingText).toList());
        for (int i = 0; i < claims.size(); i++) {
            claims.get(i).embedding = vectors[i];
        }
        prepareTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return new PreparedArticle(articleId, article.contentHash, article.articleVersion, claims, stanceView);
    }

    /**
     * A claim that is its whole sentence ("The bridge was closed on Friday" from "The bridge was closed on
     * Friday.") is embedded as that sentence: the same meaning, and the stance pass has just embedded it.
     */
    static String embeddingText(StoredClaim claim) {
        String sentence = claim.sentence == null ? "" : claim.sentence.strip();
        if (sentence.startsWith(claim.text)) {
            String rest = sentence.substring(claim.text.length());
            if (rest.chars().allMatch(c -> ".!\"'\u201d\u2019 ".indexOf(c) >= 0)) {
                return sentence;
            }
        }
        return claim.text;
    }
}
