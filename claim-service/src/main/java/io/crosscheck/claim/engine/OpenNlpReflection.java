package io.crosscheck.claim.engine;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * OpenNLP classes the native executable must be able to create by name. Reading a model, OpenNLP instantiates
 * the tool factory named in the model's {@code manifest.properties} ({@code factory=...}) and, for the POS model,
 * every feature generator named in its {@code generator.featuregen} XML, by {@code Class.forName(name)
 * .getDeclaredConstructor().newInstance()} ({@code ExtensionLoader}, {@code BaseToolFactory},
 * {@code GeneratorFactory}). Nothing in the code names them, so the native image would leave them out.
 * <p>The list is what the opennlp-models-*-en 1.3.0 sentence, token and POS models name; a new model that names
 * other classes fails at start-up in the native binary with {@code ExtensionNotLoadedException} or
 * {@code ClassNotFoundException}: add them here.
 */
@RegisterForReflection(targets = {
        opennlp.tools.sentdetect.SentenceDetectorFactory.class,
        opennlp.tools.tokenize.TokenizerFactory.class,
        opennlp.tools.postag.POSTaggerFactory.class,
        opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory.class,
})
final class OpenNlpReflection {
    private OpenNlpReflection() {
    }
}
