package io.crosscheck.claim.api;

import io.crosscheck.claim.intake.ArticleForAnalysis;
import io.crosscheck.claim.intake.ArticleIntakeService;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.pipeline.AnalysisQueue;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;

/** Internal: the article-service's outbox delivers here; the gateway reads analyses from here. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles (internal)")
public class ArticleIntakeResource {

    private final ArticleIntakeService intake;
    private final AnalysisQueue queue;

    public ArticleIntakeResource(ArticleIntakeService intake, AnalysisQueue queue) {
        this.intake = intake;
        this.queue = queue;
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a stored article for analysis", description = "Idempotent: an unchanged article "
            + "received again is not re-analysed. Analysis runs in the background (status PENDING, then DONE or FAILED).")
    @APIResponse(responseCode = "202", description = "Queued, or already known unchanged")
    @APIResponse(responseCode = "400", description = "Invalid article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@PathParam("id") UUID id, @Valid ArticleForAnalysis article) {
        if (article.id() != null && !article.id().equals(id)) {
            throw ProblemException.badField("id", "differs from the id in the path");
        }
        ArticleForAnalysis withId = article.id() == null ? new ArticleForAnalysis(id, article.title(), article.text(),
                article.source(), article.url(), article.publishedAt(), article.language(), article.contentHash(),
                article.version()) : article;
        boolean queued = intake.receive(withId);
        if (queued) {
            queue.wake();  // committed: analyse now rather than at the next poll
        }
        return Response.accepted(Map.of("articleId", id, "queued", queued)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Forget a deleted article", description = "Its claims go with it; its story is recomputed.")
    @APIResponse(responseCode = "204", description = "Forgotten")
    @APIResponse(responseCode = "404", description = "Never received",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") UUID id) {
        if (!intake.withdraw(id)) {
            throw ProblemException.notFound("No article " + id + " has been received");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/analysis")
    @Operation(summary = "The analysis of one article: status, story and claims")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AnalysisView.class)))
    @APIResponse(responseCode = "404", description = "Not (yet) received from the article-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnalysisView analysis(@PathParam("id") UUID id) {
        ArticleIntakeService.Analysis analysis = intake.analysis(id)
                .orElseThrow(() -> ProblemException.notFound("No article " + id + " has been received"));
        ReceivedArticle article = analysis.article();
        return new AnalysisView(id, article.status, article.extractor, article.error, article.storyId,
                article.analysedAt, analysis.claims().stream().map(ClaimView::of).toList());
    }
}
