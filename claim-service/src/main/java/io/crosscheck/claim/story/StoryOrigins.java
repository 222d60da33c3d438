package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.nlp.origin.Origins;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The origin of each analysed article of a story ({@link Origins}: syndicated copies of one text, and articles
 * crediting one agency, share one), from the signature and credit stored when each was filed. Worked out at each
 * read rather than stored, so that an article joining, leaving or a story merge never leaves a stale origin behind;
 * it costs one query of the story's signatures and about linear time in its articles.
 */
@ApplicationScoped
public class StoryOrigins {

    private final ReceivedArticleRepository articles;

    public StoryOrigins(ReceivedArticleRepository articles) {
        this.articles = articles;
    }

    /** Article id → its origin's label, for every analysed article of the story. */
    public Map<UUID, String> of(UUID storyId) {
        return labelled(articles.originTracesInStory(storyId));
    }

    /**
     * Article id → its origin's label among the given articles only: which of them share an origin is as among the
     * whole story's, except for two tied only through an article outside them (a copy of a copy), and a label may
     * name another of the origin's articles. What a group's status needs, at a fraction of a big story's cost.
     */
    public Map<UUID, String> ofArticles(Collection<UUID> articleIds) {
        return labelled(articles.originTracesOf(articleIds));
    }

    private static Map<UUID, String> labelled(List<Origins.Trace> traces) {
        List<String> labels = Origins.of(traces);
        Map<UUID, String> origins = new HashMap<>(traces.size() * 2);
        for (int i = 0; i < traces.size(); i++) {
            origins.put(UUID.fromString(traces.get(i).id()), labels.get(i));
        }
        return origins;
    }

    /**
     * The article's origin in a story's {@link #of origins}; an article not among them (not analysed, or its story
     * not known here) is its own.
     */
    public static String originOf(Map<UUID, String> origins, UUID articleId) {
        return origins.getOrDefault(articleId, ownOrigin(articleId));
    }

    /** The label of an article that no other shares an origin with (one whose story is not known here). */
    public static String ownOrigin(UUID articleId) {
        return articleId.toString();
    }
}
