package it.storia.extractor.index;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.resolve.Transliteration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchSupportTest {
  @Test
  void timemlValuesBecomeYearRanges() {
    assertThat(YearRange.of("1927")).contains(new YearRange(1927, 1927));
    assertThat(YearRange.of("1927-11-07")).contains(new YearRange(1927, 1927));
    assertThat(YearRange.of("1925-FA")).contains(new YearRange(1925, 1925));
    assertThat(YearRange.of("1925-W12")).contains(new YearRange(1925, 1925));
    assertThat(YearRange.of("192")).contains(new YearRange(1920, 1929));
    assertThat(YearRange.of("19")).contains(new YearRange(1900, 1999));
    assertThat(YearRange.of("1928/1930")).contains(new YearRange(1928, 1930));
    assertThat(YearRange.of("PRESENT_REF")).isEqualTo(Optional.empty());
    assertThat(YearRange.of("XXXX-11")).isEmpty();
    assertThat(YearRange.of("P3Y")).isEmpty();
    assertThat(YearRange.of(null)).isEmpty();
  }

  @Test
  void nameFoldingMakesSpellingsMeet() {
    NameFolding f = NameFolding.fromClasspath();
    assertThat(f.fold("Trockij")).isEqualTo(f.fold("Trotsky")).isEqualTo(f.fold("TROTSKIJ"));
    assertThat(f.fold("Zinov'ev")).isEqualTo(f.fold("Zinoviev")).isEqualTo(f.fold("Zinovyev"));
    assertThat(f.fold("Bucharin")).isEqualTo(f.fold("Bukharin"));
    assertThat(f.fold("Džugašvili")).isEqualTo(f.fold("Dzhugashvili"));
    assertThat(f.fold("Stalin")).isNotEqualTo(f.fold("Trotsky"));
    assertThat(f.keys("Lev  Trockij")).containsExactly(f.fold("Lev Trotsky"), f.fold("Trotsky"));
    assertThat(f.fold("Lev\u00a0Trockij")).isEqualTo(f.fold("lev trotsky"));
    // a hyphen between words is a space (index format 3)
    assertThat(f.fold("Alma-Ata")).isEqualTo(f.fold("Alma Ata")).isEqualTo(f.fold("alma - ata"));
    assertThat(f.fold("Jean-Paul Sartre")).isEqualTo(f.fold("Jean Paul Sartre"));
    assertThat(f.fold("--")).isEmpty();
    Transliteration resolverTable = Transliteration.fromClasspath();
    assertThat(NameFolding.of(resolverTable).fold("Zinov'ev")).isEqualTo(resolverTable.key("Zinoviev"));
  }

  @Test
  void nearDuplicateSignaturesSeparateRewordingsFromDifferentSentences() {
    String a = "Lenin nella sua \"Lettera al Congresso\", nota negli ambienti del partito come \"testamento\", ha "
        + "dato caratteristiche a sei figure del suo entourage.";
    String b = "Lenin, nella sua \"Lettera al Congresso\", nota negli ambienti di partito come \"testamento\", ha "
        + "dato caratteristiche a sei figure del suo entourage.";
    String c = "Allo stesso tempo, l'unificazione non ha aiutato gli ex oppositori del gruppo di sinistra.";
    assertThat(NearDuplicates.fingerprint(a)).isNotEqualTo(NearDuplicates.fingerprint(b));
    assertThat(NearDuplicates.fingerprint(a)).isEqualTo(NearDuplicates.fingerprint(a.toUpperCase() + " "));
    assertThat(NearDuplicates.similarity(NearDuplicates.signature(a), NearDuplicates.signature(b)))
        .isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
    assertThat(NearDuplicates.similarity(NearDuplicates.signature(a), NearDuplicates.signature(c))).isLessThan(0.2);
    assertThat(NearDuplicates.signature("Risultati:")).isEmpty();
  }

  @Test
  void longRewordedRepetitionsOfTheSampleAreNearDuplicates() {
    String a = "7 novembre 1927. Trotskisti e zinovieviti hanno tenuto la loro contromanifestazione, dopo di che i "
        + "leader dell'opposizione di sinistra sono stati espulsi dal partito e il XV Congresso del PCUS (b) "
        + "tenutosi a dicembre ha deciso di espellere tutti gli oppositori dal partito.";
    String b = "Il 7 novembre 1927 i trotskisti e gli zinovieviti tennero la loro contromanifestazione, dopo di che i "
        + "capi dell'opposizione di sinistra furono espulsi dal partito e il XV Congresso del PCUS (b) tenutosi a "
        + "dicembre decise di espellere tutti gli oppositori dal festa.";
    String c = "Nell'aprile 1929, il Plenum del Partito Comunista dei Bolscevichi sostenne il programma stalinista: il "
        + "rifiuto della NEP, la collettivizzazione forzata e l'industrializzazione accelerata del paese, mentre "
        + "Bukharin, Rykov e Tomsky furono rimossi dai loro incarichi dopo il plenum del partito.";
    assertThat(NearDuplicates.near(NearDuplicates.fingerprint(a), NearDuplicates.signature(a),
        NearDuplicates.fingerprint(b), NearDuplicates.signature(b))).isTrue();
    assertThat(NearDuplicates.near(NearDuplicates.fingerprint(a), NearDuplicates.signature(a),
        NearDuplicates.fingerprint(c), NearDuplicates.signature(c))).isFalse();
  }
}
