package it.storia.extractor.ner;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import it.storia.extractor.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Test helper: the genre layer over a stand-in statistical recogniser that returns fixed spans, so that a names test
 * can state what the model said and check what the rules make of it. Stateless; thread-safe.
 */
final class ModelStub {
  private ModelStub() {}

  /**
   * An extractor whose statistical recogniser returns, for {@code text}, the given (type, surface) pairs at the
   * first occurrence of each surface (which must occur), with confidence 0.8.
   */
  static Extractor overModel(String text, Object... typeAndSurface) {
    return SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.over(spans(text, typeAndSurface))));
  }

  /**
   * A stand-in statistical recogniser that returns, for {@code text}, the given (type, surface) pairs at the first
   * occurrence of each surface (which must occur), with confidence 0.8, in text order.
   */
  static EntityRecognizer spans(String text, Object... typeAndSurface) {
    return (AnalyzedText t) -> {
      List<Entity> out = new ArrayList<>();
      for (int i = 0; i < typeAndSurface.length; i += 2) {
        String surface = (String) typeAndSurface[i + 1];
        int b = text.indexOf(surface);
        assertThat(b).as("'%s' in the text", surface).isNotNegative();
        out.add(Entity.name((EntityType) typeAndSurface[i], surface, b, b + surface.length(), t.sentenceAt(b), 0.8));
      }
      out.sort(Comparator.comparingInt(Entity::begin));
      return out;
    };
  }

  /** The entity of {@code found} that spans exactly the first occurrence of {@code surface} (which must occur). */
  static Entity at(String text, String surface, List<Entity> found) {
    int begin = text.indexOf(surface);
    assertThat(begin).as("'%s' in the text", surface).isNotNegative();
    return found.stream().filter(e -> e.begin() == begin && e.end() == begin + surface.length()).findFirst()
        .orElseThrow(() -> new AssertionError("no entity spans '" + surface + "' at " + begin + "; near: "
            + found.stream().filter(e -> Math.abs(e.begin() - begin) < 40).toList()));
  }

  /** The non-date entities the extractor finds in {@code text}, as {@code TYPE:surface}, in text order. */
  static List<String> typed(Extractor extractor, String text) {
    return extractor.extract(text).entities().stream().filter(e -> e.type() != EntityType.DATE)
        .map(e -> e.type() + ":" + e.text()).toList();
  }
}
