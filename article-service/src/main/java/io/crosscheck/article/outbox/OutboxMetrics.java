package io.crosscheck.article.outbox;

import io.crosscheck.article.model.OutboxEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The outbox backlog as a gauge: a growing number means the claim-service is not keeping up or is down. */
@ApplicationScoped
public class OutboxMetrics {

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        Gauge.builder("crosscheck.outbox.pending", () -> QuarkusTransaction.requiringNew().call(OutboxEvent::count))
                .description("Article events not yet acknowledged by the claim-service")
                .register(registry);
    }
}
