package io.crosscheck.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.article.config.ArticleLimits;
import io.crosscheck.article.service.ArticleInput;
import io.crosscheck.article.text.UrlCanonicalizer;
import io.crosscheck.problem.FieldError;
import io.crosscheck.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns request bytes into a checked {@link ArticleInput}, reporting every field at fault at once.
 * Hand-written rather than data binding so that invalid UTF-8, malformed JSON, a wrong type and a
 * missing field each get a precise message naming the field.
 */
@ApplicationScoped
public class ArticleRequestParser {

    private static final Set<String> FIELDS = Set.of(
            "title", "body", "source", "url", "author", "publishedAt", "language", "contentType", "version");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
    /** A publication date a day ahead is a time-zone slip; further ahead is a mistake. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    /** No news article we store predates this; an earlier date is a typo or a wrong format ("-5000-01-01"). */
    static final Instant EARLIEST_PUBLICATION = Instant.parse("1800-01-01T00:00:00Z");

    private final ArticleLimits limits;
    private final ObjectMapper mapper;

    public ArticleRequestParser(ArticleLimits limits, ObjectMapper mapper) {
        this.limits = limits;
        this.mapper = mapper;
    }

    /** Strict UTF-8 (RFC 8259): a bad byte is an error, never a silent replacement character. */
    public String decodeUtf8(byte[] payload) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badField("(body)", "the request body is not valid UTF-8");
        }
    }

    public JsonNode parseJson(String json) {
        if (json.isBlank()) {
            throw ProblemException.badField("(body)", "the request body is empty");
        }
        try {
            // Strict: one JSON value and nothing after it ("{...}garbage" or two objects are refused, not cut).
            return mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ProblemException.badField("(body)", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    public ArticleInput toInput(JsonNode node, boolean versionRequired) {
        if (node == null || !node.isObject()) {
            throw ProblemException.badField("(body)", "expected a JSON object with the article's fields");
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, "unknown field; allowed: " + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        }
        String body = text(node, "body", true, errors);
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > limits.bodyMaxBytes()) {
            throw ProblemException.tooLarge("body",
                    "must be at most " + limits.bodyMaxBytes() + " bytes of UTF-8");
        }
        String title = text(node, "title", true, errors);
        checkLength("title", title, limits.titleMaxLength(), errors);
        String source = text(node, "source", true, errors);
        checkLength("source", source, limits.sourceMaxLength(), errors);
        String author = text(node, "author", false, errors);
        checkLength("author", author, limits.authorMaxLength(), errors);
        String url = text(node, "url", false, errors);
        if (url != null) {
            if (url.length() > limits.urlMaxLength()) {
                errors.add(new FieldError("url", "must be at most " + limits.urlMaxLength() + " characters"));
            } else if (UrlCanonicalizer.canonicalize(url).isEmpty()) {
                errors.add(new FieldError("url", "must be an absolute http or https URL with a host"));
            }
        }
        Instant publishedAt = null;
        String published = text(node, "publishedAt", false, errors);
        if (published != null) {
            publishedAt = parseInstant(published, "publishedAt", errors);
            if (publishedAt != null && publishedAt.isAfter(Instant.now().plus(FUTURE_TOLERANCE))) {
                errors.add(new FieldError("publishedAt", "lies in the future"));
            } else if (publishedAt != null && publishedAt.isBefore(EARLIEST_PUBLICATION)) {
                errors.add(new FieldError("publishedAt", "must not be before 1800-01-01"));
            }
        }
        String language = text(node, "language", false, errors);
        if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
            errors.add(new FieldError("language", "must be a BCP 47 language tag such as \"en\" or \"en-GB\""));
        }
        boolean html = false;
        String contentType = text(node, "contentType", false, errors);
        if (contentType != null) {
            switch (contentType.toLowerCase()) {
                case "text/html" -> html = true;
                case "text/plain" -> html = false;
                default -> errors.add(new FieldError("contentType", "must be text/plain or text/html"));
            }
        }
        Long version = null;
        JsonNode versionNode = node.get("version");
        if (versionNode == null || versionNode.isNull()) {
            if (versionRequired) {
                errors.add(new FieldError("version", "is required: the version of the article you are updating"));
            }
        } else if (!versionNode.canConvertToExactIntegral() || !versionNode.isIntegralNumber()) {
            errors.add(new FieldError("version", "must be an integer"));
        } else {
            version = versionNode.longValue();
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(summary(errors), errors);
        }
        return new ArticleInput(title.strip(), body, html, source.strip(), url == null ? null : url.strip(),
                blankToNull(author), publishedAt, blankToNull(language), version);
    }

    /** ISO-8601 date, instant, or date-time with offset; a date-time without zone is taken as UTC. */
    public static Instant parseInstant(String value, String field, List<FieldError> errors) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(v).toInstant();
            }
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 date (2025-06-24) or instant (2025-06-24T09:30:00Z)"));
            return null;
        }
    }

    private static String text(JsonNode node, String field, boolean required, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be a string, not " + value.getNodeType().name().toLowerCase()));
            return null;
        }
        String problem = AcceptedText.problem(value.textValue());
        if (problem != null) {
            errors.add(new FieldError(field, problem));
            return null;
        }
        if (required && value.textValue().isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
            return null;
        }
        return value.textValue();
    }

    private static void checkLength(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String summary(List<FieldError> errors) {
        return "Invalid fields: " + String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
    }
}
