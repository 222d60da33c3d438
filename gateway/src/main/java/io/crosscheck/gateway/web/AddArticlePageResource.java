package io.crosscheck.gateway.web;

import io.crosscheck.gateway.security.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The editor's form for adding an article. The page itself is public; the write is not: its script
 * ({@code /web/add-article.js}) sends the form to {@code POST /api/articles} with the editor's bearer token, so the
 * API's own checks decide (401 without a token, 403 without the role), and the page shows what the API answered.
 * The token is typed in and kept in the page only: a cookie would let any other site's form write with it.
 */
@Path("/add")
@Produces(MediaType.TEXT_HTML)
public class AddArticlePageResource {

    @GET
    public Response form() {
        return Html.page(Templates.add(new AddArticleView(Roles.EDITOR)));
    }
}
