package io.crosscheck.claim.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column values of native queries, whose Java type depends on the JDBC driver and Hibernate's mapping. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column as an instant, or null. */
    public static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return value instanceof Timestamp ts ? ts.toInstant() : null;
    }
}
