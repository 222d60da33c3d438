package io.crosscheck.nlp.tools.eval;

import io.crosscheck.nlp.extract.ClaimExtractor;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints the claims extracted from text files: {@code PrintClaims FILE [yyyy-mm-dd]}. A tool for inspecting behaviour. */
public final class PrintClaims {
    private PrintClaims() {
    }

    public static void main(String[] args) throws Exception {
        ClaimExtractor extractor = new ClaimExtractor();
        LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : null;
        String text = Files.readString(Path.of(args[0]));
        for (ExtractedClaim c : extractor.extract(new ExtractionRequest(text, null, date, "en"))) {
            System.out.printf("* %s%n    claimant=%s attr=%s cue=%s pol=%s hedges=%s score=%.2f%n    entities=%s%n    times=%s qty=%s%n",
                    c.text(), c.claimant(), c.attribution(), c.cue(), c.polarity(), c.hedges(), c.checkworthiness(),
                    c.entities(), c.times(), c.quantities());
        }
    }
}
