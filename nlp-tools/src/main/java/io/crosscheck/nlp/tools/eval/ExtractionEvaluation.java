package io.crosscheck.nlp.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.ClaimExtractor;
import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.extract.Quantity;
import io.crosscheck.nlp.extract.TimeMention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores the extractor on the hand-written articles in {@code src/test/resources/eval}: precision and recall per
 * field. Expected claims are matched to extracted claims by a key phrase (in the claim text, else in its sentence);
 * field scores are over matched pairs. Run as a main (prints the table and misses) or through
 * {@code ExtractionEvaluationTest}.
 */
public final class ExtractionEvaluation {
    /** The set, from the module directory (surefire) or from the repository root (exec:java with -pl). */
    public static final Path DEFAULT_DIR = Files.isDirectory(Path.of("src/test/resources/eval"))
            ? Path.of("src/test/resources/eval") : Path.of("nlp-tools/src/test/resources/eval");

    /** Counts for one field: tp, predicted positives, expected positives. */
    public static final class Score {
        int tp;
        int predicted;
        int expected;

        public double precision() {
            return predicted == 0 ? 1.0 : (double) tp / predicted;
        }

        public double recall() {
            return expected == 0 ? 1.0 : (double) tp / expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static final List<String> FIELDS = List.of("detection", "claimant", "attribution", "polarity", "hedged",
            "hedges", "times", "quantities", "entities");

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public ExtractionEvaluation() {
        for (String field : FIELDS) {
            scores.put(field, new Score());
        }
    }

    public Map<String, Score> scores() {
        return scores;
    }

    public List<String> notes() {
        return notes;
    }

    public static ExtractionEvaluation run(ClaimExtractor extractor, Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ExtractionEvaluation evaluation = new ExtractionEvaluation();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            evaluation.score(extractor, mapper.readTree(file.toFile()));
        }
        return evaluation;
    }

    private void score(ClaimExtractor extractor, JsonNode article) {
        String id = article.path("id").asText();
        LocalDate date = article.hasNonNull("publishedDate") ? LocalDate.parse(article.get("publishedDate").asText()) : null;
        List<ExtractedClaim> system = extractor.extract(new ExtractionRequest(article.get("text").asText(),
                article.path("title").asText(null), date, "en"));
        List<JsonNode> expected = new ArrayList<>();
        article.get("claims").forEach(expected::add);
        ExtractedClaim[] matchOf = new ExtractedClaim[expected.size()];
        boolean[] used = new boolean[system.size()];
        for (boolean bySentence : new boolean[]{false, true}) {
            for (int e = 0; e < expected.size(); e++) {
                if (matchOf[e] != null) {
                    continue;
                }
                String key = expected.get(e).get("key").asText().toLowerCase(Locale.ROOT);
                for (int k = 0; k < system.size(); k++) {
                    String hay = (bySentence ? system.get(k).sentence() : system.get(k).text()).toLowerCase(Locale.ROOT)
                            .replace('\u2019', '\'');
                    if (!used[k] && hay.contains(key)) {
                        used[k] = true;
                        matchOf[e] = system.get(k);
                        break;
                    }
                }
            }
        }
        Score detection = scores.get("detection");
        detection.predicted += system.size();
        detection.expected += expected.size();
        for (int k = 0; k < system.size(); k++) {
            if (!used[k]) {
                notes.add(id + ": extra claim: " + system.get(k).text());
            }
        }
        for (int e = 0; e < expected.size(); e++) {
            JsonNode exp = expected.get(e);
            ExtractedClaim got = matchOf[e];
            if (got == null) {
                notes.add(id + ": missed claim: " + exp.get("key").asText());
                continue;
            }
            detection.tp++;
            String where = id + " [" + exp.get("key").asText() + "] ";
            scoreClaimant(exp.get("claimant"), got, where);
            Attribution expAttr = Attribution.valueOf(exp.get("attribution").asText());
            binary("attribution", expAttr != Attribution.NONE, got.attribution() != Attribution.NONE,
                    expAttr == got.attribution(), where + "attribution " + expAttr + " got " + got.attribution());
            Polarity expPol = Polarity.valueOf(exp.get("polarity").asText());
            binary("polarity", expPol == Polarity.DENIES, got.polarity() == Polarity.DENIES, true,
                    where + "polarity " + expPol + " got " + got.polarity());
            boolean expHedged = exp.get("hedged").asBoolean();
            binary("hedged", expHedged, got.hedged(), true, where + "hedged " + expHedged + " got " + got.hedges());
            List<String> expHedges = texts(exp.get("hedges"));
            List<String> gotHedges = got.hedges().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            sets("hedges", expHedges, gotHedges, (a, b) -> b.contains(a) || a.contains(b), where);
            sets("times", texts(exp.get("times")), got.times().stream().map(TimeMention::value).toList(), String::equals, where);
            List<String> expQ = new ArrayList<>();
            exp.get("quantities").forEach(q -> expQ.add(q.get("value").asDouble() + " " + q.get("unit").asText()));
            sets("quantities", expQ, got.quantities().stream().map(ExtractionEvaluation::quantityKey).toList(),
                    ExtractionEvaluation::sameQuantity, where);
            if (exp.has("entities")) {
                sets("entities", texts(exp.get("entities")), got.entities().stream().map(Entity::text).toList(),
                        String::equalsIgnoreCase, where);
            }
        }
    }

