package io.crosscheck.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The pages, one template each under {@code templates/web/}. Type-checked when the gateway is built: an expression
 * that names no property of its view fails the build instead of printing nothing. The templates end in .html, so
 * Qute escapes every value it prints; none of them uses raw output (article text and titles are untrusted).
 */
@CheckedTemplate(basePath = "web")
final class Templates {

    private Templates() {
    }

    static native TemplateInstance stories(StoryListView view);

    static native TemplateInstance search(SearchView view);

    static native TemplateInstance story(StoryView view);

    static native TemplateInstance article(ArticleView view);

    static native TemplateInstance check(CheckView view);

    static native TemplateInstance add(AddArticleView view);

    static native TemplateInstance message(MessageView view);
}
