package io.crosscheck.claim.story;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.engine.SentenceEncoderEngine;
import io.crosscheck.claim.persistence.ClaimGroup;
import io.crosscheck.claim.persistence.ClaimGroupRepository;
import io.crosscheck.claim.persistence.GroupStatus;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.text.TextAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A story's headline as a claim group. The stance engine learnt to read a body toward a headline (FNC-1); a group's
 * statement is a sentence taken from a body, which it reads less well: over the five folds of {@code ./evaluate
 * stories}, held-out bodies read toward their story's title were right for 0.662, toward their main group's statement
 * for 0.610. So every article of the story is read toward its headline, and the report has one group that says what
 * each source makes of the story's claim.
 *
 * <p>The statement is the title of the story's first article with a headline (four words at least: "Live updates"
 * states nothing) and stays as worded: it affirms what it says (a headline "Kremlin denies receiving letter" is
 * supported by an article that reports the denial). It has no members: claims join the story's other groups as before
 * (a headline close to several of the story's facts would take in the claims of all of them), so its positions are the
 * engine's readings, shown as {@link GroupAssessor} shows any reading without a claim: SUPPORTS and DISCUSSES, never a
 * DENIES. Showing the engine's denials of the headline was measured and not kept (five folds: denials shown 91 → 109,
 * right 11 → 12; status 0.624 → 0.599): the story's title is a body's headline, not the rumour's, and the engine's
 * denials toward it are as often wrong as toward a sentence.
 */
@ApplicationScoped
public class StoryHeadlines {

    /** Fewer words than this is a label ("Live updates", "Breaking"), not a claim. */
    static final int MIN_WORDS = 4;

    private final ClaimServiceConfig config;
    private final ClaimGroupRepository groups;
    private final SentenceEncoderEngine encoder;

    public StoryHeadlines(ClaimServiceConfig config, ClaimGroupRepository groups, SentenceEncoderEngine encoder) {
        this.config = config;
        this.groups = groups;
        this.encoder = encoder;
    }

    /**
     * The story's headline group; opened from {@code title} when the story has none yet and the title states
     * something. Empty when headline groups are off or neither the story nor the title has a headline.
     */
    public Optional<ClaimGroup> of(UUID storyId, String title) {
        if (!config.groups().headlineGroup()) {
            return Optional.empty();
        }
        Optional<ClaimGroup> existing = groups.headlineOf(storyId);
        if (existing.isPresent() || !statesSomething(title)) {
            return existing;
        }
        ClaimGroup group = new ClaimGroup();
        group.id = UUID.randomUUID();
        group.storyId = storyId;
        group.statement = title.strip();
        group.embedding = encoder.encode(List.of(group.statement))[0];
        group.polarity = Polarity.AFFIRMS;
        group.status = GroupStatus.SINGLE_SOURCE;
        group.createdAt = Instant.now();
        group.headline = true;
        group.persist();
        return Optional.of(group);
    }

    static boolean statesSomething(String title) {
        return title != null && TextAnalysis.words(title).size() >= MIN_WORDS;
    }
}
