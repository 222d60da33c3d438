package io.crosscheck.article.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How the outbox of article events is drained towards the claim-service. */
@ConfigMapping(prefix = "crosscheck.outbox")
public interface OutboxConfig {

    boolean enabled();

    Duration pollInterval();

    int batchSize();

    /** Back-off after the first failed delivery of an event; doubles per attempt up to {@link #maxBackoff()}. */
    Duration initialBackoff();

    Duration maxBackoff();
}
