package io.crosscheck.nlp.extract;

/**
 * A named or described entity in one sentence: tokens [from, to), of which [nameFrom, to) is the name (empty for a
 * bare description such as "the Iranian foreign minister"). {@code role} is the title before the name, if any.
 */
record Mention(int from, int nameFrom, int to, String name, EntityType type, String role) {
    boolean hasName() {
        return name != null && !name.isEmpty();
    }

    boolean isPerson() {
        return type == EntityType.PERSON;
    }
}
