package io.crosscheck.e2e;

/**
 * Our own articles modelled on the founding story (a message to the Kremlin, reported, denied and hedged), written
 * for the tests: the end-to-end test checks their report through the API, the browser test reads it in the web view.
 */
final class FoundingStory {

    private FoundingStory() {
    }

    record Article(String title, String body, String source, String publishedAt) {
    }

    static final Article REPORTED = new Article("Putin gets personal message from Iran's supreme leader", """
            Russian President Vladimir Putin has received a personal message from Iran's Supreme Leader Ali \
            Khamenei, the Evening Courier understands. Foreign Minister Abbas Araghchi brought the message to \
            the Kremlin on Monday, two officials said.""", "Evening Courier", "2025-06-24T07:00:00Z");

    static final Article DENIED = new Article("Kremlin: Putin did not get a written message from Khamenei", """
            Kremlin spokesman Dmitry Peskov said on Wednesday that Putin did not receive a written message from \
            Khamenei. "We had contacts with the Iranian side, but no document was handed over," Peskov told \
            journalists in Moscow.""", "Northern Dispatch", "2025-06-25T11:00:00Z");

    static final Article HEDGED = new Article("Khamenei said to have urged Putin to do more", """
            Iran's Supreme Leader Ali Khamenei reportedly sent Russian President Vladimir Putin a message urging \
            a firmer response, sources suggest. It was delivered through undisclosed channels during Abbas \
            Araghchi's visit to Moscow, according to people familiar with the matter.""", "Harbour Times",
            "2025-06-24T16:00:00Z");
}
