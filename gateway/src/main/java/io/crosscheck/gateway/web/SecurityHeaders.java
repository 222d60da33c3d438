package io.crosscheck.gateway.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every HTML page the gateway renders gets a strict Content-Security-Policy: scripts and styles only from the
 * gateway's own files (no inline script or style, so text that slipped through as markup still could not run),
 * nothing framed, forms posted only back here. Article text is untrusted: this is the second fence after Qute's
 * escaping. An answer that set its own policy (the sandboxed stored HTML of the API) keeps it.
 */
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void addPolicy(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)
                && !response.getHeaders().containsKey("Content-Security-Policy")) {
            response.getHeaders().putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        }
    }
}
