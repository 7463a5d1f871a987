package it.storia.extractor.ner;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.DictionaryFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * OpenNLP feature-generator factory for gazetteer features with a per-gazetteer prefix, used in the name finder's
 * feature descriptor as
 * {@code <generator class="it.storia.extractor.ner.GazetteerFeatureGeneratorFactory"><str name="dict">gPER</str>
 * <str name="prefix">gPER</str></generator>}. (OpenNLP's own dictionary factory gives every dictionary the same
 * feature names, so person and place lists could not be told apart.)
 *
 * <p>Input: the named {@link Dictionary} embedded in the model. Output: a {@link DictionaryFeatureGenerator} that
 * marks tokens inside the longest gazetteer match. OpenNLP creates one factory per descriptor element; the
 * generators it creates are used by one decoder at a time.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  /** Public no-argument constructor, required by OpenNLP. */
  public GazetteerFeatureGeneratorFactory() {
    super();
  }

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String name = getStr("dict");
    if (resourceManager == null) {
      // OpenNLP builds the generators without resources only to list the artifacts a descriptor needs
      // (GeneratorFactory.extractArtifactSerializerMappings); that generator is never run.
      return new DictionaryFeatureGenerator(getStr("prefix", name), new Dictionary(true));
    }
    Object resource = resourceManager.getResource(name);
    if (!(resource instanceof Dictionary dictionary)) {
      throw new InvalidFormatException("gazetteer '" + name + "' is missing from the model resources (found "
          + (resource == null ? "nothing" : resource.getClass().getName()) + ")");
    }
    return new DictionaryFeatureGenerator(getStr("prefix", name), dictionary);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    Map<String, ArtifactSerializer<?>> mapping = new HashMap<>();
    mapping.put(getStr("dict"), new DictionarySerializer());
    return mapping;
  }
}
