package it.storia.extractor.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.Entity;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import it.storia.extractor.resolve.AliasResolver;
import it.storia.extractor.resolve.Transliteration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void usersExtendTheListsWithTheirOwnFiles() throws IOException {
    Path persons = write("persons.tsv", "# mine\nAleksandr Derevjanko\tDerevianko|Derevjanko\n");
    Path orgs = write("orgs.tsv", "Kirov Plant\tKirov Plant|Putilov\n");
    Path places = write("places.tsv", "Leningrado\tLeningrado\n");
    Path rules = dir.resolve("rules.tsv");
    try (var in = GazetteerTest.class.getResourceAsStream(Gazetteer.BASE + "rules.tsv")) {
      Files.copy(in, rules);
    }
    HistoryRules mine = HistoryRules.load(persons, orgs, places, rules);
    AliasResolver resolver = AliasResolver.of(mine.gazetteer(), Transliteration.fromClasspath());
    Extractor extractor = SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.of(
        it.storia.extractor.ner.EntityRecognizer.none(), mine)).referentResolver(resolver));
    List<Entity> found = extractor.extract("Derevjanko visitò la Kirov Plant a Leningrado.").entities();
    assertThat(found).extracting(e -> e.type() + ":" + e.text() + ">" + e.canonical()).containsExactly(
        "PERSON:Derevjanko>Aleksandr Derevjanko", "ORGANIZATION:Kirov Plant>Kirov Plant",
        "LOCATION:Leningrado>Leningrado");
  }

  @Test
  void badLinesAreReportedWithFileAndLine() throws IOException {
    Path persons = write("persons.tsv", "Lev Trotsky\tTrotsky\nno tab here\n");
    assertThatThrownBy(() -> Gazetteer.load(persons, null, null))
        .hasMessageContaining("persons.tsv:2").hasMessageContaining("no tab here");
    Path clash = write("clash.tsv", "Lev Trotsky\tTrotsky\nLeone Trotsky\tTrotsky\n");
    assertThatThrownBy(() -> Gazetteer.load(clash, null, null)).hasMessageContaining("'Trotsky'");
    Path rules = write("rules.tsv", "titel\ton.\n");
    assertThatThrownBy(() -> WordClasses.load(rules)).hasMessageContaining("titel");
  }

  @Test
  void aliasesMatchOnlyWhereTheTextCapitalisesThem() {
    Extractor extractor = RulesOnly.extractor();
    List<Entity> found = extractor.extract("La russia non è la Russia, e lo stato non è lo Stato.").entities();
    assertThat(found).extracting(Entity::text).containsExactly("Russia");
  }

  /** Session 20: the bundled lists are compiled once per process and shared by the names and resolve stages. */
  @Test
  void bundledListsAreCompiledOnce() {
    Gazetteer g = Gazetteer.fromClasspath();
    assertThat(Gazetteer.fromClasspath()).isSameAs(g);
    assertThat(g.aliases()).hasSizeGreaterThan(1000);
  }
}
