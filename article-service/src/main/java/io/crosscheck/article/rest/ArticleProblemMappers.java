package io.crosscheck.article.rest;

import io.crosscheck.article.service.ArticleException;
import io.crosscheck.article.service.ArticleNotFoundException;
import io.crosscheck.article.service.DuplicateArticleException;
import io.crosscheck.article.service.InvalidArticleException;
import io.crosscheck.article.service.StaleVersionException;
import io.crosscheck.problem.FieldError;
import io.crosscheck.problem.ColonPathRewrite;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemException;
import io.crosscheck.problem.ProblemResponses;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The article-service's own errors as problem+json; the ones every service has (ProblemException, JAX-RS,
 * anything unexpected) are io.crosscheck.problem.ProblemMappers.
 */
public class ArticleProblemMappers {

    private final ProblemResponses responses;

    public ArticleProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    /** The HTTP answer to each refusal of the service layer; also used for the items of a batch. */
    static ProblemException toProblemException(ArticleException e) {
        if (e instanceof ArticleNotFoundException) {
            return ProblemException.notFound(e.getMessage());
        }
        if (e instanceof InvalidArticleException invalid) {
            return ProblemException.badField(invalid.field(), invalid.reason());
        }
        if (e instanceof DuplicateArticleException || e instanceof StaleVersionException) {
            return ProblemException.conflict(e.getMessage());
        }
        throw new IllegalStateException("No HTTP answer for " + e.getClass().getName(), e);
    }

    @ServerExceptionMapper
    public Response article(ArticleException e, UriInfo uri) {
        return responses.of(toProblemException(e).toProblem(ColonPathRewrite.publicPathOf(uri.getPath())));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return responses.of(new Problem("about:blank", "Invalid request", 400, "The request has invalid fields",
                ColonPathRewrite.publicPathOf(uri.getPath()), errors));
    }

    /** A concurrent update that committed first, seen by Hibernate on flush or at commit. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleVersion(RuntimeException e, UriInfo uri) {
        return responses.of(Problem.of(409, "Conflict",
                "The article was changed by someone else; reload it and retry", ColonPathRewrite.publicPathOf(uri.getPath())));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
