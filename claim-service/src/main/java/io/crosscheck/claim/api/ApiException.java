package io.crosscheck.claim.api;

import java.util.List;

/** A failure with a definite HTTP meaning, rendered as problem+json by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException badRequest(String detail, List<FieldError> errors) {
        return new ApiException(400, "Invalid request", detail, errors);
    }

    public static ApiException badField(String field, String message) {
        return badRequest(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not found", detail, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, null);
    }

    public static ApiException tooLarge(String field, String message) {
        return new ApiException(413, "Payload too large", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiException unsupportedMediaType(String detail) {
        return new ApiException(415, "Unsupported media type", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
