package io.crosscheck.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.rest.schema.StoryPage;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The front page: the stories, most recently active first, or most contested first (both paged by the claim-service). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StoryListResource {

    private static final int SOURCES_NAMED = 5;

    private final ClaimServiceClient claims;
    private final ObjectMapper mapper;
    private final WebConfig config;

    public StoryListResource(ClaimServiceClient claims, ObjectMapper mapper, WebConfig config) {
        this.claims = claims;
        this.mapper = mapper;
        this.config = config;
    }

    @GET
    public Uni<Response> stories(@QueryParam("sort") String sort, @QueryParam("page") String page) {
        boolean contested = "contested".equals(sort);
        int number = Html.pageNumber(page);
        return claims.stories(String.valueOf(number), String.valueOf(config.listPageSize()), contested ? "contested" : "recent")
                .map(answer -> page(answer, contested, number))
                .onFailure().recoverWithItem(failure -> PageFailures.of(failure, "/"));
    }

    private Response page(Downstream answer, boolean contested, int number) {
        if (!answer.ok() || answer.body() == null) {
            return PageFailures.unexpected("The stories cannot be shown", ClaimServiceClient.NAME, answer);
        }
        StoryPage stories = NeighbourJson.read(mapper, answer, StoryPage.class, ClaimServiceClient.NAME);
        List<StoryPage.Summary> items = stories.items() == null ? List.of() : stories.items();
        String base = contested ? "/?sort=contested&page=" : "/?page=";
        Pager.Slice slice = Pager.Slice.of(number, config.listPageSize(), (int) Math.min(Integer.MAX_VALUE, stories.total()));
        Pager pager = Pager.of("Stories " + slice.range(), slice, page -> base + page);
        return Html.page(Templates.stories(new StoryListView(contested, "/", "/?sort=contested",
                items.stream().map(StoryListResource::row).toList(), pager)));
    }

    private static StoryListView.Row row(StoryPage.Summary story) {
        List<String> sources = story.sources() == null ? List.of() : story.sources();
        String named = String.join(", ", sources.subList(0, Math.min(SOURCES_NAMED, sources.size())))
                + (sources.size() > SOURCES_NAMED ? " and " + (sources.size() - SOURCES_NAMED) + " more" : "");
        return new StoryListView.Row("/stories/" + story.id(), story.title(), story.articleCount(), sources.size(), named,
                story.contestedCount(), Html.dateTime(story.firstPublishedAt()), Html.iso(story.firstPublishedAt()),
                Html.dateTime(story.lastPublishedAt()), Html.iso(story.lastPublishedAt()));
    }
}
