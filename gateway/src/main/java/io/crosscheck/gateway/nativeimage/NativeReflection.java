package io.crosscheck.gateway.nativeimage;

import io.crosscheck.gateway.rest.schema.ArticleDetail;
import io.crosscheck.gateway.rest.schema.ArticlePage;
import io.crosscheck.gateway.rest.schema.Claim;
import io.crosscheck.gateway.rest.schema.ClaimCheck;
import io.crosscheck.gateway.rest.schema.StoryPage;
import io.crosscheck.gateway.rest.schema.StoryReport;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Reflection the native executable needs and Quarkus cannot infer. Quarkus registers the types of REST
 * parameters and return values itself; a type the gateway reads with its own {@code ObjectMapper} is not one
 * of them, and without registration Jackson sees only part of it in the native binary (GatewayIT then finds
 * {@code storyId} missing from a composed article).
 */
@RegisterForReflection(classNames = "io.crosscheck.gateway.client.AnalysisBody",
        // The web view reads the neighbours' answers into the contract's records (io.crosscheck.gateway.web).
        targets = {ArticleDetail.class, ArticleDetail.Analysis.class, ArticlePage.class, ArticlePage.Summary.class,
            Claim.class, Claim.Span.class, Claim.Claimant.class, Claim.Entity.class, Claim.TimeMention.class,
            Claim.Quantity.class, ClaimCheck.Result.class, ClaimCheck.Match.class, ClaimCheck.Evidence.class,
            StoryPage.class, StoryPage.Summary.class, StoryReport.class, StoryReport.Article.class,
            StoryReport.ClaimGroup.class, StoryReport.Position.class, StoryReport.Conflict.class, StoryReport.Split.class})
final class NativeReflection {
    private NativeReflection() {
    }
}
