package io.crosscheck.claim.story;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.nlp.story.StoryModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The story model filing, merges and splits share: read once from the class path at start-up. */
@ApplicationScoped
public class StoryModelProducer {

    /** The committed story model, with the joining threshold the configuration sets instead, if it does. */
    @Produces
    @Singleton
    StoryModel storyModel(ClaimServiceConfig config) {
        StoryModel model = StoryModel.loadDefault();
        return config.stories().minProbability().map(model::withThreshold).orElse(model);
    }
}
