package io.crosscheck.nlp.extract;

/** Who makes a claim: {@code name} is null for unnamed sources, {@code role} is e.g. "Kremlin spokesman". */
public record Claimant(String name, String role) {
}
