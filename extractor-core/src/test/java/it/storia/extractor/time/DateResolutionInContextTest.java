package it.storia.extractor.time;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session 12's tense-aware resolution on real sentences, through the whole pipeline: the tense cue reads the POS tags
 * (verbs tagged VERB or AUX), which the bare segmenter of {@link RuleTemporalTaggerTest} does not give.
 */
class DateResolutionInContextTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = SharedPipeline.defaults();
  }

  private static List<String> dates(String text) {
    return dates(text, null);
  }

  /** "text=value" for each date of a text written on {@code documentDate} (null: not known). */
  private static List<String> dates(String text, String documentDate) {
    return extractor.extract(text, "t", null, documentDate).entities().stream()
        .filter(e -> e.type() == EntityType.DATE)
        .map(e -> {
          assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.text());
          return e.text() + "=" + e.value();
        })
        .toList();
  }

  /**
   * A yearless date of a sentence that speaks in the present (a finite verb, no passato remoto or imperfect) after a narrative anchor more than a year before the year of writing is dated from the time of writing; the
   * document date a caller states wins over the estimate from the text's years (here 1919, the only year written).
   * A De Gasperi record of a 1946 meeting (dev set blind14).
   */
  @Test
  void aPresentSentenceAfterAnOldAnchorTakesTheStatedYearOfWritingNotTheEstimate() {
    String text = "Ciò, egli precisa, quantunque sostenibile dal punto di vista etnico e geografico, comporterebbe un "
        + "danno strategico (ferrovia), che nel 1919 lo Stato Maggiore si preoccupò di evitare. 4 – STONE chiede "
        + "notizia in merito ai noti quesiti già posti in precedenti lettere in tema di elezioni e Costituente. "
        + "Comunque, egli precisa che preme enormemente anche a lui fissare le modalità delle elezioni per non più "
        + "tardi del 20 marzo circa, cioè 70 giorni prima del 26 maggio.";
    assertThat(dates(text, "1946")).containsExactly("1919=1919", "20 marzo=1946-03-20", "26 maggio=1946-05-26");
    assertThat(dates(text)).containsExactly("1919=1919", "20 marzo=1919-03-20", "26 maggio=1919-05-26");
  }

  /**
   * A sentence that tells a past story (passato remoto "presentarono", imperfect "deliberava") keeps the narrative
   * anchor even when it is years before the year of writing (a 1919 De Gasperi report, dev set heldout).
   */
  @Test
  void aPastStoryKeepsItsOldAnchor() {
    String text = "Fu appena nel maggio 1917 che, riaperto il Parlamento, i deputati italiani presentarono una "
        + "proposta tendente a ottenere che la posizione dei profughi e i loro diritti di fronte allo Stato venissero "
        + "regolati per legge.\n\nAi 12 giugno in base alla stessa proposta il Parlamento deliberava di nominare un "
        + "Comitato parlamentare dei profughi.";
    assertThat(dates(text, "1919")).containsExactly("maggio 1917=1917-05", "12 giugno=1917-06-12");
  }

  /**
   * Without a document date the estimate of the time of writing (the latest year written, 1947) plays the same part:
   * the yearless days of present-tense sentences after an anchor of 1850 are 1947's (a 1947 De Gasperi speech, dev
   * set blind3).
   */
  @Test
  void withoutADocumentDateTheEstimatedYearOfWritingDatesAPresentSentence() {
    String text = "Nenni mi ha detto: «Il doppio gioco è vecchio; dal 1850 Marx diceva che dopo una rivoluzione "
        + "bisogna pungolare il partito vincitore».\n\nNell’Avanti! del 1° maggio incomincia la campagna.\n\n"
        + "Togliatti, il giorno 5, mi dice di non essere contrario ad una certa collaborazione.\n\nNon ho che a fare "
        + "una cosa: leggervi la lettera diretta al ministro del Tesoro dal direttore dell’Export-Import Bank del 14 "
        + "gennaio 1947, cioè il giorno della nostra partenza da Washington.";
    assertThat(dates(text)).containsExactly("1850=1850", "1° maggio=1947-05-01", "giorno 5=1947-05-05",
        "14 gennaio 1947=1947-01-14");
  }

  /**
   * The items of a list, with no finite verb, do not speak in the present: "27 aprile" after "4 marzo 1848" in a 1948
   * speech stays 1848's (event dev set heldout4; the estimated year of writing is the 1948 the text writes).
   */
  @Test
  void theItemsOfAListKeepTheirAnchor() {
    assertThat(dates("Cari amici, non mi è possibile, parlando qui a Torino, in questo anno 1948 non ricordare, con "
        + "profonda emozione, le ore decisive scoccate un secolo fa, nella vita politica del nostro paese: 4 marzo "
        + "1848, proclamazione dello Statuto albertino; 27 aprile, elezione del primo Parlamento subalpino; 8 maggio "
        + "prima seduta della Camera subalpina."))
        .contains("4 marzo 1848=1848-03-04", "27 aprile=1848-04-27", "8 maggio=1848-05-08");
  }
}
