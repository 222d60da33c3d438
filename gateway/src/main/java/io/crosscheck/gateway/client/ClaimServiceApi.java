package io.crosscheck.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The claim-service's internal API as the gateway reads it. Raw {@link Response}s, as for the
 * article-service; the policy lives in {@link ClaimServiceClient}.
 */
@RegisterRestClient(configKey = "claim-service")
@ClientHeaderParam(name = HttpHeaders.AUTHORIZATION, value = "{io.crosscheck.gateway.client.ServiceCredentials.authorization}")
@Produces(MediaType.WILDCARD)
public interface ClaimServiceApi {

    /** The analysis of one article; 404 while the claim-service has not heard of it. */
    @GET
    @Path("/articles/{id}/analysis")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> analysis(@PathParam("id") String articleId);

    @GET
    @Path("/stories")
    Uni<Response> stories(@QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort);

    @GET
    @Path("/stories/{id}")
    Uni<Response> story(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @POST
    @Path("/claims/check")
    @Consumes(MediaType.WILDCARD)
    Uni<Response> check(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body);

    @POST
    @Path("/claims/compare")
    @Consumes(MediaType.WILDCARD)
    Uni<Response> compare(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body);

    @POST
    @Path("/stance")
    @Consumes(MediaType.WILDCARD)
    Uni<Response> stance(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body);

    @GET
    @Path("/q/health/live")
    Uni<Response> live();
}
