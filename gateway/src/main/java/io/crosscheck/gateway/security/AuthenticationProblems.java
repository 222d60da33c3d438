package io.crosscheck.gateway.security;

import io.crosscheck.problem.ColonPathRewrite;
import io.crosscheck.problem.Problem;
import io.crosscheck.problem.ProblemResponses;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refused request leaves as problem+json with the RFC 6750 challenge, like every other error of the API.
 * These mappers see the refusals because authentication is not proactive ({@code quarkus.http.auth.proactive=false}):
 * the token is checked when a secured method is reached, inside JAX-RS, and a stale token never blocks a read.
 */
public class AuthenticationProblems {

    private static final Logger LOG = Logger.getLogger(AuthenticationProblems.class);
    static final String REALM = "Bearer realm=\"crosscheck\"";

    private final ProblemResponses problems;

    public AuthenticationProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    /** No token where one is needed. */
    @ServerExceptionMapper
    public Response noToken(UnauthorizedException e, UriInfo uri) {
        return refusal(401, "Unauthorized", "This request needs a bearer token: send Authorization: Bearer <JWT>"
                + " (see the README, Security)", REALM, uri);
    }

    /** A token that does not verify: expired, signed by another key, or for another issuer or audience. */
    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        // The reason (which check failed) is for the operator, not for whoever presents a forged token.
        LOG.debugf(e, "Bearer token refused on %s", ColonPathRewrite.publicPathOf(uri.getPath()));
        return refusal(401, "Unauthorized", "The bearer token is not valid: expired, not signed by the configured key,"
                + " or issued for another issuer or audience", REALM + ", error=\"invalid_token\"", uri);
    }

    /** A valid token without the role. */
    @ServerExceptionMapper
    public Response missingRole(ForbiddenException e, UriInfo uri) {
        return refusal(403, "Forbidden", "The token's roles do not allow this request: adding and changing articles"
                + " needs the role " + Roles.EDITOR + ", deleting them " + Roles.ADMIN, REALM
                + ", error=\"insufficient_scope\"", uri);
    }

    private Response refusal(int status, String title, String detail, String challenge, UriInfo uri) {
        Response problem = problems.of(Problem.of(status, title, detail, ColonPathRewrite.publicPathOf(uri.getPath())));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
