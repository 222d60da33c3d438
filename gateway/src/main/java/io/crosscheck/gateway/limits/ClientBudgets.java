package io.crosscheck.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.crosscheck.gateway.config.GatewayConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Each client's two token buckets, reads and writes. Kept in memory per gateway replica (with n replicas behind a
 * balancer a client gets up to n times the budget); a client unseen for ten minutes has a full budget again anyway,
 * so forgetting it then costs nothing.
 */
@Singleton
public class ClientBudgets {

    /** Whether a request spends the read or the write budget. */
    public enum Kind { READ, WRITE }

    private final GatewayConfig.RateLimit limits;
    private final Cache<String, Bucket> reads;
    private final Cache<String, Bucket> writes;

    public ClientBudgets(GatewayConfig config) {
        this.limits = config.rateLimit();
        this.reads = newCache(limits.maxClients());
        this.writes = newCache(limits.maxClients());
    }

    private static Cache<String, Bucket> newCache(int maxClients) {
        return Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** Spends one request of the client's budget: empty when it may go ahead, else the seconds until it may. */
    public OptionalLong spend(String client, Kind kind) {
        Bucket bucket = kind == Kind.READ
                ? reads.get(client, c -> newBucket(limits.readBurst(), limits.readsPerMinute()))
                : writes.get(client, c -> newBucket(limits.writeBurst(), limits.writesPerMinute()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    /** The budget in words, for the refusal's detail. */
    public String describe(Kind kind) {
        return kind == Kind.READ
                ? limits.readsPerMinute() + " reads a minute (bursts of " + limits.readBurst() + ")"
                : limits.writesPerMinute() + " writes, claim checks or stance requests a minute (bursts of "
                        + limits.writeBurst() + ")";
    }

    private static Bucket newBucket(int burst, int perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
