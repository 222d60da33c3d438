package io.crosscheck.nlp.extract;

/** A named entity mentioned by a claim, with people reported by their full name as given in the article. */
public record Entity(String text, EntityType type) {
}
