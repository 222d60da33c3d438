package io.crosscheck.article.rest;

import io.crosscheck.article.model.Article;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as the API returns it. The original HTML, when kept, is at /api/articles/{id}/html. */
@Schema(name = "Article")
public record ArticleView(
        UUID id,
        String title,
        String source,
        String url,
        String author,
        Instant publishedAt,
        String language,
        String body,
        String contentHash,
        boolean hasOriginalHtml,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static ArticleView of(Article a) {
        return new ArticleView(a.id, a.title, a.source, a.url, a.author, a.publishedAt, a.language, a.body,
                a.contentHash, a.originalHtml != null, a.createdAt, a.updatedAt, a.version);
    }
}
