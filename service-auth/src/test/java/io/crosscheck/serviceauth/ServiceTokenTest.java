package io.crosscheck.serviceauth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServiceTokenTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private final ServiceToken token = new ServiceToken(SECRET);

    @Test
    void everyMethodButTheReadsNeedsTheToken() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "post"}) {
            assertTrue(ServiceToken.isRequiredFor(method), method);
        }
        for (String method : new String[] {"GET", "HEAD", "OPTIONS", "get"}) {
            assertFalse(ServiceToken.isRequiredFor(method), method);
        }
    }

    @Test
    void onlyTheExactTokenAsABearerCredentialIsAccepted() {
        assertTrue(token.isCarriedBy("Bearer " + SECRET));
        assertTrue(token.isCarriedBy("bearer " + SECRET));
        assertFalse(token.isCarriedBy(null));
        assertFalse(token.isCarriedBy(""));
        assertFalse(token.isCarriedBy("Bearer "));
        assertFalse(token.isCarriedBy(SECRET));
        assertFalse(token.isCarriedBy("Basic " + SECRET));
        assertFalse(token.isCarriedBy("Bearer " + SECRET.substring(1)));
        assertFalse(token.isCarriedBy("Bearer " + SECRET + "0"));
        assertFalse(token.isCarriedBy("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
    }

    @Test
    void aTokenTooShortToBeASecretIsRefusedWithTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ServiceToken("changeme"));
        assertTrue(e.getMessage().contains("crosscheck.service-auth.token"));
        assertThrows(IllegalArgumentException.class, () -> new ServiceToken(null));
        assertThrows(IllegalArgumentException.class, () -> new ServiceToken("   "));
    }
}
