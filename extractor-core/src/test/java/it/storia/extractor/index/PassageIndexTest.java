package it.storia.extractor.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.ExtractedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexTest {
  /** Sentences of the sample text (samples/texts/lotta-per-il-potere.txt). */
  static final String TROTSKY = "Di conseguenza, L.D. Trotsky fu accusato di aver tentato di diventare un dittatore "
      + "e nel gennaio 1925 fu rimosso dagli incarichi di commissario del popolo per gli affari militari e navali.";
  static final String EXPELLED = "7 novembre 1927 - ancora un tentativo di tenere una contromanifestazione. Tre di "
      + "loro furono espulsi dal partito, poi altri 93 oppositori, ma KAM e ZIN scrissero dichiarazioni di "
      + "pentimento e furono reintegrati, e nel 1929 il TR fu espulso con la forza dall'URSS.";
  static final String OPPOSITION = "Nella primavera del 1926 Trotsky, Zinoviev e Kamenev hanno creato "
      + "l'Opposizione di sinistra unita, meglio conosciuta come il blocco trotskista-Zinoviev. "
      + "L'opposizione di sinistra si è espressa per accelerare il ritmo dello sviluppo industriale.";
  static final String TESTAMENT = "V. I. Lenin nella sua \"Lettera al Congresso\", nota negli ambienti del partito "
      + "come \"testamento\", ha dato caratteristiche a sei figure del suo entourage. Alla fine degli anni '20 si "
      + "formarono due punti di vista principali. Lenin, nella sua \"Lettera al Congresso\", nota negli ambienti "
      + "di partito come \"testamento\", ha dato caratteristiche a sei figure del suo entourage.";

  @TempDir
  Path dir;

  private static ExtractedDocument trotsky() {
    return Passages.of("trotsky", "lotta/trotsky.txt", TROTSKY)
        .person("L.D. Trotsky", "Lev Trotsky")
        .referent(EntityType.PERSON, "Lev Trotsky", "L.D. Trotsky", "Lev Davidovič Bronštejn")
        .date("gennaio 1925", "1925-01")
        .event("REMOVAL", "fu rimosso", "1925-01")
        .build();
  }

  private static ExtractedDocument expelled() {
    return Passages.of("espulsi", "lotta/espulsi.txt", EXPELLED)
        .date("7 novembre 1927", "1927-11-07")
        .date("nel 1929", "1929")
        .name(EntityType.PERSON, "KAM", "Lev Kamenev", 0)
        .name(EntityType.PERSON, "ZIN", "Grigorij Zinov'ev", 0)
        .name(EntityType.ORGANIZATION, "partito", "Partito Comunista dell'Unione Sovietica", 0)
        .event("EXPULSION", "furono espulsi", "1927-11-07")
        .event("EXILE", "fu espulso", "1929")
        .build();
  }

  private static ExtractedDocument opposition() {
    return Passages.of("opposizione", "lotta/opposizione.txt", OPPOSITION)
        .date("Nella primavera del 1926", "1926-SP")
        .person("Trotsky", "Lev Trotsky")
        .person("Zinoviev", "Grigorij Zinov'ev")
        .person("Kamenev", "Lev Kamenev")
        .build();
  }

  private PassageIndex indexed(ExtractedDocument... docs) throws IOException {
    PassageIndex idx = PassageIndex.open(dir);
    for (ExtractedDocument d : docs) {
      idx.add(d);
    }
    idx.commit();
    return idx;
  }

  private static List<String> texts(SearchResults r) {
    return r.hits().stream().map(Hit::text).toList();
  }

  @Test
  void stemmedFieldFindsOtherInflectionsAndElidedArticles() throws IOException {
    try (PassageIndex idx = indexed(trotsky(), expelled(), opposition())) {
      SearchResults espulso = idx.search(SearchRequest.of("espulsi"));
      assertThat(texts(espulso)).singleElement().asString().contains("furono espulsi dal partito");
      assertThat(idx.search(SearchRequest.of("espulse")).total()).isEqualTo(1);

      SearchResults withArticle = idx.search(SearchRequest.of("l'opposizione"));
      assertThat(texts(withArticle)).hasSize(2).allMatch(t -> t.toLowerCase().contains("opposizione"));
      assertThat(idx.search(SearchRequest.of("opposizione")).total()).isEqualTo(2);
      assertThat(idx.search(SearchRequest.of("dittatori")).total()).isEqualTo(1);
      assertThat(idx.search(SearchRequest.of("espressa")).total()).isEqualTo(1);
      assertThat(idx.search(SearchRequest.of("Congresso")).total()).isZero();
    }
  }

  @Test
  void passageOffsetsAndHighlightsPointIntoTheOriginalText() throws IOException {
    ExtractedDocument doc = expelled();
    try (PassageIndex idx = indexed(doc)) {
      Hit hit = idx.search(SearchRequest.of("espulso partito")).hits().get(0);
      assertThat(doc.text().substring(hit.begin(), hit.end())).isEqualTo(hit.text());
      assertThat(hit.matches()).extracting(m -> doc.text().substring(m.begin(), m.end()))
          .containsExactly("espulsi", "partito", "espulso");
      assertThat(hit.highlight("[", "]")).contains("furono [espulsi] dal [partito]");
      assertThat(hit.source()).isEqualTo("lotta/espulsi.txt");
      assertThat(hit.id()).isEqualTo("espulsi");
      assertThat(hit.sentence()).isEqualTo(1);
      assertThat(hit.events()).containsExactly("EXPULSION", "EXILE");
      assertThat(hit.eventsJson()).contains("\"trigger\":\"furono espulsi\"");
      assertThat(hit.dates()).contains("1927-11-07", "1929");
      assertThat(hit.persons()).containsExactly("Lev Kamenev", "Grigorij Zinov'ev");
      assertThat(hit.organizations()).containsExactly("Partito Comunista dell'Unione Sovietica");
    }
  }

  @Test
  void quotedPhraseRanksExactWordingFirst() throws IOException {
    ExtractedDocument a = Passages.of("a", "a.txt",
        "I leader dell'opposizione di sinistra sono stati espulsi dal partito.").build();
    ExtractedDocument b = Passages.of("b", "b.txt",
        "Nel 1929 il capo dell'opposizione fu espulso dal partito e dal paese.").build();
    try (PassageIndex idx = indexed(a, b)) {
      SearchResults r = idx.search(SearchRequest.of("\"espulso dal partito\""));
      assertThat(r.total()).isEqualTo(2);
      assertThat(r.hits().get(0).id()).isEqualTo("b");
      assertThat(r.hits().get(0).highlight("[", "]")).contains("[espulso dal partito]");
      assertThat(idx.search(SearchRequest.of("\"partito espulso\"")).total()).isZero();
      assertThat(idx.search(SearchRequest.of("\"partito espulso\"~3")).total()).isEqualTo(2);
      assertThat(idx.search(SearchRequest.of("espul* AND paese")).total()).isEqualTo(1);
      assertThat(idx.search(SearchRequest.of("sinistra OR paese")).total()).isEqualTo(2);
      assertThat(idx.search(SearchRequest.of("espulso -paese")).hits()).extracting(Hit::id).containsExactly("a");
    }
  }

  @Test
  void personFilterMatchesAliasesAccentsAndTransliterations() throws IOException {
    try (PassageIndex idx = indexed(trotsky(), expelled(), opposition())) {
      for (String name : List.of("Trockij", "TROTSKIJ", "trotsky", "Lev Trotsky", "L.D. Trotsky", "Lev Trockij")) {
        SearchResults r = idx.search(SearchRequest.filtersOnly().withPerson(name));
        assertThat(r.hits()).as(name).extracting(Hit::id).containsExactlyInAnyOrder("trotsky", "opposizione");
      }
      // aliases are known per document: only the document whose referent lists "Bronštejn" has them
      for (String alias : List.of("Bronstein", "Lev Davidovic Bronstejn", "lev davidovič bronštejn")) {
        SearchResults r = idx.search(SearchRequest.filtersOnly().withPerson(alias));
        assertThat(r.hits()).as(alias).extracting(Hit::id).containsExactly("trotsky");
      }
      assertThat(idx.search(SearchRequest.filtersOnly().withPerson("Zinoviev")).hits()).extracting(Hit::id)
          .containsExactlyInAnyOrder("espulsi", "opposizione");
      assertThat(idx.search(SearchRequest.filtersOnly().withPerson("Stalin")).total()).isZero();
      assertThat(idx.search(SearchRequest.of("sinistra").withPerson("Zinov'ev")).total()).isEqualTo(1);
      assertThat(idx.search(SearchRequest.filtersOnly().withOrg("partito comunista dell'unione sovietica"))
          .hits()).extracting(Hit::id).containsExactly("espulsi");
    }
  }

  @Test
  void placeFilterMatchesCanonicalNamesAliasesAndAccents() throws IOException {
    ExtractedDocument exile = Passages.of("esilio", "lotta/esilio.txt",
        "Nel gennaio 1928 Trotsky fu esiliato ad Alma-Ata. Nel 1929 fu espulso dall'URSS.")
        .person("Trotsky", "Lev Trotsky")
        .name(EntityType.LOCATION, "Alma-Ata", "Almaty", 0)
        .referent(EntityType.LOCATION, "Almaty", "Alma-Ata")
        .name(EntityType.LOCATION, "URSS", "Unione Sovietica", 0)
        .build();
    try (PassageIndex idx = indexed(trotsky(), expelled(), exile)) {
      for (String name : List.of("Alma-Ata", "alma ata", "ALMATY", "Almatý")) {
        assertThat(idx.search(SearchRequest.filtersOnly().withPlace(name)).hits()).as(name)
            .extracting(Hit::text).singleElement().asString().contains("Alma-Ata");
      }
      assertThat(idx.search(SearchRequest.filtersOnly().withPlace("URSS")).hits()).extracting(Hit::text)
          .singleElement().asString().contains("dall'URSS");
      assertThat(idx.search(SearchRequest.of("espulso").withPlace("Unione Sovietica")).total()).isEqualTo(1);
      assertThat(idx.search(SearchRequest.filtersOnly().withPlace("Mosca")).total()).isZero();
      // a person's name is no place
      assertThat(idx.search(SearchRequest.filtersOnly().withPlace("Trotsky")).total()).isZero();
      assertThatThrownBy(() -> idx.search(SearchRequest.filtersOnly().withPlace("--")))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("'--'");
    }
  }

  @Test
  void eventTypeFilter() throws IOException {
    try (PassageIndex idx = indexed(trotsky(), expelled(), opposition())) {
      assertThat(idx.search(SearchRequest.filtersOnly().withType("expulsion")).hits()).extracting(Hit::id)
          .containsExactly("espulsi");
      assertThat(idx.search(SearchRequest.of("commissario").withType("REMOVAL")).total()).isEqualTo(1);
      assertThat(idx.search(SearchRequest.of("commissario").withType("EXPULSION")).total()).isZero();
      assertThatThrownBy(() -> idx.search(SearchRequest.of("partito").withType("PURGE")))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("'PURGE'")
          .hasMessageContaining("EXPULSION");
    }
  }

  @Test
  void yearFilterSelectsPassagesWhoseDatesOverlap() throws IOException {
    ExtractedDocument decade = Passages.of("decennio", "d.txt",
        "Negli anni Venti la lotta per il potere divise il partito.").date("anni Venti", "192").build();
    ExtractedDocument range = Passages.of("piano", "p.txt",
        "Nel 1928-1930 fu la volta del gruppo di Bucharin.").date("1928-1930", "1928/1930").build();
    try (PassageIndex idx = indexed(trotsky(), decade, range)) {
      assertThat(idx.search(SearchRequest.filtersOnly().withYears(1929, 1929)).hits()).extracting(Hit::id)
          .containsExactlyInAnyOrder("decennio", "piano");
      assertThat(idx.search(SearchRequest.filtersOnly().withYears(null, 1925)).hits()).extracting(Hit::id)
          .containsExactlyInAnyOrder("trotsky", "decennio");
      assertThat(idx.search(SearchRequest.filtersOnly().withYears(1930, null)).hits()).extracting(Hit::id)
          .containsExactly("piano");
      assertThat(idx.search(SearchRequest.filtersOnly().withYears(1931, 1940)).total()).isZero();
      assertThat(idx.search(SearchRequest.of("potere").withYears(1900, 1999)).total()).isEqualTo(1);
    }
  }

  @Test
  void dayFilterSelectsByMonthDaySeasonAndWinterAcrossTheYear() throws IOException {
    ExtractedDocument day = Passages.of("giorno", "g.txt",
        "Il 7 novembre 1927 l'opposizione tenne la sua contromanifestazione.").date("7 novembre 1927", "1927-11-07")
        .build();
    ExtractedDocument autumn = Passages.of("autunno", "a.txt",
        "Nell'autunno del 1925 si formò la nuova opposizione.").date("autunno del 1925", "1925-FA").build();
    ExtractedDocument winter = Passages.of("inverno", "i.txt",
        "Nell'inverno 1927-28 la crisi degli ammassi colpì le città.").date("inverno 1927-28", "1927-WI").build();
    try (PassageIndex idx = indexed(trotsky(), day, autumn, winter)) {
      LocalDate nov1 = LocalDate.of(1927, 11, 1);
      assertThat(idx.search(SearchRequest.filtersOnly().withDates(nov1, LocalDate.of(1927, 11, 30))).hits())
          .extracting(Hit::id).containsExactly("giorno");
      assertThat(idx.search(SearchRequest.filtersOnly().withDates(nov1, LocalDate.of(1927, 11, 6))).total()).isZero();
      assertThat(idx.search(SearchRequest.filtersOnly().withDates(LocalDate.of(1925, 10, 15), LocalDate.of(1925, 10,
          15))).hits()).extracting(Hit::id).containsExactly("autunno");
      assertThat(idx.search(SearchRequest.filtersOnly().withDates(LocalDate.of(1925, 1, 1), LocalDate.of(1925, 1, 31)))
          .hits()).extracting(Hit::id).containsExactly("trotsky");
      // a winter is named by the year it starts in: January 1928 is in "1927-WI", and the year filter reaches it too
      assertThat(idx.search(SearchRequest.filtersOnly().withDates(LocalDate.of(1928, 1, 10), null)).hits())
          .extracting(Hit::id).containsExactly("inverno");
      assertThat(idx.search(SearchRequest.filtersOnly().withYears(1928, 1928)).hits()).extracting(Hit::id)
          .containsExactly("inverno");
    }
  }

  @Test
  void reindexingASourceReplacesItsPassages() throws IOException {
    try (PassageIndex idx = PassageIndex.open(dir)) {
      assertThat(idx.add(expelled())).isEqualTo(PassageIndex.Outcome.ADDED);
      idx.add(trotsky());
      idx.commit();
      int size = idx.size();
      assertThat(size).isEqualTo(3);
      assertThat(idx.add(expelled())).isEqualTo(PassageIndex.Outcome.UNCHANGED);
      idx.commit();
      assertThat(idx.size()).isEqualTo(size);

      ExtractedDocument edited = Passages.of("espulsi", "lotta/espulsi.txt",
          "Tre di loro furono espulsi dal partito.").build();
      assertThat(idx.add(edited)).isEqualTo(PassageIndex.Outcome.REPLACED);
      idx.add(edited);
      idx.commit();
      assertThat(idx.size()).isEqualTo(2);
      assertThat(idx.search(SearchRequest.of("pentimento")).total()).isZero();
      assertThat(idx.search(SearchRequest.of("espulsi")).total()).isEqualTo(1);
    }
    try (PassageIndex again = PassageIndex.open(dir)) {
      assertThat(again.add(trotsky())).isEqualTo(PassageIndex.Outcome.UNCHANGED);
      assertThat(again.size()).isEqualTo(2);
    }
  }

  @Test
  void nearDuplicatesCollapseUnlessAllIsAsked() throws IOException {
    ExtractedDocument other = Passages.of("copia", "copia.txt",
        "V. I. Lenin nella sua \"Lettera al Congresso\" nota negli ambienti del partito come \"testamento\" ha "
            + "dato caratteristiche a sei figure del suo entourage!").build();
    try (PassageIndex idx = indexed(Passages.of("lenin", "lenin.txt", TESTAMENT).build(), other)) {
      SearchResults collapsed = idx.search(SearchRequest.of("testamento"));
      assertThat(collapsed.total()).isEqualTo(3);
      assertThat(collapsed.hits()).hasSize(1);
      assertThat(collapsed.hits().get(0).duplicates()).isEqualTo(2);
      assertThat(collapsed.collapsed()).isEqualTo(2);

      SearchResults all = idx.search(SearchRequest.of("testamento").withAll(true));
      assertThat(all.hits()).hasSize(3);
      assertThat(all.collapsed()).isZero();
      assertThat(idx.search(SearchRequest.of("punti di vista")).hits()).hasSize(1);
    }
  }

  @Test
  void shortFormulaicSentencesAboutDifferentPeopleAreNotCollapsed() throws IOException {
    ExtractedDocument d = Passages.of("f", "f.txt",
        "Kamenev fu espulso dal partito nel 1927. Zinoviev fu espulso dal partito nel 1927.").build();
    try (PassageIndex idx = indexed(d)) {
      assertThat(idx.search(SearchRequest.of("espulso")).hits()).hasSize(2);
    }
  }

  @Test
  void facetsCountAllMatchingPassages() throws IOException {
    try (PassageIndex idx = indexed(trotsky(), expelled(), opposition())) {
      SearchResults r = idx.search(SearchRequest.filtersOnly().withYears(1900, 1999).withFacets(true)
          .withLimit(1));
      assertThat(r.hits()).hasSize(1);
      assertThat(r.facets().get("persons")).containsEntry("Lev Trotsky", 2).containsEntry("Lev Kamenev", 2);
      assertThat(r.facets().get("types")).containsEntry("EXPULSION", 1).containsEntry("REMOVAL", 1);
      assertThat(r.facets().get("organizations")).containsOnlyKeys("Partito Comunista dell'Unione Sovietica");
    }
  }

  @Test
  void uncommittedPassagesAreInvisibleAfterReopen() throws IOException {
    try (PassageIndex idx = PassageIndex.open(dir)) {
      idx.add(trotsky());
      idx.commit();
      idx.add(expelled());
      try (PassageIndex reader = PassageIndex.openReadOnly(dir)) {
        assertThat(reader.size()).isEqualTo(1);
      }
    }
    try (PassageIndex reopened = PassageIndex.openReadOnly(dir)) {
      assertThat(reopened.size()).isEqualTo(1);
      assertThat(reopened.search(SearchRequest.of("espulsi")).total()).isZero();
      assertThat(reopened.search(SearchRequest.of("dittatore")).total()).isEqualTo(1);
    }
  }

  @Test
  void refreshShowsUncommittedPassagesToThisProcessOnly() throws IOException {
    try (PassageIndex idx = indexed(trotsky())) {
      idx.add(expelled());
      assertThat(idx.search(SearchRequest.of("pentimento")).total()).isZero();
      idx.refresh();
      assertThat(idx.search(SearchRequest.of("pentimento")).total()).isEqualTo(1);
      try (PassageIndex other = PassageIndex.openReadOnly(dir)) {
        assertThat(other.search(SearchRequest.of("pentimento")).total()).isZero();
      }
    }
  }

  @Test
  void rebuildKeepsTheOldIndexReadableUntilItsFirstCommit() throws IOException {
    try (PassageIndex idx = indexed(trotsky(), expelled())) {
      assertThat(idx.size()).isEqualTo(3);
    }
    try (PassageIndex rebuilt = PassageIndex.create(dir); PassageIndex reader = PassageIndex.openReadOnly(dir)) {
      rebuilt.add(opposition());
      assertThat(reader.size()).isEqualTo(3);
      rebuilt.commit();
      reader.refresh();
      assertThat(reader.size()).isEqualTo(2);
      assertThat(reader.search(SearchRequest.of("dittatore")).total()).isZero();
    }
  }

  @Test
  void searchesRunWhileAnotherThreadIndexes() throws Exception {
    int docs = 120;
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try (PassageIndex idx = PassageIndex.open(dir)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      CountDownLatch started = new CountDownLatch(1);
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < docs; i++) {
          idx.add(Passages.of("d" + i, "doc" + i + ".txt", EXPELLED + " Documento numero " + i + ".").build());
          if (i % 10 == 9) {
            idx.commit();
            started.countDown();
          }
        }
        idx.commit();
        writing.set(false);
        return null;
      });
      List<Future<List<Long>>> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        readers.add(pool.submit(() -> {
          started.await(30, TimeUnit.SECONDS);
          List<Long> seen = new ArrayList<>();
          while (writing.get()) {
            seen.add(idx.search(SearchRequest.of("espulsi dal partito").withAll(true)).total());
          }
          return seen;
        }));
      }
      writer.get(60, TimeUnit.SECONDS);
      for (Future<List<Long>> r : readers) {
        List<Long> seen = r.get(60, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(seen);
        Collections.sort(sorted);
        assertThat(seen).isEqualTo(sorted).allMatch(n -> n >= 10 && n <= docs);
      }
      assertThat(idx.search(SearchRequest.of("espulsi dal partito").withAll(true)).total()).isEqualTo(docs);
      SearchResults collapsed = idx.search(SearchRequest.of("espulsi dal partito"));
      assertThat(collapsed.hits()).singleElement().extracting(Hit::duplicates).isEqualTo(docs - 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void badRequestsGetClearMessages() throws IOException {
    try (PassageIndex idx = indexed(trotsky())) {
      assertThatThrownBy(() -> idx.search(SearchRequest.of("\"espulso dal partito")))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("unbalanced quotes");
      assertThatThrownBy(() -> idx.search(SearchRequest.of("(espulso OR rimosso")))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("unbalanced parentheses");
      assertThatThrownBy(() -> idx.search(SearchRequest.of("espulso AND")))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("'espulso AND'");
      assertThatThrownBy(() -> idx.search(SearchRequest.filtersOnly()))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("filter");
    }
    assertThatThrownBy(() -> SearchRequest.of("x").withYears(1930, 1920))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("1930").hasMessageContaining("1920");
    assertThatThrownBy(() -> SearchRequest.of("x").withLimit(0)).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void missingOrForeignIndexesAreRefused() throws IOException {
    Path missing = dir.resolve("nothing-here");
    assertThatThrownBy(() -> PassageIndex.openReadOnly(missing)).isInstanceOf(PassageIndexException.class)
        .hasMessageContaining("no passage index at " + missing);
    assertThat(missing).doesNotExist();

    Path foreign = dir.resolve("foreign");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(foreign), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document d = new Document();
      d.add(new StringField("x", "y", Field.Store.YES));
      w.addDocument(d);
      w.commit();
    }
    assertThatThrownBy(() -> PassageIndex.openReadOnly(foreign)).isInstanceOf(PassageIndexException.class)
        .hasMessageContaining("not a passage index");
    assertThatThrownBy(() -> PassageIndex.open(foreign)).isInstanceOf(PassageIndexException.class)
        .hasMessageContaining("not a passage index");

    Path busy = dir.resolve("busy");
    try (PassageIndex writer = PassageIndex.open(busy)) {
      assertThatThrownBy(() -> PassageIndex.open(busy)).isInstanceOf(PassageIndexException.class)
          .hasMessageContaining("being written by another process");
      try (PassageIndex reader = PassageIndex.openReadOnly(busy)) {
        assertThat(reader.size()).isZero();
      }
    }

    Path notes = dir.resolve("notes");
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("appunti.txt"), "non un indice");
    assertThatThrownBy(() -> PassageIndex.open(notes)).isInstanceOf(PassageIndexException.class)
        .hasMessageContaining("not empty");
  }
}
