package io.crosscheck.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.rest.schema.ClaimCheck;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * Check a claim: the form, and its answer from the same call {@code POST /api/claims/check} makes. A POST, like
 * the API's, so a check spends the client's write budget (it is the claim-service's expensive call), not a read.
 */
@Path("/check")
@Produces(MediaType.TEXT_HTML)
public class ClaimCheckPageResource {

    private final ClaimServiceClient claims;
    private final ObjectMapper mapper;
    private final WebConfig config;

    public ClaimCheckPageResource(ClaimServiceClient claims, ObjectMapper mapper, WebConfig config) {
        this.claims = claims;
        this.mapper = mapper;
        this.config = config;
    }

    @GET
    public Response form() {
        return Html.page(Templates.check(new CheckView("", false, List.of(), null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> check(@FormParam("claim") String claim) {
        String asked = claim == null ? "" : claim.strip();
        if (asked.isEmpty()) {
            return Uni.createFrom().item(Html.page(400, Templates.check(
                    new CheckView("", true, List.of(), "Write the claim to check."))));
        }
        ObjectNode request = mapper.createObjectNode().put("claim", asked).put("limit", config.checkLimit());
        return claims.check(MediaType.APPLICATION_JSON, request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .map(answer -> page(answer, asked))
                .onFailure().recoverWithItem(failure -> PageFailures.of(failure, "/check"));
    }

    private Response page(Downstream answer, String claim) {
        if (answer.status() >= 400 && answer.status() < 500) {
            return Html.page(answer.status(), Templates.check(new CheckView(claim, true, List.of(),
                    "The claim cannot be checked: " + PageFailures.detailOf(mapper, answer))));
        }
        if (!answer.ok() || answer.body() == null) {
            return PageFailures.unexpected("The claim cannot be checked", ClaimServiceClient.NAME, answer);
        }
        ClaimCheck.Result result = NeighbourJson.read(mapper, answer, ClaimCheck.Result.class, ClaimServiceClient.NAME);
        List<ClaimCheck.Match> matches = result.matches() == null ? List.of() : result.matches();
        return Html.page(Templates.check(new CheckView(claim, true, matches.stream().map(this::match).toList(), null)));
    }

    private CheckView.Match match(ClaimCheck.Match match) {
        String article = String.valueOf(match.articleId());
        List<CheckView.Evidence> evidence = match.evidence() == null ? List.of() : match.evidence().stream()
                .map(e -> new CheckView.Evidence(e.sentence(), ArticleView.href(article, e.start(), e.end()))).toList();
        return new CheckView.Match(evidence.isEmpty() ? ArticleView.href(article, null) : evidence.get(0).href(),
                match.title(), match.source(), Stances.of(match.stance(), false),
                String.format(Locale.ROOT, "%.2f", match.score()), evidence);
    }
}
