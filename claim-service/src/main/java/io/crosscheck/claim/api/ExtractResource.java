package io.crosscheck.claim.api;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.engine.ExtractionEngine;
import io.crosscheck.nlp.extract.ExtractionRequest;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/extract")
@Tag(name = "Extraction")
public class ExtractResource {

    @Schema(name = "ExtractRequest")
    public record ExtractRequest(
            @Schema(required = true, examples = "Kremlin spokesman Dmitry Peskov said on Tuesday that Putin had not received a written message.")
            String text,
            String title,
            @Schema(description = "ISO-8601 date or instant; anchors relative times such as \"on Tuesday\"", examples = "2025-06-24")
            String publishedAt,
            @Schema(examples = "en") String language) {
    }

    @Schema(name = "ExtractResponse")
    public record ExtractResponse(String extractor, List<ClaimView> claims) {
    }

    private final ExtractionEngine extraction;
    private final ClaimServiceConfig config;

    public ExtractResource(ExtractionEngine extraction, ClaimServiceConfig config) {
        this.extraction = extraction;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the claims of a text", description = "Stateless: nothing is stored.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExtractResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing text, or a field of the wrong type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text over the size limit (2 MB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The extraction time limit was reached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractResponse extract(ExtractRequest request) {
        String text = RequestChecks.requireText("text", request == null ? null : request.text(),
                config.extraction().textMaxBytes());
        LocalDate published = parseDate(request.publishedAt());
        var claims = extraction.extract(new ExtractionRequest(text, request.title(), published, request.language()));
        return new ExtractResponse(extraction.version(), claims.stream().map(ClaimView::of).toList());
    }

    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.strip().length() == 10 ? LocalDate.parse(value.strip())
                    : OffsetDateTime.parse(value.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("publishedAt", "must be an ISO-8601 date (2025-06-24) or instant (2025-06-24T09:30:00Z)");
        }
    }
}
