package io.crosscheck.nlp.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed articles are read from the shared folder at test time (never copied into the project). */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("../../shared/seeds");
    private static final LocalDate DATE = LocalDate.of(2025, 6, 25);

    private static List<ExtractedClaim> seed(String prefix) throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed articles not available at " + SEEDS.toAbsolutePath());
        Path file;
        try (Stream<Path> files = Files.list(SEEDS)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        assumeTrue(file != null, "no seed " + prefix);
        return SharedExtractor.extract(Files.readString(file), DATE);
    }

    @Test
    void kremlinDeniesThatPutinReceivedAWrittenMessage() throws IOException {
        List<ExtractedClaim> claims = seed("002_");
        ExtractedClaim denial = claims.stream()
                .filter(c -> c.polarity() == Polarity.DENIES && c.claimant() != null
                        && "Dmitry Peskov".equals(c.claimant().name()) && c.text().contains("Putin")
                        && (c.text().contains("written") || c.text().contains("message")))
                .findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
        assertEquals("Kremlin spokesman", denial.claimant().role());
        assertTrue(claims.stream().anyMatch(c -> c.text().startsWith("Abbas Araghchi did not deliver any written document to Vladimir Putin")
                && c.polarity() == Polarity.DENIES && "Dmitry Peskov".equals(c.claimant().name())), claims.toString());
    }

    @Test
    void putinReceivedKhameneisMessageInTheOutletsVoice() throws IOException {
        ExtractedClaim c = SharedExtractor.claimContaining(seed("000_"), "Putin has received a personal message from");
        assertEquals(Polarity.AFFIRMS, c.polarity());
        assertNull(c.claimant());
        assertEquals(Attribution.NONE, c.attribution());
    }

    @Test
    void khameneisAppealIsHedged() throws IOException {
        List<ExtractedClaim> claims = seed("003_");
        ExtractedClaim reportedly = claims.stream().filter(c -> c.text().contains("appeal") && c.hedges().contains("reportedly"))
                .findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
        assertTrue(reportedly.text().startsWith("Ali Khamenei's appeal"), reportedly.text());
        ExtractedClaim sources = claims.stream().filter(c -> c.hedges().contains("sources suggest"))
                .findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
        assertTrue(sources.text().contains("Khamenei"), sources.text());
        assertTrue(sources.hedged());
        assertEquals(Attribution.ANONYMOUS, sources.attribution());
    }

    @Test
    void bylinesAndSubscribeLinesGiveNoClaims() throws IOException {
        List<ExtractedClaim> claims = seed("002_");
        assertTrue(claims.stream().noneMatch(c -> c.sentence().startsWith("Subscribe") || c.sentence().contains("Author")
                || c.sentence().startsWith("Editor")), claims.toString());
    }
}
