package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.stance.Stance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Emergent's headline pairs ({@code emergent/train.csv}: {@code ,claimHeadline,articleHeadline,
 * articleHeadlineStance,articleId,claimId}), mapping for = SUPPORTS, against = DENIES, observing = DISCUSSES.
 */
final class EmergentData {
    record Pair(String claim, String headline, Stance stance, String articleId, String claimId) {
    }

    private EmergentData() {
    }

    static List<Pair> read(Path file) throws IOException {
        List<List<String>> rows = FncData.readCsv(file);
        List<String> header = rows.get(0);
        int claim = header.indexOf("claimHeadline");
        int headline = header.indexOf("articleHeadline");
        int stance = header.indexOf("articleHeadlineStance");
        int articleId = header.indexOf("articleId");
        int claimId = header.indexOf("claimId");
        if (claim < 0 || headline < 0 || stance < 0 || articleId < 0 || claimId < 0) {
            throw new IOException("not Emergent's columns: " + header);
        }
        List<Pair> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            out.add(new Pair(row.get(claim).strip(), row.get(headline).strip(), stance(row.get(stance).strip()),
                    row.get(articleId), row.get(claimId)));
        }
        return out;
    }

    static Stance stance(String label) {
        return switch (label) {
            case "for" -> Stance.SUPPORTS;
            case "against" -> Stance.DENIES;
            case "observing" -> Stance.DISCUSSES;
            default -> throw new IllegalArgumentException("unknown Emergent stance " + label);
        };
    }
}
