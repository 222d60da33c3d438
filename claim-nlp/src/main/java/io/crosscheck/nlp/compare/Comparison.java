package io.crosscheck.nlp.compare;

/**
 * The judgment on two claims. {@code score} is the model's probability that they state the same fact (for CONFLICTS:
 * the same fact once the disagreeing details are set aside); {@code detail} says in words what decided it.
 */
public record Comparison(Relation relation, double score, String detail) {
}
