package io.crosscheck.nlp.extract;

import java.time.LocalDate;
import java.util.List;

/** One extractor for all tests: loading the models once keeps the suite fast. */
final class SharedExtractor {
    static final ClaimExtractor INSTANCE = new ClaimExtractor();

    private SharedExtractor() {
    }

    static List<ExtractedClaim> extract(String text, LocalDate published) {
        return INSTANCE.extract(new ExtractionRequest(text, null, published, "en"));
    }

    static ExtractedClaim claimContaining(List<ExtractedClaim> claims, String phrase) {
        return claims.stream().filter(c -> c.text().toLowerCase().contains(phrase.toLowerCase())).findFirst()
                .orElseThrow(() -> new AssertionError("no claim containing '" + phrase + "' in " + claims.stream().map(ExtractedClaim::text).toList()));
    }
}
