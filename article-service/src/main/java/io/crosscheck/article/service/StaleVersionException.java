package io.crosscheck.article.service;

/** An update named a version other than the stored one: it was based on an article that has changed since. */
public final class StaleVersionException extends ArticleException {

    private final Long givenVersion;
    private final long currentVersion;

    /** @param givenVersion the version the update was based on; null if it named none */
    public StaleVersionException(Long givenVersion, long currentVersion) {
        super("Version " + givenVersion + " is stale: the article is at version " + currentVersion
                + "; reload it and apply your change again");
        this.givenVersion = givenVersion;
        this.currentVersion = currentVersion;
    }

    public Long givenVersion() {
        return givenVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
