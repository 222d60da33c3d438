package io.crosscheck.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    @Test
    void aBadFieldNamesTheFieldInTheDetailAndInTheErrors() {
        Problem problem = ProblemException.badField("url", "must be absolute").toProblem("/api/articles");

        assertEquals(new Problem("about:blank", "Invalid request", 400, "url: must be absolute", "/api/articles",
                List.of(new FieldError("url", "must be absolute"))), problem);
    }

    @Test
    void aProblemWithoutFieldsHasNoErrorsMember() {
        Problem problem = ProblemException.notFound("No article with id x").toProblem(null);

        assertEquals(Problem.of(404, "Not found", "No article with id x", null), problem);
        assertNull(problem.errors());
    }

    @Test
    void tooLargeIs413WithTheFieldAtFault() {
        Problem problem = ProblemException.tooLarge("(body)", "at most 3 articles per batch").toProblem(null);

        assertEquals(413, problem.status());
        assertEquals("Payload too large", problem.title());
        assertEquals("(body): at most 3 articles per batch", problem.detail());
        assertEquals(List.of(new FieldError("(body)", "at most 3 articles per batch")), problem.errors());
    }
}
