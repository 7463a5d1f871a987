package it.storia.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItalianNormalizerTest {
  private final ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();

  @Test
  void replacesTypographicQuotesOneForOne() {
    String in = "l’opposizione “unita”";
    NormalizedText nt = normalizer.normalize(in);
    assertThat(nt.text()).isEqualTo("l'opposizione \"unita\"");
    assertThat(nt.originalText(0, 2)).isEqualTo("l’");
  }

  @Test
  void composesDecomposedAccentsAndMapsBack() {
    String in = "citta\u0300 di Forli\u0300, 1925";
    NormalizedText nt = normalizer.normalize(in);
    assertThat(nt.text()).isEqualTo("città di Forlì, 1925");
    int b = nt.text().indexOf("Forlì");
    int e = b + "Forlì".length();
    assertThat(nt.originalText(b, e)).isEqualTo("Forli\u0300");
    int y = nt.text().indexOf("1925");
    assertThat(nt.originalText(y, y + 4)).isEqualTo("1925");
  }

  @Test
  void turnsPrivateUseAndArtefactsIntoAnalysableCharacters() {
    String in = "nel 1925 \u1D26. Stalin\uF04A e";
    NormalizedText nt = normalizer.normalize(in);
    assertThat(nt.text()).isEqualTo("nel 1925 г. Stalin  e");
    assertThat(nt.text()).hasSameSizeAs(in);
  }

  @Test
  void keepsUnpairedSurrogatesAndEmptyInput() {
    assertThat(normalizer.normalize("").text()).isEmpty();
    String odd = "a\uD800b\uDC00c";
    assertThat(normalizer.normalize(odd).text()).hasSize(odd.length());
  }
}
