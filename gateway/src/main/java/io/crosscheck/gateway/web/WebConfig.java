package io.crosscheck.gateway.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much one page of the web view shows. A 1,000-article story has hundreds of sources and thousands of claim
 * groups: each page holds a slice of them (query parameters page through the rest), so a page stays a few hundred
 * kilobytes however large the story's report is.
 */
@ConfigMapping(prefix = "crosscheck.gateway.web")
public interface WebConfig {

    /** Source columns of the story matrix per page. */
    @WithDefault("10")
    int sourcesPerPage();

    /** Claim rows of the story matrix per page (contested claims come first). */
    @WithDefault("40")
    int claimsPerPage();

    /** Articles of a story's timeline per page. */
    @WithDefault("50")
    int timelinePerPage();

    /** Stories per page of the list, and articles per page of a search. */
    @WithDefault("20")
    int listPageSize();

    /** Matches asked of a claim check. */
    @WithDefault("20")
    int checkLimit();
}
