package io.crosscheck.gateway.web;

/**
 * How a position is shown: a symbol that differs in shape (not only in colour), the words a screen reader says
 * instead, and a CSS class for the colour as a third cue. The same legend as {@code ./run --demo}'s table.
 */
public record Stances(String symbol, String words, String cssClass) {

    static Stances of(String stance, boolean hedged) {
        String kind = stance == null ? "" : stance;
        return switch (kind) {
            case "SUPPORTS" -> hedged ? new Stances("?", "supports, hedged", "mark-hedged")
                    : new Stances("\u2713", "supports", "mark-supports");
            case "DENIES" -> hedged ? new Stances("\u2717?", "denies, hedged", "mark-denies")
                    : new Stances("\u2717", "denies", "mark-denies");
            case "DISCUSSES" -> new Stances("~", hedged ? "discusses, hedged" : "discusses", "mark-discusses");
            default -> new Stances("\u00b7", kind.toLowerCase(), "mark-other");
        };
    }

    /** A claim group's status in words, with its symbol; contested is the one that needs a reader's eye. */
    static Stances status(String status) {
        String kind = status == null ? "" : status;
        return switch (kind) {
            case "CONTESTED" -> new Stances("\u26a0", "contested", "status-contested");
            case "CORROBORATED" -> new Stances("\u2713\u2713", "corroborated", "status-corroborated");
            case "SINGLE_SOURCE" -> new Stances("1", "single source", "status-single");
            default -> new Stances("", kind.toLowerCase(), "status-other");
        };
    }
}
