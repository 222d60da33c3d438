package io.crosscheck.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.gateway.client.ArticleAnalysis;
import io.crosscheck.gateway.client.ArticleServiceClient;
import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.error.NeighbourException;
import io.crosscheck.gateway.rest.schema.ArticleDetail;
import io.crosscheck.gateway.rest.schema.Claim;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An article: its text with each claim's sentence highlighted, its claims, entities, times and numbers, and its
 * story. Read like {@code GET /api/articles/{id}}: the article and its analysis asked in parallel, and an article
 * whose analysis cannot be had (pending, or the claim-service down) still shown, with that said.
 * {@code claim} selects a claim; {@code at=start-end} highlights a claim check's evidence.
 */
@Path("/articles/{id}")
@Produces(MediaType.TEXT_HTML)
public class ArticlePageResource {

    private final ArticleServiceClient articles;
    private final ClaimServiceClient claims;
    private final ObjectMapper mapper;

    public ArticlePageResource(ArticleServiceClient articles, ClaimServiceClient claims, ObjectMapper mapper) {
        this.articles = articles;
        this.claims = claims;
        this.mapper = mapper;
    }

    @GET
    public Uni<Response> article(@PathParam("id") String id, @QueryParam("claim") String claim,
            @QueryParam("at") String at) {
        return Uni.combine().all().unis(articles.get(id), claims.analysis(id)).asTuple()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(both -> page(both.getItem1(), both.getItem2(), claim, offsets(at)))
                .onFailure().recoverWithItem(failure -> PageFailures.of(failure, "/articles/" + id));
    }

    private Response page(Downstream answer, ArticleAnalysis analysis, String selectedClaim, int[] at) {
        if (answer.status() == 404 || answer.status() == 400) {
            return PageFailures.notFound("Article");
        }
        if (!answer.ok() || answer.body() == null) {
            return PageFailures.unexpected("The article cannot be shown", ArticleServiceClient.NAME, answer);
        }
        ArticleDetail article = NeighbourJson.read(mapper, answer, ArticleDetail.class, ArticleServiceClient.NAME);
        List<Claim> found = new ArrayList<>();
        try {
            for (var claim : analysis.claims()) {
                found.add(mapper.treeToValue(claim, Claim.class));
            }
        } catch (IOException unreadable) {
            throw NeighbourException.unreadable(ClaimServiceClient.NAME, unreadable);
        }
        String text = article.body() == null ? "" : article.body();
        return Html.page(Templates.article(new ArticleView(String.valueOf(article.id()), article.title(),
                article.source(), article.author(), safeUrl(article.url()), Html.dateTime(article.publishedAt()),
                Html.iso(article.publishedAt()),
                analysis.storyId() == null ? null : "/stories/" + Html.encode(analysis.storyId()),
                analysisNote(analysis, found.size()),
                ArticleText.segments(text, found, selectedClaim, at),
                found.stream().map(claim -> ArticleText.note(claim, selectedClaim)).toList(),
                entities(found), times(found), numbers(found))));
    }

    private static ArticleView.Analysis analysisNote(ArticleAnalysis analysis, int claims) {
        if (!analysis.available()) {
            // The detail (for operators, in the API's answer) can name Java types: a reader gets it in words.
            return new ArticleView.Analysis("UNAVAILABLE", "The analysis cannot be shown right now: the "
                    + ClaimServiceClient.NAME + " is not answering. The text below is the stored article.", false);
        }
        return switch (analysis.status() == null ? "" : analysis.status()) {
            case "DONE" -> new ArticleView.Analysis("DONE", claims == 0 ? "Analysed: no claims found."
                    : "Analysed: " + claims + (claims == 1 ? " claim" : " claims") + ", highlighted in the text.", true);
            case "FAILED" -> new ArticleView.Analysis("FAILED", "The analysis failed"
                    + (analysis.detail() == null ? "." : ": " + analysis.detail()), false);
            default -> new ArticleView.Analysis("PENDING",
                    "Analysis pending: the claims will appear here once the claim-service has read the article.", false);
        };
    }

    private static List<String> entities(List<Claim> claims) {
        Set<String> found = new LinkedHashSet<>();
        claims.stream().filter(c -> c.entities() != null).flatMap(c -> c.entities().stream())
                .forEach(e -> found.add(e.text() + " (" + String.valueOf(e.type()).toLowerCase(Locale.ROOT) + ")"));
        return List.copyOf(found);
    }

    private static List<String> times(List<Claim> claims) {
        Set<String> found = new LinkedHashSet<>();
        claims.stream().filter(c -> c.times() != null).flatMap(c -> c.times().stream())
                .forEach(t -> found.add(t.text() + (t.value() == null ? "" : " \u2192 " + t.value())));
        return List.copyOf(found);
    }

    private static List<String> numbers(List<Claim> claims) {
        Set<String> found = new LinkedHashSet<>();
        claims.stream().filter(c -> c.quantities() != null).flatMap(c -> c.quantities().stream())
                .forEach(q -> found.add(q.text() + " (" + number(q.value()) + (q.unit() == null ? "" : " " + q.unit()) + ")"));
        return List.copyOf(found);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Only web addresses become links: a stored {@code javascript:} or other URL is not linked at all. */
    private static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    /** {@code at=120-210}: the offsets of a claim check's evidence; anything else is no selection. */
    static int[] offsets(String at) {
        if (at == null) {
            return null;
        }
        String[] parts = at.split("-", 2);
        try {
            return parts.length == 2 ? new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())}
                    : null;
        } catch (NumberFormatException notOffsets) {
            return null;
        }
    }
}
