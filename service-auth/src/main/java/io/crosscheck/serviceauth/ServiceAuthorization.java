package io.crosscheck.serviceauth;

import org.eclipse.microprofile.config.ConfigProvider;

/** What a call to another internal service carries, for a REST client's {@code @ClientHeaderParam}. */
public final class ServiceAuthorization {

    public static final String TOKEN_PROPERTY = "crosscheck.service-auth.token";

    private ServiceAuthorization() {
    }

    /** {@code Bearer <service token>}: the value of the Authorization header. */
    public static String header() {
        return ServiceToken.SCHEME + ConfigProvider.getConfig().getValue(TOKEN_PROPERTY, String.class).strip();
    }
}
