package io.crosscheck.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.error.NeighbourException;
import io.crosscheck.gateway.rest.schema.StoryPage;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * The front page: the stories, most recently active first (the claim-service's order), or most contested first.
 * The claim-service lists stories only by activity, so "most contested" orders the 100 most recently active
 * stories (its largest page) by their contested claims, and says so on the page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StoryListResource {

    /** The claim-service's largest page of stories. */
    static final int CONTESTED_WINDOW = 100;
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
        int number = contested ? 0 : Html.pageNumber(page);
        int size = contested ? CONTESTED_WINDOW : config.listPageSize();
        return claims.stories(String.valueOf(number), String.valueOf(size))
                .map(answer -> page(answer, contested, number))
                .onFailure().recoverWithItem(failure -> PageFailures.of(failure, "/"));
    }

    private Response page(Downstream answer, boolean contested, int number) {
        if (!answer.ok() || answer.body() == null) {
            return PageFailures.message(502, "The stories cannot be shown",
                    "The " + ClaimServiceClient.NAME + " answered HTTP " + answer.status() + ".", "Try again in a moment.");
        }
        StoryPage stories;
        try {
            stories = mapper.readValue(answer.body(), StoryPage.class);
        } catch (IOException unreadable) {
            throw NeighbourException.unreadable(ClaimServiceClient.NAME, unreadable);
        }
        List<StoryPage.Summary> items = stories.items() == null ? List.of() : stories.items();
        if (contested) {
            items = items.stream().sorted(Comparator.comparingInt(StoryPage.Summary::contestedCount).reversed()
                    .thenComparing(StoryPage.Summary::lastPublishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
        }
        Pager pager;
        String note = null;
        if (contested) {
            pager = new Pager("", null, null);
            if (stories.total() > items.size()) {
                note = "Most contested first among the " + items.size() + " most recently active of "
                        + stories.total() + " stories.";
            }
        } else {
            Pager.Slice slice = Pager.Slice.of(number, config.listPageSize(), (int) Math.min(Integer.MAX_VALUE, stories.total()));
            pager = new Pager("Stories " + slice.range(), slice.hasPrevious() ? "/?page=" + (number - 1) : null,
                    slice.hasNext() ? "/?page=" + (number + 1) : null);
        }
        return Html.page(Templates.stories(new StoryListView(contested, "/", "/?sort=contested",
                items.stream().map(StoryListResource::row).toList(), pager, note)));
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
