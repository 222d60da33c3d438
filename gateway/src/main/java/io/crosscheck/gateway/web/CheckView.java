package io.crosscheck.gateway.web;

import java.util.List;

/** The claim check: the form, and once asked, the articles that bear on the claim (or why it was refused). */
public record CheckView(String claim, boolean asked, List<Match> matches, String error) {

    public record Match(String href, String title, String source, Stances stance, String score, List<Evidence> evidence) {
    }

    public record Evidence(String sentence, String href) {
    }
}
