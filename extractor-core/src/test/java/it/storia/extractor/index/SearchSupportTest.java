package it.storia.extractor.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.resolve.Transliteration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchSupportTest {
  @Test
  void timemlValuesBecomeDayRanges() {
    assertThat(DayRange.of("1927-11-07")).contains(day("1927-11-07", "1927-11-07"));
    assertThat(DayRange.of("1927-11-07T10:30")).contains(day("1927-11-07", "1927-11-07"));
    assertThat(DayRange.of("1928-02")).contains(day("1928-02-01", "1928-02-29"));
    assertThat(DayRange.of("1927")).contains(day("1927-01-01", "1927-12-31"));
    assertThat(DayRange.of("192")).contains(day("1920-01-01", "1929-12-31"));
    assertThat(DayRange.of("19")).contains(day("1900-01-01", "1999-12-31"));
    assertThat(DayRange.of("1925-SP")).contains(day("1925-03-01", "1925-05-31"));
    assertThat(DayRange.of("1925-SU")).contains(day("1925-06-01", "1925-08-31"));
    assertThat(DayRange.of("1925-FA")).contains(day("1925-09-01", "1925-11-30"));
    assertThat(DayRange.of("1927-WI")).contains(day("1927-12-01", "1928-02-29"));
    assertThat(DayRange.of("1927-Q2")).contains(day("1927-04-01", "1927-06-30"));
    assertThat(DayRange.of("1927-H2")).contains(day("1927-07-01", "1927-12-31"));
    assertThat(DayRange.of("1925-W12")).contains(day("1925-03-16", "1925-03-22"));
    assertThat(DayRange.of("1928/1930")).contains(day("1928-01-01", "1930-12-31"));
    assertThat(DayRange.of("1917-10/1918-03")).contains(day("1917-10-01", "1918-03-31"));
    assertThat(DayRange.of("1918-FA/1919-SP")).contains(day("1918-09-01", "1919-05-31"));
    // what a value does not name for sure widens to what it does
    assertThat(DayRange.of("1927-02-30")).contains(day("1927-02-01", "1927-02-28"));
    assertThat(DayRange.of("1927-11-XX")).contains(day("1927-11-01", "1927-11-30"));
    assertThat(DayRange.of("1927-XX-07")).contains(day("1927-01-01", "1927-12-31"));
    assertThat(DayRange.of("1927-13")).contains(day("1927-01-01", "1927-12-31"));
    assertThat(DayRange.of("1925-W54")).contains(day("1925-01-01", "1925-12-31"));
    assertThat(DayRange.of("PRESENT_REF")).isEmpty();
    assertThat(DayRange.of("XXXX-11")).isEmpty();
    assertThat(DayRange.of("BC0044")).isEmpty();
    assertThat(DayRange.of("P3Y")).isEmpty();
    assertThat(DayRange.of(null)).isEmpty();
  }

  @Test
  void commandLineDatesAreAYearAMonthOrADay() {
    assertThat(SearchRequest.firstDay("1927")).isEqualTo(LocalDate.of(1927, 1, 1));
    assertThat(SearchRequest.lastDay("1927")).isEqualTo(LocalDate.of(1927, 12, 31));
    assertThat(SearchRequest.firstDay("1928-02")).isEqualTo(LocalDate.of(1928, 2, 1));
    assertThat(SearchRequest.lastDay("1928-02")).isEqualTo(LocalDate.of(1928, 2, 29));
    assertThat(SearchRequest.lastDay(" 1927-11-07 ")).isEqualTo(LocalDate.of(1927, 11, 7));
    assertThatThrownBy(() -> SearchRequest.firstDay("1927-13")).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("'1927-13'");
    assertThatThrownBy(() -> SearchRequest.lastDay("1927-02-30")).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("'1927-02-30'");
    assertThatThrownBy(() -> SearchRequest.firstDay("novembre 1927")).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("YYYY-MM-DD").hasMessageContaining("'novembre 1927'");
  }

  private static DayRange day(String from, String to) {
    return new DayRange(LocalDate.parse(from), LocalDate.parse(to));
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
