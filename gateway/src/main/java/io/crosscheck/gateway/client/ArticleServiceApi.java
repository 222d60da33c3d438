package io.crosscheck.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * The article-service's API as the gateway uses it. Bodies travel as bytes with the caller's Content-Type,
 * so the article-service (which validates) sees exactly what the user sent. Every method answers the raw
 * {@link Response} (the default exception mapper is disabled): a 4xx is an answer to pass on, not an error.
 * No policy here: see {@link ArticleServiceClient}.
 */
@RegisterRestClient(configKey = "article-service")
@ClientHeaderParam(name = HttpHeaders.AUTHORIZATION, value = "{io.crosscheck.gateway.client.ServiceCredentials.authorization}")
@Produces(MediaType.WILDCARD)
public interface ArticleServiceApi {

    @POST
    @Path("/api/articles")
    @Consumes(MediaType.WILDCARD)
    Uni<Response> create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body);

    @GET
    @Path("/api/articles/{id}")
    Uni<Response> get(@PathParam("id") String id);

    @GET
    @Path("/api/articles/{id}/html")
    Uni<Response> html(@PathParam("id") String id);

    @PUT
    @Path("/api/articles/{id}")
    @Consumes(MediaType.WILDCARD)
    Uni<Response> update(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body);

    @DELETE
    @Path("/api/articles/{id}")
    Uni<Response> delete(@PathParam("id") String id);

    @GET
    @Path("/api/articles")
    Uni<Response> list(@QueryParam("source") String source, @QueryParam("q") String q,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size);

    /** The article-service's colon-free alias of {@code /api/articles:batch}. */
    @POST
    @Path("/api/articles/batch")
    @Consumes(MediaType.WILDCARD)
    Uni<Response> batch(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body);

    @GET
    @Path("/q/health/live")
    Uni<Response> live();
}
