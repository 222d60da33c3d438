package io.crosscheck.problem;

import java.util.List;

/**
 * A failure with a definite HTTP meaning, answered as the {@link Problem} it carries by {@link ProblemMappers}.
 * For the REST layer: code below it throws its own exceptions, which the service maps to one of these.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "Invalid request", detail, errors);
    }

    public static ProblemException badField(String field, String message) {
        return badRequest(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, null);
    }

    public static ProblemException tooLarge(String field, String message) {
        return new ProblemException(413, "Payload too large", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, "Unsupported media type", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The fields at fault; empty when the problem is not about fields. */
    public List<FieldError> errors() {
        return errors;
    }

    /**
     * The body to answer with; {@code instance} is the request path, or null where there is no request of
     * its own (an item of a batch). A problem without fields has no {@code errors} member at all.
     */
    public Problem toProblem(String instance) {
        return new Problem("about:blank", title, status, getMessage(), instance, errors.isEmpty() ? null : errors);
    }
}
