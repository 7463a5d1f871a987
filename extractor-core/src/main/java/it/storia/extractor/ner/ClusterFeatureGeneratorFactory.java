package it.storia.extractor.ner;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WordClusterFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP feature-generator factory for word-cluster features backed by a {@link WordClusterTable}, used in the
 * name finder's descriptor as {@code <generator class="it.storia.extractor.ner.ClusterFeatureGeneratorFactory">
 * <str name="dict">c1</str></generator>}: the current token's cluster id becomes the feature {@code c1<id>}.
 *
 * <p>Input: the named table embedded in the model. Output: OpenNLP's {@link WordClusterFeatureGenerator}.
 * OpenNLP creates one factory per descriptor element.
 */
public final class ClusterFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  /** Public no-argument constructor, required by OpenNLP. */
  public ClusterFeatureGeneratorFactory() {
    super();
  }

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String name = getStr("dict");
    if (resourceManager == null) {
      // OpenNLP builds the generators without resources only to list the artifacts a descriptor needs
      // (GeneratorFactory.extractArtifactSerializerMappings); that generator is never run.
      return new WordClusterFeatureGenerator(WordClusterTable.of(Map.of()).dictionary(), name, false);
    }
    Object resource = resourceManager.getResource(name);
    if (!(resource instanceof WordClusterTable table)) {
      throw new InvalidFormatException("word cluster table '" + name + "' is missing from the model resources "
          + "(found " + (resource == null ? "nothing" : resource.getClass().getName()) + ")");
    }
    return new WordClusterFeatureGenerator(table.dictionary(), name, false);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    Map<String, ArtifactSerializer<?>> mapping = new HashMap<>();
    mapping.put(getStr("dict"), new WordClusterTable.Serializer());
    return mapping;
  }
}
