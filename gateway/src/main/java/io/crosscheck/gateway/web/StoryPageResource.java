package io.crosscheck.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.client.StoryReportReader;
import io.crosscheck.gateway.rest.schema.StoryReport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/**
 * A story: its claims against its sources, the evidence of the selected position, its articles as a timeline.
 * Query parameters page through the sources ({@code sources}), claims ({@code claims}) and timeline
 * ({@code timeline}) and select a position ({@code claim} = claim group, {@code article}).
 */
@Path("/stories/{id}")
@Produces(MediaType.TEXT_HTML)
public class StoryPageResource {

    private final StoryReportReader reports;
    private final ObjectMapper mapper;
    private final StoryMatrix matrix;

    public StoryPageResource(StoryReportReader reports, ObjectMapper mapper, WebConfig config) {
        this.reports = reports;
        this.mapper = mapper;
        this.matrix = new StoryMatrix(config);
    }

    @GET
    public Uni<Response> story(@PathParam("id") String id, @QueryParam("sources") String sources,
            @QueryParam("claims") String claims, @QueryParam("timeline") String timeline,
            @QueryParam("claim") String group, @QueryParam("article") String article) {
        StoryPageQuery query = new StoryPageQuery(id, Html.pageNumber(sources), Html.pageNumber(claims),
                Html.pageNumber(timeline), blankToNull(group), blankToNull(article));
        // Parsing a large report and rendering its page are CPU work: off the event loop.
        return reports.read(id).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(read -> page(read.answer(), query))
                .onFailure().recoverWithItem(failure -> PageFailures.of(failure, "/stories/" + id));
    }

    private Response page(Downstream answer, StoryPageQuery query) {
        Optional<String> mergedInto = StoryReportReader.mergedInto(answer);
        if (mergedInto.isPresent()) {
            // Merged into another story: the reader follows it, as the API's 308 tells a client to.
            return Response.seeOther(URI.create("/stories/" + mergedInto.get())).build();
        }
        if (answer.status() == 404 || answer.status() == 400) {
            return PageFailures.notFound("Story");
        }
        if (!answer.ok() || answer.body() == null) {
            return PageFailures.unexpected("The story cannot be shown", ClaimServiceClient.NAME, answer);
        }
        StoryReport report = NeighbourJson.read(mapper, answer, StoryReport.class, ClaimServiceClient.NAME);
        return Html.page(Templates.story(matrix.build(report, query)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
