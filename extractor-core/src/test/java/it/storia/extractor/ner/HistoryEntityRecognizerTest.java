package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.at;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HistoryEntityRecognizerTest {
  private static String sample;
  private static List<Entity> entities;

  @BeforeAll
  static void extractSample() throws IOException {
    try (InputStream in = HistoryEntityRecognizerTest.class.getResourceAsStream("/devset/names/lotta.txt")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    entities = RulesOnly.extractor().extract(sample).entities();
  }

  @Test
  void initialsInEveryWrittenFormBelongToTheName() {
    for (String name : List.of("V.I. Lenin", "I. V. Stalin", "IV. Stalin", "LB Kamenev", "L.D. Trotsky",
        "N. I. Bukharin", "NI Bukharin", "AI Rykov", "G. E. Zinoviev", "NK Krupskaya")) {
      assertThat(at(sample, name, entities).type()).as(name).isEqualTo(EntityType.PERSON);
    }
  }

  @Test
  void truncatedNamesAreThePersonsNamedBefore() {
    Entity kam = at(sample, "Kam.", entities);
    Entity zin = at(sample, "Zin.", entities);
    assertThat(List.of(kam.type(), zin.type())).containsOnly(EntityType.PERSON);
    assertThat(sample.substring(kam.end(), zin.begin())).isEqualTo(" e ");
    for (String caps : List.of("TR.", "KAM.", "ZIN.")) {
      assertThat(at(sample, caps, entities).type()).isEqualTo(EntityType.PERSON);
    }
  }

  @Test
  void hyphenChainIsThreePersons() {
    int begin = sample.indexOf("Stalin-Zinoviev-Kamenev");
    List<String> inside = entities.stream().filter(e -> e.begin() >= begin && e.end() <= begin + 23)
        .map(e -> e.type() + ":" + e.text()).toList();
    assertThat(inside).containsExactly("PERSON:Stalin", "PERSON:Zinoviev", "PERSON:Kamenev");
  }

  @Test
  void derivedWordsAreNotNames() {
    for (String word : List.of("Trotskisti", "zinovieviti", "leninismo", "stalinista", "Troktsizm")) {
      int b = sample.indexOf(word);
      assertThat(b).as(word).isNotNegative();
      assertThat(entities).noneMatch(e -> e.overlaps(b, b + word.length()));
    }
  }

  @Test
  void partyAcronymsCongressesBodiesAndFactionsAreOrganisations() {
    for (String org : List.of("XIV Congresso del PCUS (b)", "Comitato centrale del PCR (b)",
        "XIII Congresso dell'RCP (b)", "14° Congresso del Partito", "Politburo", "OGPU", "Comintern",
        "Consiglio dei commissari del popolo", "nuova opposizione", "Comitato Centrale")) {
      assertThat(at(sample, org, entities).type()).as(org).isEqualTo(EntityType.ORGANIZATION);
    }
    String text = "Nel 1927 Trotsky fu espulso dal PCUS (b) e poi esiliato.";
    List<Entity> found = RulesOnly.extractor().extract(text).entities();
    assertThat(at(text, "PCUS (b)", found).type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void placesWithHistoricalNames() {
    for (String place : List.of("URSS", "Alma-Ata", "Leningrado", "Messico", "Siberia")) {
      assertThat(at(sample, place, entities).type()).as(place).isEqualTo(EntityType.LOCATION);
    }
  }

  @Test
  void offsetsPointIntoTheOriginalAndDoNotOverlap() {
    assertThat(entities).hasSizeGreaterThan(200);
    int last = 0;
    for (Entity e : entities) {
      assertThat(sample.substring(e.begin(), e.end())).isEqualTo(e.text());
      assertThat(e.begin()).isGreaterThanOrEqualTo(last);
      last = e.end();
    }
  }

  /** A stand-in statistical recogniser that tags given words as persons. */
  private static EntityRecognizer modelTagging(Predicate<String> isPerson) {
    return (AnalyzedText text) -> {
      List<Entity> out = new ArrayList<>();
      text.tokens().stream().filter(t -> isPerson.test(t.text())).forEach(t -> out.add(
          Entity.name(EntityType.PERSON, t.text(), t.begin(), t.end(), t.sentence(), 0.9)));
      return out;
    };
  }

  @Test
  void ruleSpansExtendModelSpansAndDerivedModelSpansAreDropped() {
    Extractor extractor = SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.over(
        modelTagging(w -> w.equals("Stalin") || w.equals("Trotskisti") || w.equals("Leninismo")))));
    String text = "Leninismo e potere. I.V. Stalin vinse. Trotskisti e zinovieviti furono espulsi.";
    List<Entity> found = extractor.extract(text).entities();
    assertThat(found).extracting(Entity::text).containsExactly("I.V. Stalin");
  }

  @Test
  void aNameFoundOnceIsTaggedEverywhereInTheDocument() {
    Extractor extractor = SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.over(
        modelTagging(new Predicate<>() {
          private boolean seen;

          @Override
          public synchronized boolean test(String w) {
            boolean first = w.equals("Derevianko") && !seen;
            seen |= first;
            return first;
          }
        }))));
    String text = "Il manuale di Derevianko uscì nel 2006. Lo scrisse A. Derevianko con altri. Derevianko insegnava.";
    List<Entity> found = extractor.extract(text).entities().stream()
        .filter(e -> e.type() != it.storia.extractor.model.EntityType.DATE).toList();
    assertThat(found).extracting(Entity::text).containsExactly("Derevianko", "A. Derevianko", "Derevianko");
    ExtractedDocument doc = extractor.extract(text);
    assertThat(doc.referents()).hasSize(1);
    assertThat(doc.referents().get(0).canonical()).isEqualTo("Derevianko");
  }

  @Test
  void enumerationsOfSurnamesNextToAKnownPersonArePersons() {
    String text = "Erano presenti i deputati Mussolini, Banelli, Albanese e Bilucaglia (Trieste), Mrach e R. Rocco.";
    List<Entity> found = RulesOnly.extractor().extract(text).entities();
    assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
        .containsExactly("Mussolini", "Banelli", "Albanese", "Bilucaglia", "Mrach", "R. Rocco");
    assertThat(at(text, "Trieste", found).type()).isEqualTo(EntityType.LOCATION);
    String opened = "Parlarono senatori come Giardino, Tamassia e Vitelli. I rappresentanti dei Sovieti tacquero.";
    assertThat(RulesOnly.extractor().extract(opened).entities()).extracting(e -> e.type() + ":" + e.text())
        .containsExactly("PERSON:Giardino", "PERSON:Tamassia", "PERSON:Vitelli");
  }

  @Test
  void titlesStayOutOfPersonSpans() {
    String text = "Parlò l'on. Giunta di Firenze; poi la Giunta provinciale si riunì con il senatore Salata.";
    List<Entity> found = RulesOnly.extractor().extract(text).entities();
    assertThat(found).extracting(e -> e.type() + ":" + e.text())
        .contains("PERSON:Giunta", "PERSON:Salata", "LOCATION:Firenze");
    String office = "Il ministro degli Esteri Sforza rispose al presidente del Consiglio militare rivoluzionario.";
    assertThat(RulesOnly.extractor().extract(office).entities()).extracting(e -> e.type() + ":" + e.text())
        .containsExactly("PERSON:Sforza", "ORGANIZATION:Consiglio militare rivoluzionario");
    String particle = "Parlò il ministro De Stefani. Lo riferisce l'agenzia Stefani.";
    assertThat(RulesOnly.extractor().extract(particle).entities()).extracting(e -> e.type() + ":" + e.text())
        .containsExactly("PERSON:De Stefani", "ORGANIZATION:Stefani");
  }

  @Test
  void theModelDecidesWhenAPlaceActsOrNamesAnOrganisation() {
    String text = "La Francia dichiarò guerra. L'Università di Genova chiuse. Parigi tacque.";
    Extractor extractor = SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.of(ModelStub.spans(text,
        EntityType.ORGANIZATION, "Francia", EntityType.ORGANIZATION, "Università di Genova",
        EntityType.PERSON, "Parigi"), HistoryRules.fromClasspath(), HistoryEntityRecognizer.ModelTrust.CONTEXT)));
    assertThat(extractor.extract(text).entities()).extracting(e -> e.type() + ":" + e.text()).containsExactly(
        "ORGANIZATION:Francia", "ORGANIZATION:Università di Genova", "LOCATION:Parigi");
    Extractor listsWin = ModelStub.overModel(text,
        EntityType.ORGANIZATION, "Francia", EntityType.ORGANIZATION, "guerra");
    assertThat(listsWin.extract(text).entities()).extracting(e -> e.type() + ":" + e.text()).containsExactly(
        "LOCATION:Francia", "ORGANIZATION:Università di Genova", "LOCATION:Parigi");
  }

  @Test
  void deGasperisTitlesParticlesAndPopesAreRead() {
    String text = "Il D.r Willi v. Walther parlò con l'onor. Graziadei e il viceprefetto Chiaromonte. Quando "
        + "Giacomo Della Chiesa entrò, il cardinale Della Chiesa tacque. II. Protesta contro il Chiaromonte.";
    assertThat(RulesOnly.extractor().extract(text).entities()).extracting(e -> e.type() + ":" + e.text())
        .containsExactly("PERSON:Willi v. Walther", "PERSON:Graziadei", "PERSON:Chiaromonte",
            "PERSON:Giacomo Della Chiesa", "PERSON:Della Chiesa", "PERSON:Chiaromonte");
  }

  @Test
  void modelSpansAreReadAsTheRulesWouldReadThem() {
    String text = "Zinoviev e Kamenev. KAM e ZIN furono riammessi. Il Tirolo votò. La \"Lettera al Congresso\". "
        + "Parlò la Camera. Col nome di Benedetto XV. La sua figura. e) scissioni nella Democrazia Cristiana f) "
        + "dimissioni.";
    Extractor extractor = ModelStub.overModel(text,
        EntityType.PERSON, "KAM", EntityType.ORGANIZATION, "ZIN", EntityType.ORGANIZATION, "Il Tirolo",
        EntityType.ORGANIZATION, "Congresso", EntityType.PERSON, "Benedetto XV.", EntityType.ORGANIZATION,
        "Democrazia Cristiana f");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(found).filteredOn(e -> e.type() != EntityType.DATE).extracting(e -> e.type() + ":" + e.text())
        .containsExactly("PERSON:Zinoviev", "PERSON:Kamenev", "PERSON:KAM", "PERSON:ZIN", "LOCATION:Tirolo",
            "ORGANIZATION:Camera", "PERSON:Benedetto XV", "ORGANIZATION:Democrazia Cristiana");
  }

  @Test
  void initialsBeforeAnArticleAreNotAPerson() {
    String text = "Dopo la morte di V.I. La \"Lettera al Congresso\" di Lenin fu segnalata ai delegati.";
    Extractor extractor = ModelStub.overModel(text, EntityType.PERSON, "V.I. La", EntityType.PERSON, "Lenin");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(found).noneMatch(e -> e.text().startsWith("V.I."));
    assertThat(at(text, "Lenin", found).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aCommonNounOpeningAQuotedTitleIsNotAName() {
    String text = "Classificazione e caratteristiche della categoria \"Lotta intrapartitica dopo la morte di Lenin\". "
        + "Il giornale \"Pravda\" pubblicò la lettera.";
    Extractor extractor = ModelStub.overModel(text,
        EntityType.ORGANIZATION, "Lotta", EntityType.PERSON, "Lenin", EntityType.ORGANIZATION, "Pravda");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(found).noneMatch(e -> e.text().equals("Lotta"));
    assertThat(at(text, "Lenin", found).type()).isEqualTo(EntityType.PERSON);
    assertThat(at(text, "Pravda", found).type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void personsAfterAbbreviatedTitlesArePersonsNotPlaces() {
    String text = "Nell’assemblea che seguì venne nominato il comm. Larcher, reggente della Federazione fascista; "
        + "il cons. Artel abbandonò la regione e il dott. Detassis s’era dimesso. Il più sconfitto era il d.r "
        + "Lanzerotti, che presiedeva il comizio con l’avv. Carbonari e il prof. Menestrina; parlarono poi mons. "
        + "Endrici, il sen. Conci e il gen. Pecori Giraldi.";
    List<Entity> found = SharedPipeline.defaults().extract(text).entities();
    for (String person : List.of("Larcher", "Artel", "Detassis", "Lanzerotti", "Carbonari", "Menestrina",
        "Endrici", "Conci", "Pecori Giraldi")) {
      assertThat(at(text, person, found).type()).as(person).isEqualTo(EntityType.PERSON);
    }
    assertThat(found).noneMatch(e -> e.type() == EntityType.LOCATION);
  }

  @Test
  void bodiesKeepTheirAdjectivesComplementsAndPlace() {
    String text = "L’opera del Comitato governativo di Treviso, del Genio militare e della Commissione "
        + "parlamentare d’inchiesta fu lodata. Il Consiglio economico e il Consiglio comunale di Trento tacquero. "
        + "Votò la Camera dei deputati di Vienna.";
    List<Entity> found = RulesOnly.extractor().extract(text).entities();
    for (String org : List.of("Comitato governativo di Treviso", "Genio militare",
        "Commissione parlamentare d’inchiesta", "Consiglio economico", "Consiglio comunale di Trento",
        "Camera dei deputati")) {
      assertThat(at(text, org, found).type()).as(org).isEqualTo(EntityType.ORGANIZATION);
    }
    assertThat(at(text, "Vienna", found).type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aRomanNumberOpeningAHeadingIsNoInitial() {
    String text = "I. Comunicazioni riguardo alla decisione luogotenenziale. I. Menestrina rispose.";
    List<Entity> found = RulesOnly.extractor().extract(text).entities();
    assertThat(found).extracting(e -> e.type() + ":" + e.text()).containsExactly("PERSON:I. Menestrina");
  }

  @Test
  void modelSpansLoseTitlesTrailingOfWordsAndLowerCaseBodies() {
    String text = "Da quando De Gasperi succedette a don Sturzo. Caro Micheli, scrivo. La Società Anonima di "
        + "navigazione fallì. Il presidente della giunta regionale e il partito popolare. Sottolinea la presenza "
        + "dei sottosegretari Russo e Ferrari Aggradi.";
    Extractor extractor = ModelStub.overModel(text,
        EntityType.PERSON, "don Sturzo", EntityType.PERSON, "Caro Micheli", EntityType.ORGANIZATION,
        "Società Anonima di", EntityType.ORGANIZATION, "giunta regionale", EntityType.ORGANIZATION,
        "partito popolare", EntityType.ORGANIZATION, "Ferrari Aggradi");
    assertThat(extractor.extract(text).entities()).filteredOn(e -> e.type() != EntityType.DATE)
        .extracting(e -> e.type() + ":" + e.text()).containsExactly("PERSON:De Gasperi", "PERSON:Sturzo",
            "PERSON:Micheli", "ORGANIZATION:Società Anonima", "ORGANIZATION:partito popolare", "PERSON:Russo",
            "PERSON:Ferrari Aggradi");
  }

  @Test
  void aModelPersonTakesTheUnlistedSecondSurnameAfterIt() {
    String text = "Entra Ferrari Aggradi. Parlò Nenni Roma ascoltava.";
    Extractor extractor = ModelStub.overModel(text, EntityType.PERSON, "Ferrari", EntityType.PERSON, "Nenni");
    assertThat(extractor.extract(text).entities()).filteredOn(e -> e.type() != EntityType.DATE)
        .extracting(e -> e.type() + ":" + e.text())
        .containsExactly("PERSON:Ferrari Aggradi", "PERSON:Nenni", "LOCATION:Roma");
  }

  @Test
  void theAuthorOfABookIsAPersonEvenWhereTheModelReadsAPlace() {
    for (String name : List.of("Thot", "Thoth")) {
      String text = "La lotta nel partito fu contro il partito nel suo insieme (come è scritto nel libro di testo di "
          + name + "!). Poi Stalin vinse.";
      Extractor extractor = ModelStub.overModel(text, EntityType.LOCATION, name);
      assertThat(at(text, name, extractor.extract(text).entities()).type()).as(name).isEqualTo(EntityType.PERSON);
    }
    String place = "Il libro di Mosca non è un testo di storia.";
    assertThat(RulesOnly.extractor().extract(place).entities()).extracting(e -> e.type() + ":" + e.text())
        .containsExactly("LOCATION:Mosca");
  }

  @Test
  void statesAndGeographicNamesArePlaces() {
    String text = "Il Consiglio dei ministri estese alle Nuove Provincie l'ordinamento del Regno d'Italia. "
        + "Trieste era la metropoli dell'Impero austriaco (dal 1867 Impero austro-ungarico). "
        + "Si discusse del Territorio libero di Trieste. Il fronte andava dal Mare del Nord alla Svizzera, "
        + "oltre il Lago di Garda. Il Regno con quelle terre tacque. Vi era tutto il vecchio Süd Tirol.";
    List<Entity> found = RulesOnly.extractor().extract(text).entities();
    for (String place : List.of("Regno d'Italia", "Impero austriaco", "Impero austro-ungarico",
        "Territorio libero di Trieste", "Mare del Nord", "Lago di Garda", "Süd Tirol")) {
      assertThat(at(text, place, found).type()).as(place).isEqualTo(EntityType.LOCATION);
    }
    assertThat(found).extracting(Entity::text).as("a state's head alone is no name").doesNotContain("Regno");
  }

  @Test
  void anAdjectiveMayStandBetweenTheArticleAndABodyAlone() {
    String text = "Il nuovo Governo venne al potere e l'attuale Parlamento tacque. Un nuovo Governo verrà.";
    List<Entity> found = RulesOnly.extractor().extract(text).entities();
    assertThat(found).extracting(e -> e.type() + ":" + e.text())
        .containsExactly("ORGANIZATION:Governo", "ORGANIZATION:Parlamento");
    assertThat(found.get(0).begin()).isEqualTo(text.indexOf("Governo"));
  }

  @Test
  void aDoubleBarrelledSurnameIsOnePerson() {
    String text = "Renato Fülöp-Miller è nato nel 1891 in Transilvania. Parlò poi Reut-Nicolussi. "
        + "Lo scontro Stalin-Zinoviev fu aspro.";
    Extractor extractor = ModelStub.overModel(text,
        EntityType.PERSON, "Renato Fülöp", EntityType.PERSON, "Miller", EntityType.LOCATION, "Reut",
        EntityType.PERSON, "Nicolussi");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(at(text, "Renato Fülöp-Miller", found).type()).isEqualTo(EntityType.PERSON);
    assertThat(at(text, "Reut-Nicolussi", found).type()).isEqualTo(EntityType.PERSON);
    assertThat(at(text, "Stalin", found).type()).as("listed persons stay apart").isEqualTo(EntityType.PERSON);
    assertThat(at(text, "Zinoviev", found).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aDoubleGivenNameIsOnePersonWithItsSurname() {
    String text = "Il cardinale Jean-Siffrein Maury fu nominato arcivescovo di Parigi. "
        + "Jean-Paul Sartre rifiutò il premio. Lo scontro Stalin-Zinoviev Kamenev fu aspro.";
    Extractor extractor = ModelStub.overModel(text,
        EntityType.PERSON, "Jean", EntityType.PERSON, "Siffrein Maury", EntityType.PERSON, "Paul Sartre",
        EntityType.PERSON, "Zinoviev Kamenev");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(at(text, "Jean-Siffrein Maury", found).type()).isEqualTo(EntityType.PERSON);
    assertThat(at(text, "Jean-Paul Sartre", found).type()).as("an untagged first name joins too")
        .isEqualTo(EntityType.PERSON);
    assertThat(found).extracting(Entity::text).as("a listed person after the hyphen stays apart")
        .doesNotContain("Stalin-Zinoviev Kamenev");
  }

  @Test
  void aPlaceNamedAsANewspaperIsTheNewspaperInTheWholeDocument() {
    String text = "I lettori ricorderanno un articolo dell'Alto Adige contro di noi. Abbiamo chiesto conto "
        + "all'Alto Adige di tali offese, ma l'Alto Adige fece il sordo.";
    List<Entity> found = RulesOnly.extractor().extract(text).entities();
    assertThat(found).extracting(e -> e.type() + ":" + e.text()).containsExactly("ORGANIZATION:Alto Adige",
        "ORGANIZATION:Alto Adige", "ORGANIZATION:Alto Adige");
    String region = "La Ladinia fu staccata dall'Alto Adige. Un articolo della legge lo vieta.";
    assertThat(at(region, "Alto Adige", RulesOnly.extractor().extract(region).entities()).type())
        .isEqualTo(EntityType.LOCATION);
  }

  @Test
  void slavicSurnameEndingsMakeAModelsOneWordNameAPerson() {
    String text = "Curò le edizioni di Tolstoi e di Dostojewsky. La flotta partì da Copenaghen.";
    Extractor extractor = ModelStub.overModel(text,
        EntityType.ORGANIZATION, "Dostojewsky", EntityType.ORGANIZATION, "flotta");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(at(text, "Dostojewsky", found).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void sentenceOpeningInterrogativesAreNoNames() {
    String text = "3. Quale fu l'agire dei liberali? 4. Qual è l'offesa che resta scolpita?";
    Extractor extractor = ModelStub.overModel(text, EntityType.PERSON, "Qual");
    assertThat(extractor.extract(text).entities()).extracting(Entity::text).doesNotContain("Qual", "Quale");
  }

  @Test
  void theSignerOfAnArticleIsAPerson() {
    String text = "L'articolo era firmato da «Audax» e pareva venisse dall'altipiano. Il trattato fu firmato da Italia "
        + "e Francia.";
    Extractor extractor = ModelStub.overModel(text, EntityType.ORGANIZATION, "Audax");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(at(text, "Audax", found).type()).isEqualTo(EntityType.PERSON);
    assertThat(at(text, "Italia", found).type()).as("listed places sign treaties").isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aRulerKeepsRegnalNumberAndEpithetButNotHisRealm() {
    String text = "Nel 1129 vi si accampò Ruggero II di Sicilia contro Benevento. La lista inizia con Pipino il Breve, "
        + "figlio di Carlo Martello. Le corti di Gustavo IV Adolfo di Svezia e di Carlo XIII usarono il palazzo. "
        + "Il 13 dicembre 1532 accompagnò Carlo V d'Asburgo a Bologna.";
    Extractor extractor = ModelStub.overModel(text,
        EntityType.PERSON, "II", EntityType.LOCATION, "Pipino", EntityType.PERSON, "IV Adolfo di Svezia",
        EntityType.PERSON, "Carlo V d'Asburgo");
    List<Entity> found = extractor.extract(text).entities();
    for (String ruler : List.of("Ruggero II", "Pipino il Breve", "Gustavo IV Adolfo", "Carlo XIII", "Carlo V")) {
      assertThat(at(text, ruler, found).type()).as(ruler).isEqualTo(EntityType.PERSON);
    }
    assertThat(at(text, "Sicilia", found).type()).isEqualTo(EntityType.LOCATION);
    assertThat(at(text, "Svezia", found).type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void numberedHeadingsAndSectionsAreNoRulers() {
    String text = "ATTO I Agosto 1912. Il Capitolo II tratta della guerra. Si veda la Parte III del volume.";
    assertThat(RulesOnly.extractor().extract(text).entities()).extracting(Entity::type)
        .doesNotContain(EntityType.PERSON);
  }

  @Test
  void aRelativeNamedAfterAKinshipNounIsAPerson() {
    String text = "Egidio, padre di Siagrio, governò la parte settentrionale della Gallia. Il figlio di Roma "
        + "tornò in patria.";
    Extractor extractor = ModelStub.overModel(text, EntityType.LOCATION, "Siagrio");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(at(text, "Siagrio", found).type()).isEqualTo(EntityType.PERSON);
    assertThat(at(text, "Roma", found).type()).as("a listed place stays a place").isEqualTo(EntityType.LOCATION);
  }

  @Test
  void theSubjectOfAPersonsVerbIsAPerson() {
    String text = "Dopo la conquista dell'Italia, Teodorico morì a Ravenna nel 526. Qui nacque nel 1856 il poeta "
        + "Severino Ferrari.";
    Extractor extractor = ModelStub.overModel(text, EntityType.LOCATION, "Teodorico");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(at(text, "Teodorico", found).type()).isEqualTo(EntityType.PERSON);
    assertThat(found).extracting(Entity::text).doesNotContain("Qui");
  }

  @Test
  void aRiverNameLeavesTheLowerCaseNounOut() {
    String text = "La battaglia avvenne nel 1017 presso il fiume Bug, poco a nord di Kiev.";
    Extractor extractor = ModelStub.overModel(text, EntityType.LOCATION, "fiume Bug");
    assertThat(at(text, "Bug", extractor.extract(text).entities()).type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aCountryOfItsRulerIsAPlaceAndAPerson() {
    String text = "La Norvegia di Vidkun Quisling consegnò quasi tutti gli ebrei rimasti. La Camera di Commercio tacque.";
    Extractor extractor = ModelStub.overModel(text, EntityType.LOCATION, "Norvegia di Vidkun Quisling");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(at(text, "Norvegia", found).type()).isEqualTo(EntityType.LOCATION);
    assertThat(at(text, "Vidkun Quisling", found).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void anUnknownNameBesideAModelPersonAfterTraIsAPerson() {
    String text = "La battaglia tra Svjatopolk e Jaroslav avvenne nel 1017. L'accordo tra Roma e Berlino fu firmato.";
    Extractor extractor = ModelStub.overModel(text, EntityType.PERSON, "Jaroslav");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(at(text, "Svjatopolk", found).type()).isEqualTo(EntityType.PERSON);
    assertThat(at(text, "Berlino", found).type()).as("listed places stay places").isEqualTo(EntityType.LOCATION);
  }
}
