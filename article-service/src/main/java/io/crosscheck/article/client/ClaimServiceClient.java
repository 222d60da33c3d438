package io.crosscheck.article.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The claim-service's intake of articles. Both calls are idempotent (PUT by id, DELETE by id), which is
 * what lets the outbox deliver at least once and repeat safely. Both carry the service token the claim-service
 * requires of every write.
 */
@RegisterRestClient(configKey = "claim-service")
@ClientHeaderParam(name = HttpHeaders.AUTHORIZATION, value = "{io.crosscheck.serviceauth.ServiceAuthorization.header}")
@Path("/articles")
public interface ClaimServiceClient {

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    void submit(@PathParam("id") UUID id, ArticleForAnalysis article);

    @DELETE
    @Path("/{id}")
    void withdraw(@PathParam("id") UUID id);
}
