package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternEventExtractorTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<Event> events(String text, String... entities) {
    return Texts.events(EXTRACTOR, text, entities);
  }

  private static List<String> names(Event e, String role) {
    return e.arguments().stream().filter(a -> a.role().equals(role))
        .map(a -> a.canonical() != null ? a.canonical() : a.text()).collect(Collectors.toList());
  }

  private static Event only(List<Event> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void passiveFormsInEveryTenseMakeTheSubjectThePatient() {
    for (String verb : List.of("fu espulso", "venne espulso", "è stato espulso", "era stato espulso")) {
      Event e = only(events("L.D. Trotsky " + verb + " dal partito.", "PER:L.D. Trotsky=Trotsky"));
      assertThat(e.type()).isEqualTo("EXPULSION");
      assertThat(e.trigger().text()).isEqualTo(verb);
      assertThat(e.trigger().lemma()).isEqualTo("espellere");
      assertThat(names(e, "patient")).containsExactly("Trotsky");
      assertThat(names(e, "organization")).containsExactly("partito");
    }
    Event plural = only(events("Zinoviev e Kamenev furono espulsi dal partito nel 1927.", "PER:Zinoviev",
        "PER:Kamenev", "DATE:1927=1927"));
    assertThat(names(plural, "patient")).containsExactly("Zinoviev", "Kamenev");
    assertThat(plural.date().value()).isEqualTo("1927");
    assertThat(plural.date().inferred()).isFalse();
    Event sono = only(events("Bucharin e Rykov sono stati espulsi.", "PER:Bucharin", "PER:Rykov"));
    assertThat(sono.trigger().text()).isEqualTo("sono stati espulsi");
    assertThat(names(sono, "patient")).containsExactly("Bucharin", "Rykov");
  }

  @Test
  void activeAndCompoundFormsMakeTheSubjectTheAgentAndTheObjectThePatient() {
    Event e = only(events("Stalin espulse Trotsky dal partito.", "PER:Stalin", "PER:Trotsky"));
    assertThat(names(e, "agent")).containsExactly("Stalin");
    assertThat(names(e, "patient")).containsExactly("Trotsky");
    Event c = only(events("Il congresso ha espulso Trotsky.", "PER:Trotsky"));
    assertThat(c.trigger().text()).isEqualTo("ha espulso");
    assertThat(names(c, "patient")).containsExactly("Trotsky");
    Event d = only(events("Il XV Congresso del PCUS (b) tenutosi a dicembre ha deciso di espellere tutti gli "
        + "oppositori dal partito.", "ORG:XV Congresso del PCUS (b)", "DATE:dicembre=1927-12"));
    assertThat(d.trigger().text()).isEqualTo("espellere");
    assertThat(d.modality()).isNull();
    assertThat(names(d, "agent")).containsExactly("XV Congresso del PCUS (b)");
    assertThat(d.date().value()).isEqualTo("1927-12");
  }

  @Test
  void reflexiveVerbsAndCoordinatedSubjects() {
    Event e = only(events("Zinoviev e Kamenev si unirono contro Stalin.", "PER:Zinoviev", "PER:Kamenev",
        "PER:Stalin"));
    assertThat(e.type()).isEqualTo("ALLIANCE");
    assertThat(e.trigger().text()).isEqualTo("si unirono");
    assertThat(names(e, "agent")).containsExactly("Zinoviev", "Kamenev");
    assertThat(names(e, "patient")).containsExactly("Stalin");
    List<Event> two = events("Nel 1926 L.D. Trotsky, G.E. Zinoviev e L.B. Kamenev si è radunato per combattere "
        + "I.V. Stalin.", "PER:L.D. Trotsky=Trotsky", "PER:G.E. Zinoviev=Zinoviev", "PER:L.B. Kamenev=Kamenev",
        "PER:I.V. Stalin=Stalin", "DATE:1926=1926");
    assertThat(two).extracting(Event::type).containsExactly("ALLIANCE", "OPPOSITION");
    assertThat(names(two.get(0), "agent")).containsExactly("Trotsky", "Zinoviev", "Kamenev");
    assertThat(names(two.get(1), "agent")).containsExactly("Trotsky", "Zinoviev", "Kamenev");
    assertThat(names(two.get(1), "patient")).containsExactly("Stalin");
    assertThat(two.get(1).date().value()).isEqualTo("1926");
    assertThat(two.get(1).date().inferred()).isTrue();
    Event sciolse = only(events("Nell'autunno del 1925 il triumvirato Stalin-Zinoviev-Kamenev si sciolse.",
        "PER:Stalin", "PER:Zinoviev", "PER:Kamenev", "DATE:autunno del 1925=1925-FA"));
    assertThat(sciolse.type()).isEqualTo("DISSOLUTION");
    assertThat(names(sciolse, "patient")).containsExactly("Stalin", "Zinoviev", "Kamenev");
  }

  @Test
  void theSubjectCarriesOverToALaterVerbWithItsOwnDateAndPlace() {
    List<Event> ev = events("LD Trotsky fu esiliato ad Alma-Ata nel 1928 e nel 1929 fu deportato dall'URSS.",
        "PER:LD Trotsky=Trotsky", "LOC:Alma-Ata", "LOC:URSS", "DATE:1928=1928", "DATE:1929=1929");
    assertThat(ev).extracting(Event::type).containsExactly("EXILE", "EXILE");
    assertThat(names(ev.get(0), "patient")).containsExactly("Trotsky");
    assertThat(names(ev.get(0), "location")).containsExactly("Alma-Ata");
    assertThat(ev.get(0).date().value()).isEqualTo("1928");
    assertThat(names(ev.get(1), "patient")).containsExactly("Trotsky");
    assertThat(names(ev.get(1), "location")).containsExactly("URSS");
    assertThat(ev.get(1).date().value()).isEqualTo("1929");
    assertThat(ev.get(1).date().inferred()).isFalse();
  }

  @Test
  void participlesWithoutAuxiliaryArePassive() {
    List<Event> ev = events("Nell'estate-autunno del 1926 TR., KAM., ZIN., ritirato dal Politburo, ZIN. rimosso "
        + "dalla carica di presidente del Comintern.", "PER:TR.=Trotsky", "PER:KAM.=Kamenev", "PER:ZIN.=Zinoviev",
        "ORG:Politburo", "ORG:Comintern", "DATE:estate-autunno del 1926=1926");
    assertThat(ev).extracting(Event::type).containsExactly("REMOVAL", "REMOVAL");
    assertThat(names(ev.get(0), "patient")).containsExactly("Trotsky", "Kamenev", "Zinoviev");
    assertThat(names(ev.get(0), "organization")).containsExactly("Politburo");
    assertThat(names(ev.get(1), "patient")).containsExactly("Zinoviev");
    assertThat(names(ev.get(1), "position")).containsExactly("presidente");
  }

  @Test
  void negationDropsTheEventAndProposalsAreMarked() {
    assertThat(events("Trotsky non fu espulso dal partito.", "PER:Trotsky")).isEmpty();
    assertThat(events("Il partito non lo ha mai espulso.")).isEmpty();
    Event p = only(events("Stalin è troppo rude. Lenin propose di spostarlo da questo incarico.", "PER:Stalin",
        "PER:Lenin"));
    assertThat(p.type()).isEqualTo("REMOVAL");
    assertThat(p.modality()).isEqualTo("proposed");
    assertThat(names(p, "agent")).containsExactly("Lenin");
    assertThat(names(p, "patient")).containsExactly("Stalin");
    Event t = only(events("Il governo minacciò di sciogliere il partito."));
    assertThat(t.type()).isEqualTo("DISSOLUTION");
    assertThat(t.modality()).isEqualTo("proposed");
    Event n = only(events("Lenin insistette per la rimozione di Stalin dalla carica di segretario generale.",
        "PER:Lenin", "PER:Stalin"));
    assertThat(n.modality()).isEqualTo("proposed");
    assertThat(names(n, "patient")).containsExactly("Stalin");
    assertThat(names(n, "position")).containsExactly("segretario generale");
  }

  @Test
  void nominalisationsTakeTheirArgumentsFromDiAndDa() {
    Event e = only(events("Tutti chiedevano l'espulsione di Trotsky.", "PER:Trotsky"));
    assertThat(e.type()).isEqualTo("EXPULSION");
    assertThat(e.trigger().text()).isEqualTo("espulsione");
    assertThat(names(e, "patient")).containsExactly("Trotsky");
    List<Event> ev = events("Sono iniziate le esclusioni dal partito, gli arresti, le espulsioni di membri del "
        + "gruppo di opposizione.");
    assertThat(ev).extracting(Event::type).containsExactly("EXPULSION", "ARREST", "EXPULSION");
    assertThat(names(ev.get(0), "organization")).containsExactly("partito");
    Event s = only(events("Da qui la scissione della troika."));
    assertThat(s.type()).isEqualTo("DISSOLUTION");
    assertThat(names(s, "patient")).containsExactly("troika");
    Event m = only(events("Durante la malattia di Lenin e dopo la sua morte, si svolse una lotta per il potere.",
        "PER:Lenin"));
    assertThat(m.type()).isEqualTo("DEATH");
    assertThat(names(m, "patient")).containsExactly("Lenin");
  }

  @Test
  void simpleAnaphoraIsResolvedToTheNearestFittingPersons() {
    Event last = only(events("Il ruolo principale fu svolto dalla troika: G. E. Zinoviev - L. B. Kamenev - I. V. "
        + "Stalin. Su loro insistenza, quest'ultimo fu lasciato alla carica di segretario generale del partito.",
        "PER:G. E. Zinoviev=Zinoviev", "PER:L. B. Kamenev=Kamenev", "PER:I. V. Stalin=Stalin"));
    assertThat(last.type()).isEqualTo("APPOINTMENT");
    assertThat(names(last, "patient")).containsExactly("Stalin");
    assertThat(last.arguments().get(0).text()).isEqualTo("quest'ultimo");
    List<Event> three = events("Nel 1926 TR., KAM., ZIN., ritirato dal Politburo. Tre di loro furono espulsi dal "
        + "partito.", "PER:TR.=Trotsky", "PER:KAM.=Kamenev", "PER:ZIN.=Zinoviev", "ORG:Politburo");
    assertThat(names(three.get(1), "patient")).containsExactly("Trotsky", "Kamenev", "Zinoviev");
    Event leaders = events("Kamenev e Zinoviev si unirono nella nuova opposizione. Al congresso la nuova "
        + "opposizione ha subito una sconfitta, i suoi leader hanno perso le loro alte cariche.", "PER:Kamenev",
        "PER:Zinoviev").get(2);
    assertThat(leaders.type()).isEqualTo("REMOVAL");
    assertThat(names(leaders, "patient")).containsExactly("Kamenev", "Zinoviev");
  }

  @Test
  void aDroppedSubjectIsTakenFromTheSentenceBefore() {
    List<Event> ev = events("LD Trotsky fu deportato dall'URSS. Nel 1940 fu ucciso in Messico da un agente.",
        "PER:LD Trotsky=Trotsky", "LOC:URSS", "LOC:Messico", "DATE:1940=1940");
    Event death = ev.get(1);
    assertThat(death.type()).isEqualTo("DEATH");
    assertThat(names(death, "patient")).containsExactly("Trotsky");
    assertThat(names(death, "agent")).containsExactly("un agente");
    assertThat(names(death, "location")).containsExactly("Messico");
  }

  @Test
  void aDateFromEarlierInTheParagraphIsMarkedInferredAndDoesNotCrossParagraphs() {
    List<Event> ev = events("La cosiddetta opposizione unita alla fine del 1927 fu sconfitta. Tutti i "
        + "rappresentanti di spicco di questo blocco furono espulsi dal partito.\n\nTrotsky fu arrestato.",
        "ORG:opposizione unita", "PER:Trotsky", "DATE:fine del 1927=1927");
    assertThat(ev).extracting(Event::type).containsExactly("DEFEAT", "EXPULSION", "ARREST");
    assertThat(ev.get(0).date().inferred()).isFalse();
    assertThat(ev.get(1).date().value()).isEqualTo("1927");
    assertThat(ev.get(1).date().inferred()).isTrue();
    assertThat(ev.get(2).date()).isNull();
  }

  @Test
  void withoutEntitiesTriggersAreStillFoundAndArgumentsStayUntyped() {
    List<Event> ev = events("L.D. Trotsky fu espulso dal partito e nel 1929 fu esiliato in Messico.");
    assertThat(ev).extracting(Event::type).containsExactly("EXPULSION", "EXILE");
    assertThat(ev.get(0).date()).isNull();
    EventArgument place = ev.get(1).arguments().stream().filter(a -> a.role().equals("location")).findFirst()
        .orElseThrow();
    assertThat(place.text()).isEqualTo("Messico");
    assertThat(place.type()).isNull();
  }

  @Test
  void wordsThatOnlyLookLikeTriggersAreNotEvents() {
    assertThat(events("Il referendum, fondato su un previo accordo, portò ad un risultato definitivo.")).isEmpty();
    assertThat(events("La lotta di fazioni continuò a lungo.")).isEmpty();
    assertThat(events("Lenin perse la pazienza.", "PER:Lenin")).isEmpty();
  }

  @Test
  void posTagsAndDeterminersChooseBetweenNounAndParticipleReadings() {
    Event noun = only(events("Fu grave la sconfitta di Trotsky.", "PER:Trotsky"));
    assertThat(noun.type()).isEqualTo("DEFEAT");
    assertThat(names(noun, "patient")).containsExactly("Trotsky");
    Texts.Doc d = Texts.doc("Sconfitta di Trotsky.", "PER:Trotsky");
    assertThat(names(only(EXTRACTOR.extract(d.analyzed(), d.entities())), "patient")).isEmpty();
    List<it.storia.extractor.model.Token> tagged = new java.util.ArrayList<>();
    for (it.storia.extractor.model.Token tok : d.analyzed().tokens()) {
      tagged.add(tok.text().equals("Sconfitta") ? tok.withTags("NOUN", "sconfitta", tok.words()) : tok);
    }
    Event withPos = only(EXTRACTOR.extract(d.analyzed().withTokens(tagged), d.entities()));
    assertThat(names(withPos, "patient")).containsExactly("Trotsky");
  }

  @Test
  void usersCanAddTypesAndTriggersFromADirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("types.tsv"), read("types.tsv") + "CONVERSION\tchanged faith\n");
    Files.writeString(dir.resolve("triggers.tsv"), read("triggers.tsv") + "CONVERSION\tconvertire\tire=convert\n");
    PatternEventExtractor custom = PatternEventExtractor.load(dir);
    Texts.Doc d = Texts.doc("Nel 1838 Donoso Cortes si convertì alla reazione.", "PER:Donoso Cortes",
        "DATE:1838=1838");
    Event e = only(custom.extract(d.analyzed(), d.entities()));
    assertThat(e.type()).isEqualTo("CONVERSION");
    assertThat(e.trigger().text()).isEqualTo("si convertì");
    assertThat(e.date().value()).isEqualTo("1838");
    assertThat(EXTRACTOR.extract(d.analyzed(), d.entities())).isEmpty();
  }

  @Test
  void badDataFilesNameTheFileLineAndValue(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("triggers.tsv"), "MARRIAGE\tsposare\tare=spos\n");
    assertThatThrownBy(() -> PatternEventExtractor.load(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("triggers.tsv:1").hasMessageContaining("MARRIAGE");
    Files.delete(dir.resolve("triggers.tsv"));
    Files.writeString(dir.resolve("patterns.txt"), "broken : [class=nosuch] @T => voice=passive\n");
    assertThatThrownBy(() -> PatternEventExtractor.load(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patterns.txt:1").hasMessageContaining("nosuch");
    Files.writeString(dir.resolve("patterns.txt"), "broken : [word=fu] @T => subject=$S\n");
    assertThatThrownBy(() -> PatternEventExtractor.load(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$S");
  }

  private static String read(String name) throws IOException {
    try (InputStream in = PatternEventExtractor.class.getResourceAsStream("/it/storia/extractor/event/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aParagraphOpeningAtTheSameTimeTakesThePreviousParagraphsDate() {
    String first = "Nella primavera del 1926 Trotsky, Zinoviev e Kamenev crearono l'opposizione unita.\n\n";
    List<Event> same = events(first + "Allo stesso tempo, sono iniziate le esclusioni dal partito e gli arresti.",
        "PER:Trotsky", "PER:Zinoviev", "PER:Kamenev", "DATE:primavera del 1926=1926-SP");
    assertThat(same).extracting(Event::type).containsExactly("FOUNDING", "EXPULSION", "ARREST");
    assertThat(same.get(2).date().value()).isEqualTo("1926-SP");
    assertThat(same.get(2).date().inferred()).isTrue();
    List<Event> other = events(first + "Sono iniziate le esclusioni dal partito e gli arresti.",
        "PER:Trotsky", "PER:Zinoviev", "PER:Kamenev", "DATE:primavera del 1926=1926-SP");
    assertThat(other.subList(1, 3)).extracting(Event::date).containsOnlyNulls();
  }

  @Test
  void aDroppedSubjectIsThePersonInSubjectPositionEvenAcrossAParagraphBreak() {
    List<Event> ev = events("Stalin formò una troika. Allo stesso tempo, cercò un contatto con Bucharin. "
        + "Insieme a questi alleati, si oppose a Trotsky.", "PER:Stalin", "PER:Bucharin", "PER:Trotsky");
    assertThat(ev).extracting(Event::type).containsExactly("ALLIANCE", "OPPOSITION");
    Event opposed = ev.get(1);
    assertThat(opposed.type()).isEqualTo("OPPOSITION");
    assertThat(names(opposed, "agent")).containsExactly("Stalin");
    assertThat(names(opposed, "patient")).containsExactly("Trotsky");
    Event accused = only(events("Trotsky fu uno dei primi ad attirare l'attenzione su questo.\n\n"
        + "Nell'ottobre 1923 accusò la segreteria.", "PER:Trotsky", "DATE:ottobre 1923=1923-10"));
    assertThat(accused.type()).isEqualTo("ACCUSATION");
    assertThat(names(accused, "agent")).containsExactly("Trotsky");
  }

  @Test
  void lifeSpansAndYearlessDatesDateNoEvent() {
    Event founded = only(events("Fondata da Zhìyǐ (538 - 597) nel VI secolo, la scuola ebbe molti patriarchi.",
        "PER:Zhìyǐ", "DATE:538 - 597=0538/0597", "DATE:VI secolo=05"));
    assertThat(founded.type()).isEqualTo("FOUNDING");
    assertThat(names(founded, "agent")).containsExactly("Zhìyǐ");
    assertThat(founded.date().value()).isEqualTo("05");
    assertThat(founded.date().inferred()).isFalse();
    Event death = only(events("Nel 1929 tornò a Roma. Il 10 agosto morì Magnenzio.", "PER:Magnenzio",
        "DATE:1929=1929", "DATE:10 agosto=XXXX-08-10"));
    assertThat(names(death, "patient")).containsExactly("Magnenzio");
    assertThat(death.date()).isNull();
    Event told = only(events("La notizia della morte di Numeriano (novembre 284) giunse in occidente.",
        "PER:Numeriano", "DATE:novembre 284=0284-11"));
    assertThat(told.date().value()).isEqualTo("0284-11");
  }

  @Test
  void anEventInsideAQuotedTitleTakesNoDateFromOutsideTheQuotes() {
    // the sample's bibliography line: the years are the publication's, not Lenin's death
    Event title = only(events("Classificazione e caratteristiche della categoria \"Lotta intrapartitica dopo la morte "
        + "di V.I. Lenin\" 2017, 2018.", "PER:V.I. Lenin=Vladimir Lenin", "DATE:2017=2017", "DATE:2018=2018"));
    assertThat(names(title, "patient")).containsExactly("Vladimir Lenin");
    assertThat(title.date()).isNull();
    Event book = only(events("Il libro «La morte di Lenin» uscì nel 1990.", "PER:Lenin", "DATE:1990=1990"));
    assertThat(book.date()).isNull();
    // scare quotes around a word or two are no title: the clause's date stays
    Event scare = only(events("Nel 1927 Trotsky fu \"espulso\" dal partito.", "PER:Trotsky", "DATE:1927=1927"));
    assertThat(scare.date().value()).isEqualTo("1927");
    assertThat(scare.date().inferred()).isFalse();
  }

  @Test
  void nounsOfAppointmentNeedTheirObjectAndWellFoundedIsNoFounding() {
    Event named = only(events("Seguono le votazioni e la nomina di De Gasperi.", "PER:De Gasperi"));
    assertThat(named.type()).isEqualTo("APPOINTMENT");
    assertThat(names(named, "patient")).containsExactly("De Gasperi");
    assertThat(only(events("Il 18 aprile 1948 si tenne l'elezione del primo Parlamento della repubblica.",
        "DATE:18 aprile 1948=1948-04-18")).date().value()).isEqualTo("1948-04-18");
    assertThat(events("Le ragioni della minoranza erano tanto fondate che la Giunta cedette.")).isEmpty();
    assertThat(events("La Turchia è morta, viva la Turchia, gridano gli speculatori.", "LOC:Turchia")).isEmpty();
    assertThat(events("Ricordiamo che il Malfatti non fosse riuscito eletto.", "PER:Malfatti")).isEmpty();
  }

  private static Event first(List<Event> events, String type) {
    return events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow(
        () -> new AssertionError("no " + type + " event in " + events));
  }

  private static Event first(List<Event> events, String type, String trigger) {
    return events.stream().filter(e -> e.type().equals(type) && e.trigger().text().endsWith(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " event '" + trigger + "' in " + events));
  }

  @Test
  void subjectsInRelativeClausesAppositionsAndAfterTheVerb() {
    List<Event> renshaw = events("Nel 1888 venne sconfitto da Ernest Renshaw, l'uomo che lo batté anche nel 1889.",
        "PER:Ernest Renshaw", "DATE:1888=1888", "DATE:1889=1889");
    assertThat(renshaw).hasSize(2);
    assertThat(names(renshaw.get(1), "agent")).containsExactly("Ernest Renshaw");
    assertThat(renshaw.get(1).date().value()).isEqualTo("1889");
    Event dod = events("Vinse il titolo dopo aver battuto in finale Lottie Dod che l'aveva sconfitta nel 1887.",
        "PER:Lottie Dod", "DATE:1887=1887").get(1);
    assertThat(names(dod, "agent")).containsExactly("Lottie Dod");
    Event giussano = only(events("Si ricorda la battaglia di Legnano dove combatté anche Alberto da Giussano.",
        "PER:Alberto da Giussano"));
    assertThat(names(giussano, "agent")).containsExactly("Alberto da Giussano");
    assertThat(names(giussano, "patient")).isEmpty();
    Event novello = only(events("Nel 1302 viene nominato come podestà della città Guido Novello.",
        "PER:Guido Novello", "DATE:1302=1302"));
    assertThat(names(novello, "patient")).containsExactly("Guido Novello");
    Event napoleon = only(events("Per sconfiggere definitivamente l'Austria, Napoleone radunò un grande esercito.",
        "PER:Napoleone", "LOC:Austria"));
    assertThat(names(napoleon, "agent")).containsExactly("Napoleone");
    Event both = only(events("Si narra che sia Carlo, sia il fratello Ludovico, combatterono contro i Saraceni.",
        "PER:Carlo", "PER:Ludovico"));
    assertThat(names(both, "agent")).containsExactly("Carlo", "Ludovico");
    Event son = only(events("Nel 932 un altro figlio di Teodora, Giovanni, appena ventenne, prese il potere e destituì"
        + " il vescovo.", "PER:Teodora", "PER:Giovanni", "DATE:932=0932"));
    assertThat(names(son, "agent")).containsExactly("Giovanni");
  }

  @Test
  void gerundsCausativesAndCoordinatedPartners() {
    Event drobny = only(events("Il finalista Jaroslav Drobný fu incoronato vincitore nel 1954, sconfiggendo"
        + " l'australiano Ken Rosewall.", "PER:Jaroslav Drobný", "PER:Ken Rosewall", "DATE:1954=1954"));
    assertThat(names(drobny, "agent")).containsExactly("Jaroslav Drobný");
    assertThat(names(drobny, "patient")).containsExactly("Ken Rosewall");
    Event killed = only(events("Per questo fu fatto uccidere dal nipote di Ottone, il duca Enrico.", "PER:Ottone",
        "PER:Enrico"));
    assertThat(killed.type()).isEqualTo("DEATH");
    assertThat(names(killed, "agent")).containsExactly("Enrico");
    Event cola = only(events("Il tentativo di Cola di Rienzo di farsi nominare tribuno fallì presto.",
        "PER:Cola di Rienzo"));
    assertThat(names(cola, "patient")).containsExactly("Cola di Rienzo");
    assertThat(names(cola, "agent")).isEmpty();
    Event alliance = only(events("Grazie all'alleanza tra il papa Stefano II e Pipino il Breve i Longobardi"
        + " persero Ravenna.", "PER:Stefano II", "PER:Pipino il Breve", "LOC:Ravenna"));
    assertThat(names(alliance, "agent")).containsExactly("Stefano II", "Pipino il Breve");
    Event magone = only(events("L'anno seguente subì una nuova sconfitta insieme al fratello, Magone, presso Ilipa.",
        "PER:Magone", "LOC:Ilipa"));
    assertThat(names(magone, "patient")).containsExactly("Magone");
    Event rebels = only(events("Molte città si ribellarono al potere del re longobardo Desiderio.",
        "PER:Desiderio"));
    assertThat(names(rebels, "patient")).containsExactly("Desiderio");
    Event turati = only(events("Nell'articolo accusa il deputato socialista, noto avvocato milanese, Filippo Turati,"
        + " di manovre parlamentari.", "PER:Filippo Turati"));
    assertThat(names(turati, "patient")).containsExactly("Filippo Turati");
    Event paletti = only(events("La gara fu funestata dalla morte del giovane pilota italiano Mario Rossi.",
        "PER:Mario Rossi"));
    assertThat(names(paletti, "patient")).containsExactly("Mario Rossi");
  }

  @Test
  void regularPassatoRemotoFormsAreFoundWithoutTags() {
    Event fought = only(events("I due fratelli combatterono contro i Saraceni."));
    assertThat(fought.type()).isEqualTo("OPPOSITION");
    assertThat(fought.trigger().text()).isEqualTo("combatterono");
  }

  @Test
  void aProperNounAfterATitleFillsAnArgumentSlotWhenNoEntityCoversIt() {
    String text = "Molte città si ribellarono al potere del re akkadico Naram-Sin, mentre Sargon taceva.";
    Texts.Doc d = Texts.doc(text);
    List<it.storia.extractor.model.Token> tagged = d.analyzed().tokens().stream()
        .map(t -> Character.isUpperCase(t.norm().charAt(0)) && !t.norm().equals("Molte")
            ? t.withTags("PROPN", null, t.words()) : t).toList();
    Event e = only(EXTRACTOR.extract(d.analyzed().withTokens(tagged), d.entities()));
    assertThat(names(e, "patient")).containsExactly("Naram-Sin");
    assertThat(e.arguments().get(0).type()).isEqualTo(it.storia.extractor.model.EntityType.PERSON);
    // without the title, a proper noun is no argument: "Sargon" is not taken as anybody's subject
    Event untitled = only(EXTRACTOR.extract(Texts.doc("Sargon si ribellò al sovrano.").analyzed(), List.of()));
    assertThat(untitled.arguments()).isEmpty();
  }

  @Test
  void datesOfPeriodEndsAppendedDatesAndOtherPredicates() {
    assertThat(only(events("Dal 1999 alla morte visse a Roma con la moglie.", "DATE:1999=1999")).date()).isNull();
    assertThat(only(events("Nel 1976 si trasferì a Parigi, dove visse fino alla morte.", "DATE:1976=1976"))
        .date()).isNull();
    assertThat(only(events("Nel 1897 incontrò Tuone Udaina, poco prima della sua morte.", "PER:Tuone Udaina",
        "DATE:1897=1897")).date()).isNull();
    Event elected = only(events("Rimase in carica fino all'elezione di papa Pio X, avvenuta nel 1903.",
        "PER:Pio X", "DATE:1903=1903"));
    assertThat(elected.date().value()).isEqualTo("1903");
    assertThat(elected.date().inferred()).isFalse();
    Event notAppended = only(events("Sull'onda dell'elezione di papa Pio IX, nel 1847 la contrada cambiò i colori.",
        "PER:Pio IX", "DATE:1847=1847"));
    assertThat(notAppended.date()).isNull();
    Event stillDated = only(events("Nel 1924 la morte di Lenin aprì la lotta per la successione.", "PER:Lenin",
        "DATE:1924=1924"));
    assertThat(stillDated.date().value()).isEqualTo("1924");
  }

  @Test
  void revoltsSuspensionsSuppressionsAndWordsThatAreNoEvent() {
    Event revolt = only(events("Nel 1809 Andreas Hofer, un oste della Val Passiria, organizzò una rivolta contro i"
        + " Bavaresi.", "PER:Andreas Hofer", "DATE:1809=1809"));
    assertThat(revolt.type()).isEqualTo("OPPOSITION");
    assertThat(names(revolt, "agent")).containsExactly("Andreas Hofer");
    Event suspended = only(events("Nel 2015 viene sospeso per 90 giorni dal comitato etico della federazione.",
        "DATE:2015=2015"));
    assertThat(suspended.type()).isEqualTo("REMOVAL");
    Event suppressed = only(events("Vi confermo che l'Ufficio centrale, soppresso alla data del decreto, chiude.",
        "ORG:Ufficio centrale"));
    assertThat(suppressed.type()).isEqualTo("DISSOLUTION");
    Event promoted = only(events("Il 1 aprile fu promosso generale di brigata.", "DATE:1 aprile=XXXX-04-01"));
    assertThat(promoted.type()).isEqualTo("APPOINTMENT");
    assertThat(events("Rifiutandosi di uccidere i prigionieri, disobbedì agli ordini.")).isEmpty();
    assertThat(events("Nell'ottobre i greci catturavano Tripoli.", "LOC:Tripoli")).isEmpty();
    assertThat(events("Il processo terminò con la condanna a morte della regina.")).isEmpty();
    assertThat(events("Oggi c'è un governo che si fonda su una larghissima base popolare.")).isEmpty();
    assertThat(events("Un'ondata di rivolte ha spazzato il paese.")).isEmpty();
  }

  @Test
  void fightingNeedsAnOpponentAndInvertedOrAccusedSubjects() {
    assertThat(events("Siamo capaci di combattere, se occorre, fino al sacrificio della vita per la libertà."))
        .isEmpty();
    assertThat(events("Era suo l'onore di combattere a fianco del re.")).isEmpty();
    assertThat(only(events("Combatterono una lunga ed estenuante guerra contro i Marcomanni.")).type())
        .isEqualTo("OPPOSITION");
    assertThat(only(events("Nel 1916 fu inviato al fronte, dove combatté con valore.", "DATE:1916=1916"))
        .date().value()).isEqualTo("1916");
    Event rose = only(events("Nella provincia di Pannonia si sollevò infatti il generale Giuliano.",
        "LOC:Pannonia", "PER:Giuliano"));
    assertThat(names(rose, "agent")).containsExactly("Giuliano");
    Event joined = only(events("A lui si unì l'etolico Timarco.", "PER:Timarco"));
    assertThat(names(joined, "agent")).containsExactly("Timarco");
    assertThat(names(joined, "patient")).isEmpty();
    List<Event> accused = events("Il paese fu scosso dal caso di Marc Dutroux, accusato di aver rapito e assassinato"
        + " sei ragazze.", "PER:Marc Dutroux");
    Event killed = first(accused, "DEATH");
    assertThat(names(killed, "agent")).containsExactly("Marc Dutroux");
    assertThat(killed.modality()).isEqualTo("alleged");
    assertThat(events("Col combatterli il governo intende rimuovere un grande ostacolo.")).extracting(Event::type)
        .containsExactly("OPPOSITION");
    assertThat(events("Sul referendum ho fondato tutta la mia propaganda e il mio ragionamento.")).isEmpty();
  }

  @Test
  void askedRejectedConditionalAndNecessaryEventsAreNotAsserted() {
    Event rejected = only(events("Le sue dimissioni furono però respinte da me."));
    assertThat(rejected.type()).isEqualTo("REMOVAL");
    assertThat(rejected.modality()).isEqualTo("proposed");
    Event refused = only(events("Un altro documento liberale è la lettera del prof. Braf, il quale rifiutò testè la"
        + " nomina a rettore dell’università di Praga.", "PER:Braf", "LOC:Praga"));
    assertThat(refused.type()).isEqualTo("APPOINTMENT");
    assertThat(refused.modality()).isEqualTo("proposed");
    assertThat(names(refused, "position")).containsExactly("rettore");
    assertThat(only(events("Il signor S. conclude reclamando nientemeno che le dimissioni dei deputati."))
        .modality()).isEqualTo("proposed");
    assertThat(only(events("Un conflitto fra la Camera e il governo oggidì finirebbe fatalmente colla sconfitta"
        + " della Camera.")).modality()).isEqualTo("possible");
    assertThat(events("Con la cattura, diverrebbe automatica l'espulsione dalla Spagna.", "LOC:Spagna"))
        .extracting(Event::type, Event::modality)
        .containsExactly(tuple("ARREST", "possible"), tuple("EXILE", "possible"));
    assertThat(only(events("Frattanto sarà necessario che per tutti i crediti delle terre redente venga nominata"
        + " una commissione.")).modality()).isEqualTo("proposed");
    Event committee = only(events("Converebbe costituire un Comitato interministeriale composto dei ministri."));
    assertThat(committee.type()).isEqualTo("FOUNDING");
    assertThat(committee.modality()).isEqualTo("proposed");
    assertThat(events("Fu decisa la fondazione di un'organizzazione dei giornalisti cattolici collo scopo primo di"
        + " fondare in Vienna un bureau d'informazioni.", "LOC:Vienna")).extracting(Event::modality)
        .containsExactly("proposed", "proposed");
    assertThat(only(events("Questo fatto prefigura lo schieramento di un Parlamento futuro che fosse eletto con la"
        + " proporzionale.")).modality()).isEqualTo("possible");
    assertThat(only(events("Sentano la responsabilità delle amministrazioni che sono chiamati a eleggere."))
        .modality()).isEqualTo("proposed");
    assertThat(only(events("Rileva che ne deriva l'obbligo per il presidente di presentare le dimissioni."))
        .modality()).isEqualTo("proposed");
    assertThat(only(events("Bisogna ricordare che anche i partigiani arrestati sul percorso portavano armi."))
        .modality()).isNull();
    assertThat(only(events("Il 26 febbraio 1949, Saragat si dimetteva.", "PER:Saragat",
        "DATE:26 febbraio 1949=1949-02-26")).modality()).isNull();
  }

  @Test
  void negatedGoverningVerbsAndMoreWordsThatAreNoEvent() {
    assertThat(events("I ministri liberali conserveranno il loro posto. Essi non credono di doversi dimettere."))
        .extracting(Event::type).containsExactly("APPOINTMENT");
    assertThat(events("Oggi, del resto, non si tratta di nominare il re.")).isEmpty();
    assertThat(events("E un altro manifesto termina così: «I morti ci hanno lasciato un solo retaggio»."))
        .isEmpty();
    assertThat(events("Il pensiero va ai Caduti, ai quasi seicentomila morti di questa guerra nazionale."))
        .isEmpty();
    assertThat(events("Quando, vivo o morto, me ne dovessi andare, non sarò in un deserto.")).isEmpty();
    assertThat(only(events("Callistene menziona che i morti furono 302.", "PER:Callistene")).type())
        .isEqualTo("DEATH");
    assertThat(events("Questo Governo è fondato, come il precedente, sulla coalizione dei partiti.")).isEmpty();
    assertThat(events("E su questa prima menzogna il bosettismo fonda tutta la sua dottrina.")).isEmpty();
    assertThat(events("Dovremo fondare la nostra cooperazione sui punti di confluenza nell’azione.")).isEmpty();
    assertThat(events("La nostra moneta, arrestando l’inflazione, ha potuto mantenere il suo valore.")).isEmpty();
    assertThat(events("Gli eletti, una volta avuto il verdetto elettorale, devono accettare lo schieramento."))
        .isEmpty();
    assertThat(only(events("Dal 1904 abbiamo in Municipio degli eletti non dalla maggioranza dei cittadini.",
        "DATE:1904=1904")).type()).isEqualTo("APPOINTMENT");
    assertThat(events("I diversi governi che si succedettero approfondirono la dipendenza del paese.")).isEmpty();
    assertThat(events("I giornali cattivi era meglio fossero tenuti in freno e condannati a morire.")).isEmpty();
    Event father = only(events("Antonio Sottosanti era nato nel 1928 a Verpogliano (il padre venne ucciso durante gli"
        + " anni trenta).", "PER:Antonio Sottosanti", "DATE:1928=1928", "LOC:Verpogliano"));
    assertThat(names(father, "patient")).as("the father is not Sottosanti").containsExactly("il padre");
  }

  @Test
  void regimesThatFallPartiesThatSplitPrisonersRevoltsAndPostsEntrusted() {
    Event fall = only(events("Nel 1950, dopo la caduta del fascismo, i comuni furono riuniti.", "DATE:1950=1950"));
    assertThat(fall.type()).isEqualTo("REMOVAL");
    assertThat(fall.date()).as("the fall came before 1950").isNull();
    Event death = first(events("Nel 1924 morì Lenin. Dopo la morte di Lenin, la troika prese il potere.",
        "DATE:1924=1924", "PER:Lenin"), "DEATH");
    assertThat(death.trigger().text()).isEqualTo("morì");
    assertThat(events("Nel 1924 morì Lenin. Dopo la morte di Lenin, la troika prese il potere.",
        "DATE:1924=1924", "PER:Lenin")).extracting(e -> e.date().value()).containsExactly("1924", "1924");
    assertThat(events("La seconda fazione era costituita invece dal Partito Autonomista.",
        "ORG:Partito Autonomista")).isEmpty();
    Event campaign = only(events("Una calunniosa campagna mossa e alimentata dal fascismo e dalla sua stampa contro"
        + " l'on. Degasperi.", "PER:Degasperi"));
    assertThat(names(campaign, "patient")).containsExactly("Degasperi");
    assertThat(events("Dopo la caduta di Costantinopoli i dotti fuggirono in Italia.", "LOC:Costantinopoli",
        "LOC:Italia")).as("the fall of a city is no removal; the flight abroad is an exile")
        .extracting(Event::type).containsExactly("EXILE");
    assertThat(only(events("Ora si lamenta che è solo e che il partito è scisso.")).type())
        .isEqualTo("DISSOLUTION");
    assertThat(only(events("Prendendo a pretesto la scissura avvenuta durante le vacanze, chiesero la parola."))
        .type()).isEqualTo("DISSOLUTION");
    Event prisoner = only(events("Nel 1917 Cesare Battisti venne fatto prigioniero dagli austriaci.",
        "DATE:1917=1917", "PER:Cesare Battisti"));
    assertThat(prisoner.type()).isEqualTo("ARREST");
    assertThat(names(prisoner, "patient")).containsExactly("Cesare Battisti");
    assertThat(prisoner.date().value()).isEqualTo("1917");
    List<Event> attila = events("Attila costrinse i legionari che aveva fatto prigionieri a costruire macchine da"
        + " assedio e massacrò gran parte della popolazione.", "PER:Attila");
    assertThat(attila).extracting(Event::type).containsExactly("ARREST", "DEATH");
    assertThat(attila).allSatisfy(e -> assertThat(names(e, "agent")).containsExactly("Attila"));
    assertThat(events("La ribellione di Mosca fu il segnale per le ribellioni di Pskov e Novgorod.",
        "LOC:Mosca", "LOC:Pskov", "LOC:Novgorod")).extracting(Event::type)
        .containsExactly("OPPOSITION", "OPPOSITION");
    assertThat(events("Gli zar dovettero sopprimere due rivolte nei territori polacchi.")).as("suppressing a revolt"
        + " defeats it").extracting(Event::type).containsExactly("DEFEAT", "OPPOSITION");
    Event entrusted = only(events("Fu invitato a Roma da Giuseppe Dossetti, che gli affidò la direzione"
        + " dell'ufficio propaganda del partito.", "LOC:Roma", "PER:Giuseppe Dossetti"));
    assertThat(entrusted.type()).isEqualTo("APPOINTMENT");
    assertThat(names(entrusted, "agent")).containsExactly("Giuseppe Dossetti");
    assertThat(only(events("L'Austria aveva firmato un trattato di alleanza militare con la Germania.",
        "LOC:Austria", "LOC:Germania")).type()).isEqualTo("ALLIANCE");
    Event attack = only(events("Le due estreme hanno condotto un duro attacco contro la Democrazia Cristiana.",
        "ORG:Democrazia Cristiana"));
    assertThat(attack.type()).isEqualTo("OPPOSITION");
    assertThat(names(attack, "patient")).containsExactly("Democrazia Cristiana");
    assertThat(only(events("La resistenza portò alla formazione di un movimento insurrezionale.")).type())
        .isEqualTo("FOUNDING");
    assertThat(only(events("Ora, come fanno i monarchici ad allearsi ai neofascisti?")).type())
        .isEqualTo("ALLIANCE");
    assertThat(only(events("Alla elezione dei suoi rappresentanti il popolo partecipò in massa.")).type())
        .isEqualTo("APPOINTMENT");
    Event flight = only(events("Guidantonio da Montefeltro, dopo un breve assedio alla città, li costrinse alla fuga.",
        "PER:Guidantonio da Montefeltro"));
    assertThat(flight.type()).isEqualTo("EXILE");
    assertThat(names(flight, "agent")).containsExactly("Guidantonio da Montefeltro");
    assertThat(events("Riuscì a salvarsi con la fuga.")).isEmpty();
    Event removed = only(events("Dal 1981 al 1983 è stato il chitarrista del gruppo prima di essere allontanato dal"
        + " gruppo.", "DATE:1981=1981", "DATE:1983=1983"));
    assertThat(removed.date().value()).isEqualTo("1983");
    Event deposed = first(events("L'impero cadde con la deposizione dell'ultimo imperatore d'occidente Romolo"
        + " Augusto.", "PER:Romolo Augusto"), "REMOVAL", "deposizione");
    assertThat(names(deposed, "patient")).containsExactly("Romolo Augusto");
    assertThat(only(events("Fu il chitarrista solista prima di essere allontanato dal gruppo.")).type())
        .isEqualTo("REMOVAL");
    assertThat(events("Se essa fosse compromessa, sarebbe arrestato il moto di progresso.")).isEmpty();
    assertThat(events("Maffei pubblicò la traduzione in versi sciolti italiani.", "PER:Maffei")).isEmpty();
    Event retired = first(events("Nel giugno 2014 viene nominato nuovo allenatore Derek Fisher, appena ritiratosi da"
        + " giocatore.", "PER:Derek Fisher", "DATE:giugno 2014=2014-06"), "REMOVAL");
    assertThat(names(retired, "patient")).containsExactly("Derek Fisher");
    assertThat(events("Le truppe si ritirarono dalla città.")).isEmpty();
    assertThat(events("Sulla definitività del referendum del 2 giugno ho fondato tutta la mia propaganda.",
        "DATE:2 giugno=XXXX-06-02")).isEmpty();
  }

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  @Test
  void leavingAPostFallingRegimesAndFlightAbroadNeedTheirSense() {
    Event left = only(events("Nel 1953 De Gasperi lasciò la presidenza del Consiglio.", "DATE:1953=1953",
        "PER:De Gasperi"));
    assertThat(left.type()).isEqualTo("REMOVAL");
    assertThat(names(left, "patient")).containsExactly("De Gasperi");
    assertThat(left.date().value()).isEqualTo("1953");
    assertThat(events("Nel 1920 lasciò la città per sempre.", "DATE:1920=1920")).isEmpty();
    assertThat(only(events("Quest'ultimo fu lasciato alla carica di segretario generale del partito.")).type())
        .isEqualTo("APPOINTMENT");
    Event threat = only(events("I liberali minacciò di abbandonare il governo."));
    assertThat(threat.type()).isEqualTo("REMOVAL");
    assertThat(threat.modality()).isEqualTo("proposed");
    assertThat(types("Nel 1943 il regime fascista cadde.", "DATE:1943=1943")).containsExactly("REMOVAL");
    assertThat(types("L'impero romano cadde di fronte ai barbari.")).containsExactly("REMOVAL");
    assertThat(events("Il re cadde da cavallo durante la caccia.")).isEmpty();
    Event flight = only(events("Nel 1918 Kerenskij fuggì in Francia.", "DATE:1918=1918", "PER:Kerenskij",
        "LOC:Francia"));
    assertThat(flight.type()).isEqualTo("EXILE");
    assertThat(names(flight, "patient")).containsExactly("Kerenskij");
    assertThat(types("Molti membri della resistenza fuggirono nella regione di confine.")).containsExactly("EXILE");
    assertThat(events("I soldati fuggirono davanti al nemico.")).isEmpty();
    assertThat(types("Fu condannato al confino e venne relegato a Ustica.", "LOC:Ustica"))
        .containsExactly("EXILE");
    assertThat(events("Questo aspetto era relegato un poco in secondo piano.")).isEmpty();
    assertThat(types("La Grecia annunciò il ritiro dal Consiglio d'Europa.", "LOC:Grecia"))
        .containsExactly("REMOVAL");
    assertThat(events("Il ritiro delle truppe dal fronte fu lento.")).isEmpty();
    assertThat(types("Nel 1950 i socialdemocratici rientrarono al governo.", "DATE:1950=1950"))
        .containsExactly("REINSTATEMENT");
    assertThat(types("Nel 1951 i liberali uscirono dal governo.", "DATE:1951=1951")).containsExactly("REMOVAL");
    assertThat(events("Uscì dalla stanza senza salutare.")).isEmpty();
  }

  @Test
  void attacksResistanceConflictsAndVictoriesOverANamedSide() {
    Event attack = only(events("Il 23 ottobre 1853 la Turchia attaccò i russi sul Danubio.",
        "DATE:23 ottobre 1853=1853-10-23", "LOC:Turchia", "LOC:Danubio"));
    assertThat(attack.type()).isEqualTo("OPPOSITION");
    assertThat(attack.date().value()).isEqualTo("1853-10-23");
    assertThat(events("Attaccò un manifesto sulla porta della chiesa.")).isEmpty();
    assertThat(types("Le truppe italo-tedesche opposero ancora forte resistenza.")).containsExactly("OPPOSITION");
    assertThat(types("La città resistette due settimane all'offensiva dell'esercito.")).containsExactly("OPPOSITION");
    assertThat(events("Non seppe resistere alla tentazione.")).isEmpty();
    assertThat(types("I contrasti tra Stalin e Trotsky divennero gravi.", "PER:Stalin", "PER:Trotsky"))
        .containsExactly("OPPOSITION");
    assertThat(events("Contrasti ce ne saranno sempre, gara ed emulazione anche.")).isEmpty();
    assertThat(types("La grande opposizione alla politica di solidarietà occidentale cambiò.")).containsExactly(
        "OPPOSITION");
    assertThat(events("Un fenomeno tradizionalista in opposizione alla modernità.")).isEmpty();
    assertThat(types("Donde mai altrimenti la sua violenta insurrezione contro il congresso di Torino?",
        "LOC:Torino")).containsExactly("OPPOSITION");
    Event won = only(events("Basilio Catanoso vince di misura sul candidato Alberto Arrighi.",
        "PER:Basilio Catanoso", "PER:Alberto Arrighi"));
    assertThat(won.type()).isEqualTo("DEFEAT");
    assertThat(names(won, "agent")).containsExactly("Basilio Catanoso");
    assertThat(names(won, "patient")).containsExactly("Alberto Arrighi");
    assertThat(events("Nel 1924 vinse le elezioni con ampio margine.", "DATE:1924=1924")).isEmpty();
    assertThat(types("Le forze armate del generale soppressero la rivolta.")).containsExactly("DEFEAT", "OPPOSITION");
    assertThat(types("Il comune fu soppresso nel 1929.", "DATE:1929=1929")).doesNotContain("DEFEAT");
    assertThat(types("La guarnigione turca fu battuta dalla cavalleria russa.")).containsExactly("DEFEAT");
    Event ally = only(events("Caifas strinse alleanza con Pilato.", "PER:Caifas", "PER:Pilato"));
    assertThat(ally.type()).isEqualTo("ALLIANCE");
    assertThat(names(ally, "agent")).containsExactly("Caifas", "Pilato");
    assertThat(types("Fu combattuta fra ortodossi e revisionisti una lunga battaglia.")).contains("OPPOSITION");
  }

  @Test
  void bannedPartiesBornPartiesDeclaredStatesAndEntrustedPosts() {
    assertThat(types("All'epoca i partiti politici erano stati banditi.")).containsExactly("DISSOLUTION");
    assertThat(types("Il poeta fu bandito da Firenze.", "LOC:Firenze")).containsExactly("EXILE");
    assertThat(types("Sono due i partiti europei scioltisi in quegli anni.")).containsExactly("DISSOLUTION");
    assertThat(types("La nascita di questo partito fu salutata con favore.")).containsExactly("FOUNDING");
    assertThat(events("Nacque a Roma nel 1881 da una famiglia di artigiani.", "LOC:Roma", "DATE:1881=1881"))
        .isEmpty();
    assertThat(types("Parte dell'oblast ha dichiarato la sua indipendenza come repubblica popolare."))
        .containsExactly("FOUNDING");
    Event entrusted = only(events("L'11 aprile 1957 il presidente Giovanni Gronchi assegnò l'incarico ad Amintore"
        + " Fanfani.", "DATE:11 aprile 1957=1957-04-11", "PER:Giovanni Gronchi", "PER:Amintore Fanfani"));
    assertThat(entrusted.type()).isEqualTo("APPOINTMENT");
    assertThat(names(entrusted, "agent")).containsExactly("Giovanni Gronchi");
    assertThat(names(entrusted, "patient")).containsExactly("Amintore Fanfani");
    assertThat(events("Il potere che gli conferisce la carica di segretario generale.")).isEmpty();
    assertThat(types("A Lisbona mi congratulai per la Sua designazione.", "LOC:Lisbona"))
        .containsExactly("APPOINTMENT");
    assertThat(events("In ogni circoscrizione veniva designato come ufficio elettorale un tribunale.")).isEmpty();
    assertThat(types("Come potevate voi accusarci di malafede nella questione universitaria?"))
        .containsExactly("ACCUSATION");
    assertThat(events("Ed ora al secondo capo d'accusa.")).isEmpty();
    assertThat(events("La volontà del governo di riportare il paese alla normalità, reintegrando quelle libertà.")).isEmpty();
    assertThat(events("Intanto si decise la rimozione del monumento.")).isEmpty();
    assertThat(events("Gli eccessi tramutavano le ritorsioni, rovesciando quasi le parti.")).isEmpty();
    assertThat(types("Il governo fu rovesciato da un colpo di stato.")).containsExactly("REMOVAL");
  }

  @Test
  void negatedImpossibleGenericAndConditionalMentions() {
    assertThat(events("I deputati non possono ribellarsi, giacché crolla tutta la casa.")).isEmpty();
    assertThat(events("Lenin, contrario a qualunque alleanza con le forze liberali, lanciò la parola d'ordine.",
        "PER:Lenin")).isEmpty();
    assertThat(events("Non c'è possibilità di fare un'alleanza con i socialisti se non siamo compatti.")).isEmpty();
    assertThat(events("Draža Mihailović era ministro della difesa del governo in esilio.", "PER:Draža Mihailović"))
        .isEmpty();
    assertThat(events("Si ribellò in principio a essere chiamato in seconda linea.")).isEmpty();
    assertThat(only(events("Se si licenzia un solo impiegato, tutti i sindacati scioperano.")).modality())
        .isEqualTo("possible");
    assertThat(only(events("La Camera può essere sciolta anzitempo dal primo ministro.")).modality())
        .isEqualTo("possible");
    List<Event> coalition = events("La D.C. ha resistito all'urto delle forze estreme, coalizzate per sconfiggerla.");
    assertThat(coalition).extracting(Event::type).containsExactly("ALLIANCE", "DEFEAT");
    assertThat(coalition.get(1).modality()).isEqualTo("proposed");
    Event rebellion = first(events("Caifas accusò Cristo di ribellione alla religione.", "PER:Caifas",
        "PER:Cristo"), "OPPOSITION");
    assertThat(rebellion.modality()).isEqualTo("alleged");
  }

  @Test
  void historiansSynonymsOfTheTypesWithTheirSenseConstraints() {
    Event life = only(events("Nel 1942 Giaime Pintor perse la vita su una mina.", "DATE:1942=1942",
        "PER:Giaime Pintor"));
    assertThat(life.type()).isEqualTo("DEATH");
    assertThat(names(life, "patient")).containsExactly("Giaime Pintor");
    assertThat(only(events("Nel 1924 Mussolini perse la carica di ministro.", "DATE:1924=1924", "PER:Mussolini"))
        .type()).isEqualTo("REMOVAL");
    assertThat(types("Il generale cadde in battaglia presso il fiume.")).containsExactly("DEATH");
    assertThat(types("Nel 1943 cadde il regime fascista.", "DATE:1943=1943")).containsExactly("REMOVAL");
    assertThat(types("Gli oppositori furono rinchiusi in carcere senza processo.")).containsExactly("ARREST");
    assertThat(events("Si rinchiuse nel suo studio per giorni.")).isEmpty();
    assertThat(types("Nel 1926 Antonio Gramsci fu mandato al confino.", "DATE:1926=1926",
        "PER:Antonio Gramsci")).containsExactly("EXILE");
    assertThat(types("Nel 1922 Mussolini assunse la presidenza del Consiglio.", "DATE:1922=1922",
        "PER:Mussolini")).containsExactly("APPOINTMENT");
    assertThat(events("Assunse un tono severo con i giornalisti.")).isEmpty();
    assertThat(types("Nel 1825 Nicola I salì al trono.", "DATE:1825=1825", "PER:Nicola I"))
        .containsExactly("APPOINTMENT");
    assertThat(events("Salì al secondo piano del palazzo.")).isEmpty();
    assertThat(types("Lo zar fu spodestato e nel 1918 Kerenskij fu esautorato.", "PER:Kerenskij", "DATE:1918=1918"))
        .containsExactly("REMOVAL", "REMOVAL");
    assertThat(types("I deputati contestarono la nomina del prefetto.")).containsExactly("OPPOSITION", "APPOINTMENT");
    assertThat(events("Contestò il risultato della partita.")).isEmpty();
    assertThat(types("Nel 1937 Stalin denunciò Bucharin come traditore.", "DATE:1937=1937", "PER:Stalin",
        "PER:Bucharin")).containsExactly("ACCUSATION");
    assertThat(events("Denunciò il furto ai carabinieri.")).isEmpty();
    assertThat(types("Fu tacciato di tradimento dai compagni di partito.")).containsExactly("ACCUSATION");
    assertThat(types("Nel 1946 la repubblica abolì la monarchia.", "DATE:1946=1946")).containsExactly("DISSOLUTION");
    assertThat(events("Nel 1948 fu abolita la pena capitale.", "DATE:1948=1948")).isEmpty();
    assertThat(events("Finirono con lo strangolare il problema italiano.")).isEmpty();
    Event exile = first(events("Nel 1982 Amin Gemayel andò in esilio.", "DATE:1982=1982", "PER:Amin Gemayel"),
        "EXILE");
    assertThat(names(exile, "patient")).containsExactly("Amin Gemayel");
  }

  @Test
  void coordinatedAppointeesWithTheirPostsAndElectionsOfAPlace() {
    Event named = only(events("A dicembre 2007 furono nominati presidente Gabriele Galateri di Genola e amministratore"
        + " delegato Franco Bernabè.", "DATE:dicembre 2007=2007-12", "PER:Gabriele Galateri di Genola",
        "PER:Franco Bernabè"));
    assertThat(names(named, "patient")).containsExactly("Gabriele Galateri di Genola", "Franco Bernabè");
    assertThat(events("Tre giorni dopo, alle elezioni del Middlesex vinse con un ampio vantaggio.",
        "LOC:Middlesex")).isEmpty();
    assertThat(only(events("Dopo l'elezione di Pio XII il clima cambiò.", "PER:Pio XII")).type())
        .isEqualTo("APPOINTMENT");
  }

  @Test
  void appointeesWhoRefuseAParenthesisedObjectAndTheExileWhoWritesFromIt() {
    Event refused = only(events("Un altro documento liberale è la lettera del prof. Braf, il quale rifiutò testè la"
        + " nomina a rettore dell'università di Praga.", "PER:Braf", "LOC:Praga"));
    assertThat(names(refused, "patient")).containsExactly("Braf");
    assertThat(refused.modality()).isEqualTo("proposed");
    Event colleague = first(events("Nel 364 Valentiniano I nominò un collega (il fratello Valente) a cui assegnò la"
        + " parte orientale dell'Impero.", "DATE:364=0364", "PER:Valentiniano I", "PER:Valente"), "APPOINTMENT");
    assertThat(names(colleague, "agent")).containsExactly("Valentiniano I");
    assertThat(names(colleague, "patient")).containsExactly("Valente");
    Event exile = only(events("Dall'esilio in Francia l'Ayatollah Khomeini esigeva la fine della monarchia.",
        "LOC:Francia", "PER:Ayatollah Khomeini=Khomeini"));
    assertThat(names(exile, "patient")).containsExactly("Khomeini");
    Event held = only(events("Pietro Romani è a Borgo, forse ancora tenuto in arresto, Augusto scappa di casa in"
        + " casa.", "PER:Pietro Romani", "LOC:Borgo", "PER:Augusto"));
    assertThat(names(held, "patient")).doesNotContain("Augusto");
  }

  @Test
  void newSynonymsStayQuietInOtherSenses() {
    assertThat(events("Si conosce la natura del Governo che regge oggi l'Italia, il più esautorato che abbia avuto.",
        "LOC:Italia")).isEmpty();
    assertThat(events("Questa rivoluzione personalista vuole l'abolizione del capitalismo in occidente.")).isEmpty();
    assertThat(types("È stato ricordato che il Degasperi fu bandito dal Trentino.", "PER:Degasperi",
        "LOC:Trentino")).containsExactly("EXILE");
    assertThat(events("Rivela la proterva intenzione di non voler lasciare il potere.")).isEmpty();
    assertThat(events("Alle bande militari è proibito di partecipare a feste nazionali.")).isEmpty();
    assertThat(events("Mi pare il minimo affinché evitiamo di attaccare anche l'on. Giunta.", "PER:Giunta")).isEmpty();
    assertThat(events("L'alleanza si fa con i partiti compatti, forti e disciplinati.")).isEmpty();
    assertThat(types("In ogni università austriaca si costituisce un comitato direttivo.")).containsExactly("FOUNDING");
    assertThat(events("Il cattolicesimo costituiva la religione ufficiale dello Stato.")).isEmpty();
    assertThat(events("Dando modo agli organi competenti ed agli incolpati di accertare i fatti.")).isEmpty();
  }

  @Test
  void aCommonNounSubjectRightBeforeTheVerbKeepsAFartherNameOut() {
    Event arrest = only(events("Nello stesso giorno a Clichy la polizia arrestò alcuni anarchici.", "ORG:Clichy"));
    assertThat(arrest.type()).isEqualTo("ARREST");
    assertThat(names(arrest, "agent")).containsExactly("la polizia");
    Event expelled = only(events("Nel 1927 Stalin ottenne che il partito espulse Trotsky.", "DATE:1927=1927",
        "PER:Stalin", "PER:Trotsky"));
    assertThat(names(expelled, "agent")).containsExactly("il partito");
    assertThat(names(expelled, "patient")).containsExactly("Trotsky");
  }
  @Test
  void municipalitiesParksAndOtherBodiesAreFoundedSuppressedAndReestablished() {
    assertThat(types("Nel 1927 il comune fu soppresso e aggregato a quello di Lecco.", "DATE:1927=1927",
        "LOC:Lecco")).containsExactly("DISSOLUTION");
    assertThat(types("Nel 1929 i soppressi comuni di Castello e Acquate formarono il nuovo comune.",
        "DATE:1929=1929", "LOC:Castello", "LOC:Acquate")).startsWith("DISSOLUTION");
    assertThat(types("Nel 1991 venne istituito il parco regionale delle Alpi Liguri.", "DATE:1991=1991",
        "LOC:Alpi Liguri")).containsExactly("FOUNDING");
    assertThat(types("Nel 1950 fu istituita una missione cattolica nella valle.", "DATE:1950=1950"))
        .containsExactly("FOUNDING");
    assertThat(types("Il comune fu ricostituito nel 1948.", "DATE:1948=1948")).containsExactly("FOUNDING");
    assertThat(types("Il governo promise la ricostituzione della provincia.")).containsExactly("FOUNDING");
    assertThat(types("Si discusse a lungo la liquidazione dell'impero ottomano.")).containsExactly("DISSOLUTION");
    assertThat(types("Il regime proibì tutte le associazioni sindacali.")).containsExactly("DISSOLUTION");
    assertThat(types("Nel 1924 il partito si dissolse rapidamente.", "DATE:1924=1924")).containsExactly("DISSOLUTION");
    assertThat(events("La nebbia si dissolse al mattino.")).isEmpty();
    assertThat(types("Nel 1906 la società si costituì con un capitale di centomila lire.", "DATE:1906=1906"))
        .containsExactly("FOUNDING");
    assertThat(events("La potestà pubblica legalmente costituita ha il diritto di giudicare.")).isEmpty();
    assertThat(events("Il medico gli proibì di uscire di casa.")).isEmpty();
    assertThat(events("L'azienda dovette liquidare i debiti con la banca.")).isEmpty();
    assertThat(events("Ricostituirono le forze dopo la lunga marcia.")).isEmpty();
  }

  @Test
  void stoppingAndMentioningAreNoArrestAndNoAppointment() {
    assertThat(events("Le truppe si arrestarono davanti al fiume.")).isEmpty();
    assertThat(events("Le riforme s'arrestano alla soglia della scuola.")).isEmpty();
    assertThat(events("La crisi economica arrestò per molti anni gli ardimenti dei riformatori.")).isEmpty();
    assertThat(types("La polizia arrestò i dirigenti del sindacato.")).containsExactly("ARREST");
    assertThat(events("Parlò a lungo senza nominare il ministro degli esteri.")).isEmpty();
    assertThat(events("Lo criticò aspramente senza nominarlo.")).isEmpty();
    assertThat(types("Il re nominò Cavour presidente del consiglio.", "PER:Cavour")).containsExactly("APPOINTMENT");
  }

  @Test
  void intentionsDemandsAndPossibilitiesGovernTheirComplement() {
    assertThat(only(events("I socialisti intendevano di combattere il governo con ogni mezzo.")).modality())
        .isEqualTo("proposed");
    assertThat(only(events("Nacque allora l'idea di creare un nuovo partito cattolico.")).modality())
        .isEqualTo("proposed");
    assertThat(only(events("Il congresso domanda che venga istituita una commissione d'inchiesta.")).modality())
        .isEqualTo("proposed");
    assertThat(only(events("Il governo tentò di sciogliere il parlamento.")).modality()).isEqualTo("proposed");
    assertThat(first(events("Il prefetto avrebbe potuto arrestare i capi della rivolta."), "ARREST").modality())
        .isEqualTo("possible");
    assertThat(first(events("Si temeva che il re potesse eventualmente sciogliere la Camera."), "DISSOLUTION")
        .modality()).isEqualTo("possible");
    assertThat(only(events("Nel 1925 il governo sciolse il parlamento.", "DATE:1925=1925")).modality()).isNull();
  }
  @Test
  void sidesNamedByCommonNounsAndDemonymsMakeConflictsAndVictories() {
    assertThat(types("Nel Settecento crebbe la lotta tra i contadini e i grandi proprietari.")).containsExactly(
        "OPPOSITION");
    assertThat(types("Presso il guado si combatté una battaglia tra due tribù rivali.")).contains("OPPOSITION");
    assertThat(types("Nel 1859 la battaglia si concluse con una vittoria francese.", "DATE:1859=1859"))
        .contains("DEFEAT");
    assertThat(types("Dopo la disfatta piemontese il re abdicò.")).startsWith("DEFEAT");
    assertThat(types("Il conflitto contro i ribelli durò decenni.")).containsExactly("OPPOSITION");
    assertThat(events("Si arrivò a una lotta tra i dirigenti per il potere nel partito.")).isEmpty();
    assertThat(events("Si aprì un conflitto di competenza tra i due ministeri.")).isEmpty();
    assertThat(events("La vittoria elettorale fu netta.")).isEmpty();
    assertThat(events("La lotta per la sopravvivenza fu dura.")).isEmpty();
    assertThat(types("Nel 1917 cominciò l'offensiva austriaca sul fronte dell'Isonzo.", "DATE:1917=1917",
        "LOC:Isonzo")).containsExactly("OPPOSITION");
    assertThat(events("Assunse un atteggiamento di difesa e non di offensiva.")).isEmpty();
    Event suicide = only(events("Rimasto solo, Marco Antonio si tolse la vita ad Alessandria.", "PER:Marco Antonio",
        "LOC:Alessandria"));
    assertThat(suicide.type()).isEqualTo("DEATH");
    assertThat(names(suicide, "patient")).containsExactly("Marco Antonio");
    assertThat(events("La riforma gli tolse la voglia di scrivere.")).isEmpty();
  }

  @Test
  void deathsArrestsDefeatsAndAttacksUnderOtherWordsKeepTheirSenseConditions() {
    Event drowned = only(events("Il giovane Antinoo, annegato nel Nilo nel 130, fu divinizzato.", "PER:Antinoo",
        "LOC:Nilo", "DATE:130=0130"));
    assertThat(drowned.type()).isEqualTo("DEATH");
    assertThat(names(drowned, "patient")).containsExactly("Antinoo");
    assertThat(types("Il conduttore morì nel 2005; a causa della sua scomparsa la trasmissione fu sospesa.",
        "DATE:2005=2005")).containsExactly("DEATH", "DEATH");
    assertThat(events("La scomparsa dei documenti fu scoperta tardi.")).isEmpty();
    assertThat(types("Il generale trovò la morte sul Carso.", "LOC:Carso")).containsExactly("DEATH");
    assertThat(events("Chi non trovò la morte fu fatto prigioniero.")).extracting(Event::type)
        .containsExactly("ARREST");
    Event jailed = only(events("Il prigioniero fu quindi recluso nel carcere di Spandau.", "LOC:Spandau"));
    assertThat(jailed.type()).isEqualTo("ARREST");
    assertThat(types("Durante la detenzione di Gramsci la madre morì.", "PER:Gramsci")).startsWith("ARREST");
    assertThat(events("Fu condannato a cinque anni di reclusione.")).isEmpty();
    assertThat(types("La rivolta fu rapidamente sedata dalle truppe.")).containsExactly("OPPOSITION", "DEFEAT");
    assertThat(types("Nel 202 l'esercito cartaginese fu distrutto a Zama.", "DATE:202=0202", "LOC:Zama"))
        .containsExactly("DEFEAT");
    assertThat(events("Il terremoto distrusse la città.")).isEmpty();
    assertThat(types("I sassoni ottennero una vittoria decisiva nella battaglia di Ethandun.", "LOC:Ethandun"))
        .containsExactly("DEFEAT");
    assertThat(types("Il generale condusse gli alleati alla vittoria contro le truppe dell'Asse."))
        .containsExactly("DEFEAT");
    assertThat(types("O la Germania vinceva la guerra, o l'Intesa perdeva la sua ultima battaglia.",
        "LOC:Germania", "ORG:Intesa")).containsExactly("DEFEAT", "DEFEAT");
    assertThat(events("Vinse il premio per la migliore regia.")).isEmpty();
    assertThat(types("Il generale si arrese agli inglesi.")).containsExactly("DEFEAT");
    assertThat(events("La città di Napoli si arrese senza resistenza.", "LOC:Napoli")).isEmpty();
    assertThat(types("Nel 1809 scoppiò l'insorgenza tirolese contro i bavaresi.", "DATE:1809=1809"))
        .containsExactly("OPPOSITION");
    assertThat(types("Ne nacque una faida tra le due famiglie.")).containsExactly("OPPOSITION");
    assertThat(types("I danesi attaccarono la Mercia.", "LOC:Mercia")).containsExactly("OPPOSITION");
    assertThat(types("Francesco, attaccato dalle truppe imperiali, fu sconfitto.", "PER:Francesco"))
        .containsExactly("OPPOSITION", "DEFEAT");
    Event attack = only(events("L'attacco dell'Afrikakorps colse impreparati gli inglesi.", "ORG:Afrikakorps"));
    assertThat(attack.type()).isEqualTo("OPPOSITION");
    assertThat(names(attack, "agent")).containsExactly("Afrikakorps");
    assertThat(events("Ebbe un attacco di cuore.")).isEmpty();
    assertThat(events("Il francobollo era attaccato alla busta.")).isEmpty();
  }

  @Test
  void postsReachedCalledReplacedSucceededAndRegainedUnderOtherWords() {
    assertThat(types("Poco dopo l'ascesa al trono dovette sedare una rivolta.")).startsWith("APPOINTMENT");
    assertThat(events("L'ascesa della borghesia cambiò la città.")).isEmpty();
    Event called = only(events("Nel 1835 il celebre Niebuhr venne chiamato a dirigere l'ambasciata.",
        "DATE:1835=1835", "PER:Niebuhr"));
    assertThat(called.type()).isEqualTo("APPOINTMENT");
    assertThat(names(called, "patient")).containsExactly("Niebuhr");
    assertThat(events("Il fiume era chiamato dai romani Padus.", "PER:Padus")).isEmpty();
    Event replaced = only(events("Il suo rivale fu Giovanni Giolitti, che lo sostituì alla guida del Paese.",
        "PER:Giovanni Giolitti"));
    assertThat(replaced.type()).isEqualTo("APPOINTMENT");
    assertThat(names(replaced, "patient")).containsExactly("Giovanni Giolitti");
    Event removed = only(events("Nel 2008 Sam Mitchell fu sostituito dal vice Jay Triano.", "DATE:2008=2008",
        "PER:Sam Mitchell", "PER:Jay Triano"));
    assertThat(removed.type()).isEqualTo("REMOVAL");
    assertThat(names(removed, "patient")).containsExactly("Sam Mitchell");
    assertThat(events("Le caldaie a carbone furono sostituite con caldaie a nafta.")).isEmpty();
    assertThat(events("In caso di assenza il Ministro può essere sostituito dal Sottosegretario.")).isEmpty();
    assertThat(types("Al padre successe il figlio Enrico.", "PER:Enrico")).containsExactly("APPOINTMENT");
    assertThat(events("Nessuno sa che cosa successe quella notte.")).isEmpty();
    assertThat(types("Dopo la ribellione divenne il principe ereditario.")).contains("APPOINTMENT");
    assertThat(types("Nel 2004 la conduzione tecnica fu affidata a Roberto Mancini.", "DATE:2004=2004",
        "PER:Roberto Mancini")).containsExactly("APPOINTMENT");
    assertThat(types("Nel 1922 il prefetto decadde dalla carica.", "DATE:1922=1922")).containsExactly("REMOVAL");
    assertThat(types("Nel 1951 Churchill tornò al potere.", "DATE:1951=1951", "PER:Churchill"))
        .containsExactly("REINSTATEMENT");
    assertThat(events("Nel 1951 Churchill tornò a Londra.", "DATE:1951=1951", "PER:Churchill", "LOC:Londra"))
        .isEmpty();
    Event reins = only(events("Nel 1995 Ramón Cabrero prese le redini della squadra.", "DATE:1995=1995",
        "PER:Ramón Cabrero"));
    assertThat(reins.type()).isEqualTo("APPOINTMENT");
    assertThat(names(reins, "patient")).containsExactly("Ramón Cabrero");
    assertThat(events("Il cocchiere tirò le redini del cavallo.")).isEmpty();
    assertThat(types("Alla morte del padre Carlo ereditò il trono di Spagna.", "PER:Carlo", "LOC:Spagna"))
        .contains("APPOINTMENT");
    assertThat(events("Carlo ereditò dal padre una grande fortuna.", "PER:Carlo")).isEmpty();
  }

  @Test
  void joiningDeportationToCampsRegimesSetUpAndBodiesThatSplit() {
    Event joined = only(events("Nel 1919 Miglioli aderì al Partito Popolare.", "DATE:1919=1919", "PER:Miglioli",
        "ORG:Partito Popolare"));
    assertThat(joined.type()).isEqualTo("ALLIANCE");
    assertThat(names(joined, "agent")).containsExactly("Miglioli");
    assertThat(types("L'assemblea votò l'adesione al partito popolare.")).containsExactly("ALLIANCE");
    assertThat(events("I ministri liberali aderirono alla proposta del governo.")).isEmpty();
    assertThat(types("I comuni si schierarono con le truppe di Braccio.", "PER:Braccio")).containsExactly(
        "ALLIANCE");
    assertThat(types("Nel 1935 i prigionieri vennero trasferiti nel campo di concentramento di Dachau.",
        "DATE:1935=1935", "LOC:Dachau")).containsExactly("EXILE");
    assertThat(events("Nel 1935 la sede fu trasferita a Milano.", "DATE:1935=1935", "LOC:Milano")).isEmpty();
    assertThat(types("Nel 1925 Mussolini instaurò la dittatura.", "DATE:1925=1925", "PER:Mussolini"))
        .containsExactly("FOUNDING");
    assertThat(events("Cercò di instaurare buoni rapporti con la Francia.", "LOC:Francia")).isEmpty();
    assertThat(types("Nel 1921 il partito socialista si divise.", "DATE:1921=1921")).containsExactly("DISSOLUTION");
    assertThat(events("Indossò la divisa dei bersaglieri.")).isEmpty();
    assertThat(events("I due fratelli si divisero l'eredità.")).isEmpty();
  }

  private static List<String> triggers(String text, String... entities) {
    return events(text, entities).stream().map(e -> e.type() + ":" + e.trigger().text()).collect(Collectors.toList());
  }

  @Test
  void opposingAsAnActElidedRevoltNounsAndPromotionsToARank() {
    assertThat(triggers("Il Governo dichiarò di opporsi e fece valere la sua opposizione nel Senato.", "ORG:Senato"))
        .contains("OPPOSITION:opposizione");
    assertThat(triggers("Su questi punti i socialisti concentrarono la loro opposizione e il governo la sua resistenza."))
        .containsExactly("OPPOSITION:opposizione");
    assertThat(triggers("Il progetto incontrò una forte opposizione nella Camera."))
        .containsExactly("OPPOSITION:opposizione");
    assertThat(triggers("La riforma troverà opposizione da parte dei liberali.")).containsExactly(
        "OPPOSITION:opposizione");
    assertThat(events("I consiglieri popolari si mantennero coerenti nella loro opposizione in Municipio.")).isEmpty();
    assertThat(events("Dopo le elezioni il partito passò all'opposizione.")).isEmpty();
    assertThat(events("I deputati dell'opposizione lasciarono l'aula.")).isEmpty();
    assertThat(triggers("Lo sciopero fu giudicato un atto d'insurrezione contro lo Stato."))
        .containsExactly("OPPOSITION:insurrezione");
    assertThat(triggers("Quest'insurrezione fu repressa dalle truppe in pochi giorni."))
        .contains("OPPOSITION:insurrezione");
    Event promoted = only(events("Nel 1915 Battisti fu promosso tenente e mandato al fronte.", "DATE:1915=1915",
        "PER:Battisti"));
    assertThat(promoted.type()).isEqualTo("APPOINTMENT");
    assertThat(names(promoted, "patient")).containsExactly("Battisti");
    assertThat(events("Il convegno fu promosso dal circolo cattolico di Trento.", "LOC:Trento")).isEmpty();
  }

  @Test
  void thronesSurrendersAndPactsNeedTheirSense() {
    Event raised = first(events("Cesare depose Tolomeo ed elevò Cleopatra al trono d'Egitto.", "PER:Cesare",
        "PER:Tolomeo", "PER:Cleopatra", "LOC:Egitto"), "APPOINTMENT", "elevò");
    assertThat(names(raised, "patient")).containsExactly("Cleopatra");
    assertThat(events("Il numero dei caduti fu molto elevato.")).isEmpty();
    assertThat(events("Nel 1816 il borgo fu elevato al rango di città.", "DATE:1816=1816")).isEmpty();
    assertThat(types("Dopo tre mesi di assedio gli insorti furono costretti alla resa.")).contains("DEFEAT");
    assertThat(types("Nel 1945 la Germania firmò la resa incondizionata.", "DATE:1945=1945", "LOC:Germania"))
        .containsExactly("DEFEAT");
    assertThat(events("Si avvicinava la resa dei conti.")).isEmpty();
    assertThat(events("Quell'anno la resa del grano fu scarsa.")).isEmpty();
    assertThat(events("I partigiani cercarono di concordare una resa senza spargimento di sangue.")).isEmpty();
    assertThat(types("Nel 1939 Stalin e Hitler strinsero un patto di non aggressione.", "DATE:1939=1939",
        "PER:Stalin", "PER:Hitler")).containsExactly("ALLIANCE");
    assertThat(events("Accettò a patto di avere mano libera nella scelta.")).isEmpty();
    assertThat(events("I patti agrari furono rinnovati.")).isEmpty();
    assertThat(types("Nel 1941 il Giappone firmò un patto di neutralità con l'Unione Sovietica.", "DATE:1941=1941",
        "LOC:Giappone", "LOC:Unione Sovietica")).containsExactly("ALLIANCE");
    assertThat(events("La Costituzione è un patto al quale nessuno ha il diritto di sottrarsi.")).isEmpty();
  }

  @Test
  void personArgumentsPastAppositionsPartnersAndAppositiveObjects() {
    Event bruto = only(events("Bruto, figlio adottivo di Cesare, uccise il dittatore alle idi di marzo.",
        "PER:Bruto", "PER:Cesare"));
    assertThat(names(bruto, "agent")).containsExactly("Bruto");
    Event cesare = only(events("Il figlio di Cesare uccise il dittatore.", "PER:Cesare"));
    assertThat(names(cesare, "agent")).containsExactly("Cesare");
    Event giolitti = only(events("Giolitti rassegnò le dimissioni insieme al suo sottosegretario Mario Rossi.",
        "PER:Giolitti", "PER:Mario Rossi"));
    assertThat(names(giolitti, "patient")).containsExactlyInAnyOrder("Giolitti", "Mario Rossi");
    Event founded = only(events("Nello Rosselli militò nel movimento antifascista fondato insieme al fratello"
        + " Carlo Rosselli.", "PER:Nello Rosselli", "PER:Carlo Rosselli"));
    assertThat(names(founded, "agent")).containsExactly("Nello Rosselli", "Carlo Rosselli");
    Event arrested = only(events("Il re fu arrestato a Varennes, così come Luigi Capeto.", "PER:Luigi Capeto",
        "LOC:Varennes"));
    assertThat(names(arrested, "patient")).containsExactly("Luigi Capeto");
    Event likeCesare = only(events("Il tribuno fu ucciso, come Cesare aveva previsto.", "PER:Cesare"));
    assertThat(names(likeCesare, "patient")).doesNotContain("Cesare");
    Event president = only(events("Nel 1946 l'assemblea elesse il suo primo presidente, Enrico De Nicola.",
        "PER:Enrico De Nicola", "DATE:1946=1946"));
    assertThat(names(president, "patient")).containsExactly("Enrico De Nicola");
    Event rival = first(events("Stalin espulse il rivale, Trotsky fuggì in Messico.", "PER:Stalin", "PER:Trotsky",
        "LOC:Messico"), "EXPULSION");
    assertThat(names(rival, "patient")).doesNotContain("Trotsky");
  }

  @Test
  void deathsUntilTheSubjectsDeathRevoltsOfTheirLeadersAndOnesOwnResignation() {
    Event ambrogio = only(events("Il vescovo Ambrogio governò la diocesi di Milano fino alla morte.",
        "PER:Ambrogio", "LOC:Milano"));
    assertThat(names(ambrogio, "patient")).containsExactly("Ambrogio");
    Event verga = only(events("Dal 1920 sino alla morte qui visse e scrisse Giovanni Verga, lo scrittore.",
        "PER:Giovanni Verga", "DATE:1920=1920"));
    assertThat(names(verga, "patient")).containsExactly("Giovanni Verga");
    assertThat(names(only(events("Nel 1950 sposò la pittrice Lea Neri, con la quale visse fino alla morte.",
        "PER:Lea Neri", "DATE:1950=1950")), "patient")).isEmpty();
    assertThat(names(only(events("La morte di Lenin sorprese Trotsky.", "PER:Lenin", "PER:Trotsky")), "patient"))
        .containsExactly("Lenin");
    Event spartaco = only(events("Nel 73 a.C. scoppiò la rivolta di Spartaco.", "PER:Spartaco"));
    assertThat(names(spartaco, "agent")).containsExactly("Spartaco");
    assertThat(names(spartaco, "patient")).isEmpty();
    Event rossi = only(events("Il primo ministro Rossi annunciò ieri le proprie dimissioni.", "PER:Rossi"));
    assertThat(names(rossi, "patient")).containsExactly("Rossi");
  }

  @Test
  void aPassiveSubjectAfterTheBodyItLeaves() {
    Event expelled = only(events("Nel novembre 1927 furono espulsi dal partito Zinoviev e Kamenev.", "PER:Zinoviev",
        "PER:Kamenev", "DATE:novembre 1927=1927-11"));
    assertThat(names(expelled, "patient")).containsExactly("Zinoviev", "Kamenev");
    assertThat(names(expelled, "agent")).isEmpty();
    Event fired = only(events("Dopo il tour furono licenziati dal gruppo Mario Rossi, il chitarrista, e Luca Bianchi.",
        "PER:Mario Rossi", "PER:Luca Bianchi"));
    assertThat(names(fired, "patient")).containsExactly("Mario Rossi", "Luca Bianchi");
    Event byPerson = only(events("Nel 1927 Trotsky fu espulso dal partito da Stalin.", "PER:Trotsky", "PER:Stalin",
        "DATE:1927=1927"));
    assertThat(names(byPerson, "patient")).containsExactly("Trotsky");
  }

  @Test
  void wordsOfPolemicalProseInTheirOtherSenses() {
    assertThat(events("Lo sforzo del ministero deve essere fatto onde combattere la disoccupazione e la miseria."))
        .isEmpty();
    assertThat(events("Il governo vuole debellare l'inflazione senza rovesciare la sua politica.")).isEmpty();
    assertThat(events("Il suo scopo era di combattere la speculazione.")).isEmpty();
    assertThat(types("I popolari combatterono il partito socialista.", "ORG:partito socialista"))
        .containsExactly("OPPOSITION");
    assertThat(events("Il ministro rese omaggio ai caduti della prima guerra mondiale.")).isEmpty();
    assertThat(types("Il governo Facta cadde nell'ottobre del 1922.", "DATE:ottobre del 1922=1922-10"))
        .containsExactly("REMOVAL");
    assertThat(events("Ho l'onore di accusare ricevuta della Sua lettera.")).isEmpty();
    assertThat(types("Il ministro lo accusò di tradimento.")).containsExactly("ACCUSATION");
    assertThat(events("Il segretario ha parlato nominando espressamente il partito socialista.",
        "ORG:partito socialista")).isEmpty();
    assertThat(events("Il congresso non l'ha eletto segretario.")).isEmpty();
    assertThat(types("Il congresso l'ha eletto segretario.")).containsExactly("APPOINTMENT");
    assertThat(events("Per intanto proviamo a riempire i posti morti.")).isEmpty();
    assertThat(events("Quella che ci ispira non è una concezione morta.")).isEmpty();
    assertThat(types("Napoleone morì a Sant'Elena.", "PER:Napoleone", "LOC:Sant'Elena")).containsExactly("DEATH");
    assertThat(events("I filosofi avevano sciolto l'enigma di Amleto.")).isEmpty();
    assertThat(types("Il re sciolse il parlamento.")).containsExactly("DISSOLUTION");
  }

  @Test
  void rareVerbsOfStruggleAccusationAndLynching() {
    assertThat(types("Gli anticlericali oppugnano le istituzioni della Chiesa.", "ORG:Chiesa"))
        .containsExactly("OPPOSITION");
    assertThat(types("Il commissario Muck stigmatizza l'onorevole Degasperi.", "PER:Muck", "PER:Degasperi"))
        .containsExactly("ACCUSATION");
    assertThat(types("Dopo il linciaggio di venti poliziotti arrivò la vendetta.")).containsExactly("DEATH");
    assertThat(types("La folla linciò il prefetto.")).containsExactly("DEATH");
  }

  @Test
  void theAccusersGenitiveAndAccusationsMoved() {
    Event barzini = only(events("L'accusa del Barzini è diversa.", "PER:Barzini"));
    assertThat(names(barzini, "agent")).containsExactly("Barzini");
    assertThat(names(barzini, "patient")).isEmpty();
    Event nenni = only(events("L'onorevole Nenni mi ha mosso l'accusa di avere isolato gli avversari.",
        "PER:Nenni"));
    assertThat(nenni.type()).isEqualTo("ACCUSATION");
    assertThat(names(nenni, "agent")).contains("Nenni");
  }

  @Test
  void dutiesThingsToBeDoneAndConditionsAreNotAsserted() {
    Event must = only(events("Cattolici e democratici dobbiamo combattere il socialismo.", "ORG:socialismo"));
    assertThat(must.modality()).isEqualTo("proposed");
    Event toBeDone = only(events("Restava il nemico comune da combattere, cioè il clericalismo."));
    assertThat(toBeDone.modality()).isEqualTo("proposed");
    Event ifResigned = only(events("Qualora si dimettessero, la minoranza resterebbe in carica."));
    assertThat(ifResigned.modality()).isEqualTo("possible");
    Event proposing = only(events("I popolari pensarono di rimediarvi proponendo la nomina di un commissario."));
    assertThat(proposing.modality()).isEqualTo("proposed");
    Event had = only(events("Nel 1922 Facta dovette dimettersi.", "PER:Facta", "DATE:1922=1922"));
    assertThat(had.modality()).isNull();
    Event fought = only(events("I popolari combatterono il partito socialista.", "ORG:partito socialista"));
    assertThat(fought.modality()).isNull();
  }

  @Test
  void attacksOnTitlesStrugglesByPartisansBodiesFormedAndHypotheses() {
    assertThat(types("All'attacco al nostro direttore rispose anche il Corriere del mattino.",
        "ORG:Corriere del mattino")).containsExactly("OPPOSITION");
    assertThat(events("L'attacco al cuore gli fu fatale.")).isEmpty();
    assertThat(types("La dittatura veniva combattuta da partigiani, lavoratori e intellettuali."))
        .containsExactly("OPPOSITION");
    assertThat(events("Il premio fu combattuto da molti concorrenti.")).isEmpty();
    assertThat(types("A Predazzo si è costituita una libera unione di varie correnti.", "LOC:Predazzo"))
        .containsExactly("FOUNDING");
    assertThat(events("La futura Mostra sarà costituita di due sezioni autonome.")).isEmpty();
    assertThat(types("Dovrebbe dare le dimissioni e ritirarsi a vita privata.")).containsExactly("REMOVAL", "REMOVAL");
    assertThat(events("Dopo cena si ritirò nella sua stanza.")).isEmpty();
    Event hypothesis = only(events("Si discusse l'ipotesi della nomina di un laico a presidente del Consiglio."));
    assertThat(hypothesis.modality()).isEqualTo("possible");
    Event destined = only(events("Si descrive la Democrazia Cristiana come destinata alla sconfitta.",
        "ORG:Democrazia Cristiana"));
    assertThat(destined.modality()).isEqualTo("possible");
    Event threat = only(events("I rossi minacciarono di ricorrere all'insurrezione armata."));
    assertThat(threat.modality()).isEqualTo("proposed");
  }

  @Test
  void denouncingAFactIsAnAccusationDenouncingATreatyIsNot() {
    assertThat(types("Il ministro degli esteri di Cuba ha denunciato attacchi contro la sede dell'ambasciata.",
        "LOC:Cuba")).contains("ACCUSATION");
    assertThat(types("Nell'articolo non è precisato il nome del ministro che possa servire a individuare il fatto"
        + " denunciato.")).containsExactly("ACCUSATION");
    Event toBe = only(events("Il pavido egocentrismo dei ricchi va denunciato come un tradimento."));
    assertThat(toBe.modality()).isEqualTo("proposed");
    assertThat(events("Lo scopo era forzare lo zar a denunciare il trattato di protezione.")).isEmpty();
    assertThat(events("L'articolo autorizza ogni potenza a denunciare qualsiasi trattato esistente.")).isEmpty();
  }

  @Test
  void theReplacerIsNoArgumentOfTheRemovalNorTheRelativeOfAFounder() {
    Event replaced = only(events("Alla fine del 1981 il cantante venne sostituito da Bruce Dickinson.",
        "PER:Bruce Dickinson"));
    assertThat(replaced.type()).isEqualTo("REMOVAL");
    assertThat(names(replaced, "agent")).isEmpty();
    Event named = only(events("Andrew Freeman è stato sostituito da Todd Morse.", "PER:Andrew Freeman",
        "PER:Todd Morse"));
    assertThat(names(named, "patient")).containsExactly("Andrew Freeman");
    assertThat(names(named, "agent")).isEmpty();
    Event father = only(events("Il museo fu fondato dal padre di Marina Cvetaeva.", "PER:Marina Cvetaeva"));
    assertThat(father.type()).isEqualTo("FOUNDING");
    assertThat(names(father, "agent")).isEmpty();
    Event founder = only(events("Il museo fu fondato da Ivan Cvetaev.", "PER:Ivan Cvetaev"));
    assertThat(names(founder, "agent")).containsExactly("Ivan Cvetaev");
    Event father2 = only(events("Il regno di Vilcabamba fu creato dal padre Manco II nelle Ande.",
        "PER:Manco II", "LOC:Vilcabamba"));
    assertThat(names(father2, "agent")).containsExactly("Manco II");
  }

  @Test
  void aTurnedParticipleIsNoRevoltAndOrdersHaveTheirSubjectAsAgent() {
    assertThat(events("Aumentano le richieste a lui rivolte di tornare in campo.")).isEmpty();
    assertThat(events("La borsa veniva indossata con la punta rivolta all'indietro.")).isEmpty();
    assertThat(types("Nel 1647 scoppiò una rivolta a Palermo.", "LOC:Palermo")).containsExactly("OPPOSITION");
    Event death = only(events("Informato del complotto, Claudio decretò la morte dei due amanti.",
        "PER:Claudio"));
    assertThat(death.type()).isEqualTo("DEATH");
    assertThat(names(death, "agent")).containsExactly("Claudio");
    Event entrusted = only(events("Il comando della flotta fu affidato a Nicia e a Lamaco.", "PER:Nicia",
        "PER:Lamaco"));
    assertThat(entrusted.type()).isEqualTo("APPOINTMENT");
    assertThat(names(entrusted, "patient")).containsExactly("Nicia", "Lamaco");
  }

  @Test
  void candidatesWhoSuccumbUnitsAttackedOrSetUpAndHardStemsBeforeE() {
    assertThat(types("A Vienna soccombettero i capi dei cristiano-sociali.", "LOC:Vienna"))
        .containsExactly("DEFEAT");
    assertThat(events("Sarà perduta la pace, cioè soccomberà il regime democratico.")).isEmpty();
    assertThat(types("La guarnigione venne attaccata da una divisione australiana appena arrivata."))
        .containsExactly("OPPOSITION");
    assertThat(types("Furono istituiti tribunali militari e vietate le riunioni pubbliche."))
        .containsExactly("FOUNDING");
    assertThat(events("Il clero, come clero, non se ne impiccerà.")).isEmpty();
    assertThat(types("Il tribunale lo impiccherà all'alba.")).containsExactly("DEATH");
    assertThat(TriggerLexicon.spelled("are", "impicc", "erà")).isEqualTo("impiccherà");
    assertThat(TriggerLexicon.spelled("ere", "vinc", "eva")).isEqualTo("vinceva");
  }

  @Test
  void participlesWithSiAttacksRepelledParliamentsElectedAndDutiesCoordinated() {
    Event settled = only(events("Insediatosi come presidente della società nel febbraio 1992, Sergio Cragnotti"
        + " acquistò il giocatore.", "PER:Sergio Cragnotti"));
    assertThat(settled.type()).isEqualTo("APPOINTMENT");
    assertThat(types("I ripetuti attacchi furono respinti dai Siamesi.")).containsExactly("OPPOSITION");
    assertThat(types("Gli attacchi di panico sono frequenti.")).isEmpty();
    Event election = only(events("Si è deciso di procedere nel 1978 all'elezione diretta del Parlamento europeo.",
        "ORG:Parlamento europeo"));
    assertThat(election.type()).isEqualTo("APPOINTMENT");
    assertThat(types("Le elezioni politiche si terranno in primavera.")).isEmpty();
    Event resign = only(events("Il D.r Degasperi dice che la maggioranza deve collaborare o dimettersi.",
        "PER:Degasperi"));
    assertThat(resign.type()).isEqualTo("REMOVAL");
    assertThat(resign.modality()).isEqualTo("proposed");
  }

  @Test
  void shipsHaltedDevelopmentStoppedAndAFoundationAsAnInstitution() {
    assertThat(events("Le navi russe che passarono – è storia di ieri – superbamente la Manica sotto la bandiera di"
        + " Rosdestwenski, vengono ora arrestate all'imboccatura del Tamigi.", "PER:Rosdestwenski",
        "LOC:Manica", "LOC:Tamigi")).isEmpty();
    assertThat(events("Una difesa rigida minaccia di arrestare lo sviluppo sociale e politico.")).isEmpty();
    assertThat(types("I congiurati vennero arrestati all'imboccatura del Tamigi.", "LOC:Tamigi"))
        .containsExactly("ARREST");
    assertThat(events("La Chiesa è una fondazione di Dio sulla terra.")).isEmpty();
    assertThat(types("Nel 1950 fu celebrata la fondazione della città.", "DATE:1950=1950"))
        .containsExactly("FOUNDING");
  }

  @Test
  void bodiesThatWillBeSetUpAndTheSettingUpOfACommissionButNotTheCharter() {
    assertThat(types("Una delle richieste concerneva appunto la costituzione della commissione in parola."))
        .containsExactly("FOUNDING");
    assertThat(events("La costituzione della repubblica garantisce la libertà di stampa.")).isEmpty();
    Event councils = only(events("I consigli di gestione verranno costituiti secondo la legge."));
    assertThat(councils.type()).isEqualTo("FOUNDING");
    assertThat(events("Il partito ha sede in Roma ed è costituito da sezioni comunali.", "LOC:Roma")).isEmpty();
  }

  @Test
  void titlesConferredReplacementsWithConAndElectionsOfAnOffice() {
    assertThat(types("Nel 1690 il nipote Giambattista fu creato cardinale da papa Alessandro VIII.",
        "DATE:1690=1690", "PER:Giambattista", "PER:Alessandro VIII")).containsExactly("APPOINTMENT");
    assertThat(events("L'architetto ha creato un cortile nuovo.")).isEmpty();
    assertThat(types("A fine gennaio il generale Niceforo fu acclamato imperatore dalle truppe.",
        "PER:Niceforo")).containsExactly("APPOINTMENT");
    assertThat(events("Il tenore fu acclamato dal pubblico della Scala.", "ORG:Scala")).isEmpty();
    assertThat(types("Alla fine della stagione venne licenziato e sostituito con Mario Rossi.", "PER:Mario Rossi"))
        .containsExactly("REMOVAL", "REMOVAL");
    assertThat(events("Il vecchio ponte di legno fu sostituito con uno di pietra.")).isEmpty();
    assertThat(types("Nel medioevo l'elezione pontificia dipendeva spesso dall'imperatore."))
        .containsExactly("APPOINTMENT");
    assertThat(events("Nel medioevo le elezioni erano rare.")).isEmpty();
  }

  @Test
  void foundingAnniversariesAlliancesJoinedAndRegimesSetUp() {
    assertThat(types("Nel 1974, a venticinque anni dalla sua fondazione, l'alleanza resta salda.",
        "DATE:1974=1974")).containsExactly("FOUNDING");
    assertThat(events("La sua fondazione culturale ha sede a Torino.", "LOC:Torino")).isEmpty();
    assertThat(types("Il governo propose di ammettere la Grecia e la Turchia alla NATO.", "LOC:Grecia",
        "LOC:Turchia", "ORG:NATO")).containsExactly("ALLIANCE");
    assertThat(types("Dopo l'ammissione della Grecia alla NATO i comandi furono riordinati.", "LOC:Grecia",
        "ORG:NATO")).containsExactly("ALLIANCE");
    assertThat(events("Fu ammesso all'università di Padova nel 1920.", "LOC:Padova", "DATE:1920=1920"))
        .isEmpty();
    assertThat(events("Partecipò alla battaglia di Lepanto.", "LOC:Lepanto")).isEmpty();
    assertThat(events("Fu ricevuto dal membro della Commissione per le ammissioni all'ONU.", "ORG:ONU")).isEmpty();
    assertThat(types("Dopo l'instaurazione di un regime repubblicano la città decadde.")).containsExactly("FOUNDING");
    assertThat(events("Temevano l'instaurazione di un governo di parte.")).isEmpty();
  }

  @Test
  void matchesWonMutualStrugglesAttacksOnAPlaceAndRevoltsQuelled() {
    assertThat(types("A Roma, dopo aver superato Paolo Bianchi, fu sconfitto da Luigi Verdi.", "LOC:Roma",
        "PER:Paolo Bianchi", "PER:Luigi Verdi")).containsExactly("DEFEAT", "DEFEAT");
    assertThat(events("La produzione ha superato le attese.")).isEmpty();
    assertThat(types("Le due fazioni non hanno cessato di combattersi per vent'anni.")).containsExactly("OPPOSITION");
    assertThat(types("Il re attaccò prima Marsiglia e poi occupò Narbona.", "LOC:Marsiglia", "LOC:Narbona"))
        .containsExactly("OPPOSITION");
    assertThat(types("Filippo mandò il figlio a sedare alcune rivolte in Tracia.", "PER:Filippo", "LOC:Tracia"))
        .containsExactly("DEFEAT", "OPPOSITION");
  }

  @Test
  void testimoniesArmsLaidDownAndShipsCapturedAreNoEvents() {
    assertThat(events("Il cassiere fece già la sua deposizione in giudizio.")).isEmpty();
    assertThat(types("Nel primo caso una fazione militare depone il governo civile.")).containsExactly("REMOVAL");
    assertThat(events("Dopo tre giorni la guarnigione depone le armi.")).isEmpty();
    assertThat(events("Lisandro catturò le navi spiaggiate sulla riva.", "PER:Lisandro")).isEmpty();
    assertThat(types("Lisandro catturò i marinai sulla riva.", "PER:Lisandro")).containsExactly("ARREST");
    assertThat(events("Alcuni prigionieri furono internati nel castello di Kufstein.", "LOC:Kufstein"))
        .extracting(Event::type).containsExactly("ARREST");
  }

  @Test
  void municipalitiesMergedAndSuccessorsPlacedInTheVacantPost() {
    assertThat(types("Già comune autonomo con 800 abitanti, nel 2013 è stato accorpato a Mendrisio.",
        "LOC:Mendrisio", "DATE:2013=2013")).containsExactly("DISSOLUTION");
    assertThat(events("I due file sono stati accorpati in un unico volume.")).isEmpty();
    Event placed = only(events("Leone lo destituì e pose al suo posto il fedele Anastasio.", "PER:Leone",
        "PER:Anastasio").stream().filter(e -> e.type().equals("APPOINTMENT")).toList());
    assertThat(placed.trigger().text()).isEqualTo("pose");
    assertThat(events("Il re pose fine alla guerra.")).isEmpty();
  }

  @Test
  void encliticJoiningFlightFromAPlaceAndRegnalTitlesProclaimed() {
    assertThat(triggers("Ebbene, unitevi alle schiere dei lavoratori e combattete con loro!"))
        .containsExactly("ALLIANCE:unitevi");
    assertThat(types("Per sopravvivere l'Austria deve unirsi a uno degli Stati vicini.", "LOC:Austria"))
        .containsExactly("ALLIANCE");
    assertThat(events("Decise di unirsi in matrimonio con una principessa straniera.")).isEmpty();
    assertThat(types("Nel 286 il generale fuggì dalla Gallia.", "LOC:Gallia", "DATE:286=0286"))
        .containsExactly("EXILE");
    assertThat(events("Il prigioniero fuggì dal carcere.")).isEmpty();
    assertThat(triggers("Carausio si ribellò, proclamandosi Augusto.", "PER:Carausio"))
        .contains("APPOINTMENT:proclamandosi");
    assertThat(types("La sposa fu battezzata e due anni dopo fu proclamata Augusta.")).containsExactly("APPOINTMENT");
    assertThat(events("Il sindaco proclamò il lutto cittadino.")).isEmpty();
    assertThat(types("L'incarico di comandante della spedizione venne conferito a Giovanni Rossi.",
        "PER:Giovanni Rossi")).containsExactly("APPOINTMENT");
    assertThat(types("Nel 1995 il batterista lascia il gruppo.", "DATE:1995=1995")).containsExactly("REMOVAL");
  }

  @Test
  void deathsOutDeprivationsPurgesEnrolmentsAndArmiesAbolished() {
    assertThat(types("Visse a lungo a Lecco, dove si spense il 3 marzo 2008.", "LOC:Lecco",
        "DATE:3 marzo 2008=2008-03-03")).containsExactly("DEATH");
    assertThat(events("La rivolta si spense in pochi giorni.").stream().map(Event::type)).doesNotContain("DEATH");
    assertThat(types("Il generale lo privò delle insegne imperiali.")).containsExactly("REMOVAL");
    assertThat(events("Era una città priva di difese.")).isEmpty();
    assertThat(types("Riuscì a sopravvivere alle purghe del 1937.", "DATE:1937=1937")).containsExactly("REMOVAL");
    assertThat(types("Nel 1921 si iscrisse al partito comunista.", "DATE:1921=1921")).containsExactly("ALLIANCE");
    assertThat(events("Nel 1921 si iscrisse all'università di Torino.", "DATE:1921=1921", "LOC:Torino")).isEmpty();
    assertThat(types("Nel 1949 il paese ha abolito anche le forze armate.", "DATE:1949=1949"))
        .containsExactly("DISSOLUTION");
  }

  @Test
  void heartArrestsAilmentsFeignedDeathsExileGovernmentsAndIssuesAreNoEvents() {
    assertThat(types("Morì a Roma per un arresto cardiaco.", "LOC:Roma")).containsExactly("DEATH");
    assertThat(events("Al decimo giro Coulthard accusa problemi al motore.", "PER:Coulthard")).isEmpty();
    assertThat(types("Il giornale accusa il ministro di corruzione.")).containsExactly("ACCUSATION");
    assertThat(events("Uscì dalla città fingendosi morto.")).isEmpty();
    assertThat(events("Stalin diffidava del governo polacco in esilio a Londra.", "PER:Stalin", "LOC:Londra"))
        .isEmpty();
    assertThat(events("Il libro piacque a persone d'eletta coltura.")).isEmpty();
    assertThat(types("Nel 1948 fu eletto presidente.", "DATE:1948=1948")).containsExactly("APPOINTMENT");
    assertThat(events("È una sollecitazione rivolta al legislatore.")).isEmpty();
    assertThat(events("Si è sollevata la questione della riforma.")).isEmpty();
    assertThat(events("Speravano che fosse sciolta la questione delle ferrovie.")).isEmpty();
    assertThat(types("Il re sciolse la Camera.")).containsExactly("DISSOLUTION");
    assertThat(events("Conviene evitare di arrestare per un periodo notevole il lavoro del Parlamento.")).isEmpty();
    assertThat(events("Occorre combattere i pericoli dell'inflazione.")).isEmpty();
    assertThat(events("La guerra, combattuta in Germania e in Italia, durò trent'anni.", "LOC:Germania",
        "LOC:Italia")).isEmpty();
    assertThat(events("Le navi da battaglia furono internate nei Laghi Amari fino al 1947.", "LOC:Laghi Amari",
        "DATE:1947=1947")).isEmpty();
    assertThat(events("I capi della sinistra si annegarono in un bicchier d'acqua.")).isEmpty();
  }

  @Test
  void regimentsFormedQuotedRevoltsScoresContrastsAndObstacles() {
    assertThat(types("Dai sei reggimenti costituiti nel 1882 nacque la nuova brigata.", "DATE:1882=1882"))
        .containsExactly("FOUNDING");
    assertThat(events("Le truppe costituite da volontari partirono.")).isEmpty();
    assertThat(types("Il moto divenne quella che fu chiamata la \" rivolta dei contadini \".")).containsExactly("OPPOSITION");
    assertThat(events("All'indomani della sconfitta per 2 - 0 viene confermato in panchina.")).isEmpty();
    assertThat(events("Il congresso si arrestò davanti alle diversità contrastanti delle regioni.")).isEmpty();
    assertThat(events("Sono enormi gli ostacoli che si oppongono alla realizzazione del progetto.")).isEmpty();
    assertThat(types("La Francia si oppose alla realizzazione del progetto.", "LOC:Francia"))
        .containsExactly("OPPOSITION");
  }

  @Test
  void session10CrucifiedReplacedRevoltsAfterDelleAndHypotheticalOrRequestedEvents() {
    assertThat(types("Secondo la tradizione fu fatto crocifiggere dal governatore.")).containsExactly("DEATH");
    assertThat(events("Nell'aula era appeso il Crocifisso.")).isEmpty();
    assertThat(events("Il dipinto mostra un Cristo crocifisso tra due ladroni.", "PER:Cristo")).isEmpty();
    assertThat(types("Secondo il vangelo fu crocifisso sul Golgota.", "LOC:Golgota")).containsExactly("DEATH");
    Event crucified = only(events("Secondo la tradizione Andrea apostolo, che non era cittadino romano, venne fatto "
        + "crocifiggere a Patrasso.", "PER:Andrea", "LOC:Patrasso"));
    assertThat(names(crucified, "patient")).containsExactly("Andrea");
    assertThat(types("A febbraio viene rimpiazzato da Mario Rossi.", "PER:Mario Rossi")).containsExactly("REMOVAL");
    assertThat(events("Il vecchio motore fu rimpiazzato nel 1950.", "DATE:1950=1950")).isEmpty();
    assertThat(types("Parlò delle rivolte che ci sono state nelle carceri.")).containsExactly("OPPOSITION");
    assertThat(only(events("Si è trattato di vere e proprie rivolte.")).arguments()).isEmpty();
    assertThat(events("Nessuna delle istanze ad ella rivolte ha trovato risposta.")).isEmpty();
    assertThat(events("Lesse una delle lettere rivolte al ministro.")).isEmpty();
    assertThat(only(events("Temevano vendette in caso di sconfitta.")).modality()).isEqualTo("possible");
    assertThat(only(events("Noi chiediamo che venga rimosso dal suo incarico.")).modality()).isEqualTo("proposed");
    Event predicate = only(events("Teodorico era considerato un eretico, un ariano che si opponeva ai cattolici.",
        "PER:Teodorico"));
    assertThat(names(predicate, "agent")).containsExactly("Teodorico");
  }

  @Test
  void session10EscapesFromABuildingClashesAgainstAndALightVerbPastAnEscape() {
    List<Event> escaped = events("Nel 1414 Rossi fuggì dalla Torre di Londra e organizzò un'insurrezione.",
        "PER:Rossi", "LOC:Torre di Londra", "DATE:1414=1414");
    assertThat(escaped.stream().map(Event::type)).containsExactly("OPPOSITION");
    assertThat(names(escaped.get(0), "agent")).containsExactly("Rossi");
    assertThat(types("Nel 1940 fuggì dalla Francia.", "LOC:Francia", "DATE:1940=1940")).containsExactly("EXILE");
    assertThat(types("Avevano esperienza di scontri in montagna contro i ribelli.")).containsExactly("OPPOSITION");
    assertThat(events("Gli scontri di opinione furono vivaci.")).isEmpty();
  }
}
