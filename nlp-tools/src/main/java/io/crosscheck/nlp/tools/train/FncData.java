package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.stance.Stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the FNC-1 CSV files (quoted fields may hold commas, doubled quotes and line breaks). */
final class FncData {
    record Pair(String headline, int bodyId, Stance stance) {
    }

    private FncData() {
    }

    static Map<Integer, String> bodies(Path dir) throws IOException {
        Map<Integer, String> out = new HashMap<>();
        List<List<String>> rows = readCsv(dir.resolve("train_bodies.csv"));
        for (List<String> row : rows.subList(1, rows.size())) {
            out.put(Integer.parseInt(row.get(0).trim()), row.get(1));
        }
        return out;
    }

    static List<Pair> pairs(Path file) throws IOException {
        List<Pair> out = new ArrayList<>();
        List<List<String>> rows = readCsv(file);
        for (List<String> row : rows.subList(1, rows.size())) {
            out.add(new Pair(row.get(0), Integer.parseInt(row.get(1).trim()), stance(row.get(2).trim())));
        }
        return out;
    }

    static Stance stance(String label) {
        return switch (label) {
            case "agree" -> Stance.SUPPORTS;
            case "disagree" -> Stance.DENIES;
            case "discuss" -> Stance.DISCUSSES;
            case "unrelated" -> Stance.UNRELATED;
            default -> throw new IllegalArgumentException("unknown FNC-1 stance " + label);
        };
    }

    static List<List<String>> readCsv(Path file) throws IOException {
        String s = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
