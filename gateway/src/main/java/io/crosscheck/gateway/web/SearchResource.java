package io.crosscheck.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.gateway.client.ArticleQuery;
import io.crosscheck.gateway.client.ArticleServiceClient;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.rest.schema.ArticlePage;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Full-text search over the articles: the article-service's PostgreSQL search, as {@code GET /api/articles?q=}
 * offers it (websearch syntax: words, "a phrase", -excluded, or), newest first. A query it refuses shows its reason.
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    private final ArticleServiceClient articles;
    private final ObjectMapper mapper;
    private final WebConfig config;

    public SearchResource(ArticleServiceClient articles, ObjectMapper mapper, WebConfig config) {
        this.articles = articles;
        this.mapper = mapper;
        this.config = config;
    }

    @GET
    public Uni<Response> search(@QueryParam("q") String q, @QueryParam("page") String page) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            return Uni.createFrom().item(Html.page(Templates.search(
                    new SearchView("", 0, List.of(), new Pager("", null, null), null))));
        }
        int number = Html.pageNumber(page);
        return articles.list(new ArticleQuery(null, query, null, null, String.valueOf(number),
                        String.valueOf(config.listPageSize())))
                .map(answer -> page(answer, query, number))
                .onFailure().recoverWithItem(failure -> PageFailures.of(failure, "/search"));
    }

    private Response page(Downstream answer, String query, int number) {
        if (answer.status() == 400) {
            return Html.page(400, Templates.search(new SearchView(query, 0, List.of(), new Pager("", null, null),
                    "This search cannot be run: " + PageFailures.detailOf(mapper, answer))));
        }
        if (!answer.ok() || answer.body() == null) {
            return PageFailures.unexpected("The search cannot be run", ArticleServiceClient.NAME, answer);
        }
        ArticlePage found = NeighbourJson.read(mapper, answer, ArticlePage.class, ArticleServiceClient.NAME);
        List<ArticlePage.Summary> items = found.items() == null ? List.of() : found.items();
        Pager.Slice slice = Pager.Slice.of(number, config.listPageSize(), (int) Math.min(Integer.MAX_VALUE, found.total()));
        String base = "/search?q=" + Html.encode(query);
        Pager pager = Pager.of("Articles " + slice.range(), slice, page -> base + "&page=" + page);
        return Html.page(Templates.search(new SearchView(query, found.total(), items.stream()
                .map(item -> new SearchView.Result(ArticleView.href(String.valueOf(item.id()), null), item.title(),
                        item.source(), Html.dateTime(item.publishedAt()), Html.iso(item.publishedAt()), item.excerpt()))
                .toList(), pager, null)));
    }
}