    private void scoreClaimant(JsonNode exp, ExtractedClaim got, String where) {
        boolean expPositive = exp != null && !exp.isNull();
        boolean gotPositive = got.claimant() != null;
        boolean correct = false;
        if (expPositive && gotPositive) {
            String expName = exp.path("name").isNull() ? null : exp.path("name").asText(null);
            String expRole = exp.path("role").isNull() ? null : exp.path("role").asText(null);
            if (expName != null) {
                correct = expName.equalsIgnoreCase(got.claimant().name())
                        && (expRole == null || expRole.equalsIgnoreCase(got.claimant().role()));
            } else {
                String role = got.claimant().role();
                correct = got.claimant().name() == null && role != null && expRole != null
                        && (role.toLowerCase(Locale.ROOT).contains(expRole.toLowerCase(Locale.ROOT))
                        || expRole.toLowerCase(Locale.ROOT).contains(role.toLowerCase(Locale.ROOT)));
            }
        }
        binary("claimant", expPositive, gotPositive, correct, where + "claimant " + exp + " got " + got.claimant());
    }

    private void binary(String field, boolean expected, boolean predicted, boolean correct, String note) {
        Score s = scores.get(field);
        if (expected) {
            s.expected++;
        }
        if (predicted) {
            s.predicted++;
        }
        if (expected && predicted && correct) {
            s.tp++;
        } else if (expected || predicted) {
            notes.add(note);
        }
    }

    private interface Same {
        boolean same(String expected, String got);
    }

    private void sets(String field, List<String> expected, List<String> got, Same same, String where) {
        Score s = scores.get(field);
        s.expected += expected.size();
        s.predicted += got.size();
        boolean[] used = new boolean[got.size()];
        for (String e : expected) {
            boolean found = false;
            for (int g = 0; g < got.size(); g++) {
                if (!used[g] && same.same(e.toLowerCase(Locale.ROOT), got.get(g).toLowerCase(Locale.ROOT))) {
                    used[g] = true;
                    found = true;
                    s.tp++;
                    break;
                }
            }
            if (!found) {
                notes.add(where + field + " missed " + e + " got " + got);
            }
        }
        for (int g = 0; g < got.size(); g++) {
            if (!used[g]) {
                notes.add(where + field + " extra " + got.get(g));
            }
        }
    }

    private static String quantityKey(Quantity q) {
        return q.value() + " " + q.unit();
    }

    private static boolean sameQuantity(String expected, String got) {
        int e = expected.indexOf(' ');
        int g = got.indexOf(' ');
        double ev = Double.parseDouble(expected.substring(0, e));
        double gv = Double.parseDouble(got.substring(0, g));
        String eu = expected.substring(e + 1);
        String gu = got.substring(g + 1);
        return Math.abs(ev - gv) <= 1e-6 * Math.max(1, Math.abs(ev)) && (gu.equals(eu) || gu.endsWith(" " + eu));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    public String table() {
        StringBuilder b = new StringBuilder(String.format("%-12s %9s %9s %9s %7s%n", "field", "precision", "recall", "F1", "n"));
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            b.append(String.format(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f %7d%n", e.getKey(), s.precision(), s.recall(),
                    s.f1(), s.expected));
        }
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIR;
        ExtractionEvaluation evaluation = run(new ClaimExtractor(), dir);
        System.out.println("Claim extraction " + ClaimExtractor.VERSION + " on " + dir);
        System.out.print(evaluation.table());
        if (args.length < 2 || !args[1].equals("--quiet")) {
            evaluation.notes().forEach(n -> System.out.println("  " + n));
        }
    }
}
