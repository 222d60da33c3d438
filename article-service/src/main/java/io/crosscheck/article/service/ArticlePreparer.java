package io.crosscheck.article.service;

import io.crosscheck.article.text.HtmlTextExtractor;
import io.crosscheck.article.text.TextNormalizer;
import io.crosscheck.article.text.UrlCanonicalizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Derives what is stored from what was posted: the main text of HTML, the canonical URL, the dedup keys. */
@ApplicationScoped
public class ArticlePreparer {

    public PreparedArticle prepare(ArticleInput input) {
        String html = null;
        String text = input.body();
        boolean isHtml = input.bodyIsHtml() || HtmlTextExtractor.looksLikeHtml(input.body());
        if (isHtml) {
            html = input.body();
            text = HtmlTextExtractor.extract(html).text();
        } else {
            text = TextNormalizer.clean(text);
        }
        if (text.isBlank()) {
            throw new InvalidArticleException("body",
                    isHtml ? "the HTML holds no readable text" : "holds no readable text");
        }
        String url = input.url() == null ? null : UrlCanonicalizer.canonicalize(input.url()).orElseThrow(
                () -> new InvalidArticleException("url", "must be an absolute http or https URL with a host"));
        return new PreparedArticle(
                TextNormalizer.clean(input.title()).replace('\n', ' '),
                text,
                html,
                input.source(),
                input.source().strip().toLowerCase(Locale.ROOT),
                url,
                input.author(),
                input.publishedAt(),
                input.language(),
                TextNormalizer.contentHash(text));
    }
}
