package io.crosscheck.nlp.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.ClaimExtractor;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the PolNeAR system file (one JSON line per article: stem and attributed items with the claim's sentence
 * span and "name role" as speaker) for {@code /work/shared/tools/polnear_score.py}.
 * Usage: {@code PolnearSystemFile DATA_DIR OUT_FILE}, e.g. {@code ../../shared/datasets/polnear/dev target/polnear-dev.jsonl}.
 */
public final class PolnearSystemFile {
    private static final Pattern DATE_IN_STEM = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

    private PolnearSystemFile() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        ClaimExtractor extractor = new ClaimExtractor();
        ObjectMapper mapper = new ObjectMapper();
        List<Path> texts;
        try (Stream<Path> files = Files.list(data.resolve("text"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long nanos = 0;
        int claims = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out)) {
            for (Path text : texts) {
                String stem = text.getFileName().toString().replaceAll("\\.txt$", "");
                Matcher m = DATE_IN_STEM.matcher(stem);
                LocalDate date = m.find() ? LocalDate.parse(m.group(1)) : null;
                String content = Files.readString(text);
                long start = System.nanoTime();
                List<ExtractedClaim> extracted = extractor.extract(new ExtractionRequest(content, null, date, "en"));
                nanos += System.nanoTime() - start;
                List<Map<String, Object>> items = new ArrayList<>();
                for (ExtractedClaim c : extracted) {
                    if (c.attribution() == Attribution.NONE || c.claimant() == null) {
                        continue;
                    }
                    String speaker = ((c.claimant().name() == null ? "" : c.claimant().name()) + " "
                            + (c.claimant().role() == null ? "" : c.claimant().role())).trim();
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("b", c.span().start());
                    item.put("e", c.span().end());
                    item.put("speaker", speaker);
                    items.add(item);
                    claims++;
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("stem", stem);
                line.put("items", items);
                writer.write(mapper.writeValueAsString(line));
                writer.newLine();
            }
        }
        System.out.printf("%d articles, %d attributed claims, %.1f ms per article%n", texts.size(), claims,
                nanos / 1e6 / Math.max(1, texts.size()));
    }
}
