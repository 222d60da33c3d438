package io.crosscheck.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColonPathRewriteTest {

    private final ColonPathRewrite rewrite = new ColonPathRewrite("/api/articles:batch", "/api/articles/batch");

    @Test
    void theColonPathGoesToTheServedPath() {
        assertEquals(Optional.of("/api/articles/batch"), rewrite.rerouteTarget("/api/articles:batch"));
    }

    @Test
    void aPercentEncodedColonInEitherCaseIsTheSamePath() {
        assertEquals(Optional.of("/api/articles/batch"), rewrite.rerouteTarget("/api/articles%3Abatch"));
        assertEquals(Optional.of("/api/articles/batch"), rewrite.rerouteTarget("/api/articles%3abatch"));
    }

    @Test
    void everyOtherPathIsLeftAlone() {
        assertEquals(Optional.empty(), rewrite.rerouteTarget("/api/articles"));
        assertEquals(Optional.empty(), rewrite.rerouteTarget("/api/articles/batch"));
        assertEquals(Optional.empty(), rewrite.rerouteTarget("/api/articles:batch/x"));
        assertEquals(Optional.empty(), rewrite.rerouteTarget("/api/articles:other"));
    }

    @Test
    void anErrorForTheServedPathNamesTheContractPath() {
        assertEquals("/api/articles:batch", ColonPathRewrite.publicPathOf("/api/articles/batch"));
        assertEquals("/api/articles", ColonPathRewrite.publicPathOf("/api/articles"));
        assertEquals(null, ColonPathRewrite.publicPathOf(null));
    }
}
