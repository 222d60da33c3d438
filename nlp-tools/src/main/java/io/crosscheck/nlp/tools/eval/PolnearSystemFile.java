package io.crosscheck.nlp.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.AttributionModel;
import io.crosscheck.nlp.extract.Claimant;
import io.crosscheck.nlp.extract.FoundAttribution;
import io.crosscheck.nlp.extract.Span;
import io.crosscheck.nlp.extract.ClaimExtractor;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;

import java.io.BufferedWriter;
import java.io.InputStream;
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
 * Usage: {@code PolnearSystemFile DATA_DIR OUT_FILE [--rules | --model FILE] [--beam N] [--attributions]}, e.g.
 * {@code ../shared/datasets/polnear/dev /tmp/polnear-dev.jsonl}. By default the extractor runs as shipped (with the
 * committed attribution model); {@code --rules} runs it without a model (the rules alone), {@code --model} with
 * another model file. {@code --attributions} writes the model's attributions themselves (content span, not the
 * sentence; no claim selection) instead of the extracted claims.
 */
public final class PolnearSystemFile {
    private static final Pattern DATE_IN_STEM = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

    private PolnearSystemFile() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> options = List.of(args).subList(2, args.length);
        AttributionModel model = options.contains("--rules") ? null : AttributionModel.loadDefault();
        int modelOption = options.indexOf("--model");
        if (modelOption >= 0) {
            try (InputStream in = Files.newInputStream(Path.of(options.get(modelOption + 1)))) {
                model = AttributionModel.read(in);
            }
        }
        int beamOption = options.indexOf("--beam");
        if (beamOption >= 0 && model != null) {
            model = model.withBeam(Integer.parseInt(options.get(beamOption + 1)));
        }
        boolean attributionsOnly = options.contains("--attributions");
        ClaimExtractor extractor = new ClaimExtractor(model);
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
                ExtractionRequest request = new ExtractionRequest(content, null, date, "en");
                List<Map<String, Object>> items = new ArrayList<>();
                long start = System.nanoTime();
                if (attributionsOnly) {
                    List<FoundAttribution> found = extractor.attributions(request);
                    nanos += System.nanoTime() - start;
                    for (FoundAttribution a : found) {
                        Map<String, Object> item = item(a.content(), a.claimant(), a.attribution());
                        if (!item.get("speaker").toString().isEmpty()) {
                            // The source as written, for the scorer's diagnostic --speaker either; the anchor metric
                            // reads the resolved claimant ("canonical") whenever it is not empty.
                            item.put("canonical", item.get("speaker"));
                            item.put("speaker", a.source() == null ? "" : a.source());
                        }
                        items.add(item);
                    }
                } else {
                    List<ExtractedClaim> extracted = extractor.extract(request);
                    nanos += System.nanoTime() - start;
                    for (ExtractedClaim c : extracted) {
                        if (c.attribution() != Attribution.NONE && c.claimant() != null) {
                            items.add(item(c.span(), c.claimant(), c.attribution()));
                        }
                    }
                }
                claims += items.size();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("stem", stem);
                line.put("items", items);
                writer.write(mapper.writeValueAsString(line));
                writer.newLine();
            }
        }
        System.out.printf("%s: %d articles, %d attributed %s", model == null ? "rules" : model.source(), texts.size(),
                claims, attributionsOnly ? "attributions" : "claims");
        System.out.printf(", %.1f ms per article%n", nanos / 1e6 / Math.max(1, texts.size()));
    }

    /** {@code kind} is not read by the scorer; it lets the direct quotes the system found be scored on their own. */
    private static Map<String, Object> item(Span span, Claimant claimant, Attribution kind) {
        String speaker = ((claimant.name() == null ? "" : claimant.name()) + " "
                + (claimant.role() == null ? "" : claimant.role())).trim();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("b", span.start());
        item.put("e", span.end());
        item.put("speaker", speaker);
        item.put("kind", kind.name());
        return item;
    }
}
