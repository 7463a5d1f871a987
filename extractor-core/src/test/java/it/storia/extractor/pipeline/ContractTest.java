package it.storia.extractor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.Samples;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Sentence;
import it.storia.extractor.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The contract every stage of the default pipeline keeps, checked on the whole output: offsets in range and sorted,
 * {@code text.substring(begin, end)} equal to each span's text, no exception on random or noisy input, and the same
 * result from several threads.
 */
class ContractTest {
  private static final Extractor EXTRACTOR = SharedPipeline.defaults();

  static Stream<String> inputs() {
    List<String> list = new ArrayList<>();
    list.add(Samples.lotta());
    list.add("");
    list.add("   \n\n\t ");
    list.add("...!!!???");
    list.add("V.I. Lenin. IV. Stalin! L. D. Trotsky? (b) ecc. Kam. e Zin. 1925 ᴦ. Stalin");
    list.add("e\u0301 citta\u0300 Forli\u0300 \uD83D\uDE00 \uD800 \uDC00 \uF04A \u200B\uFEFF");
    list.add("Nel 1926 L’opposizione “unita”\r\nfu sconfitta.\r\n\r\nTrotsky fu espulso dal partito.");
    list.add("x".repeat(5000) + ". " + "1".repeat(300) + "." + "'".repeat(50));
    list.add("dell' l' d' po' '27 '2 ' ( ) (b (b) b) - -- --- 1.2.3.4.5 1,2,3 14°° °");
    Random r = new Random(20261125L);
    for (int i = 0; i < 30; i++) {
      list.add(randomText(r, 50 + r.nextInt(400)));
    }
    return list.stream();
  }

  private static String randomText(Random r, int length) {
    String alphabet = "aeioubcdfglmnprstvzAEIOUSTLKVN .,;:!?'\"()-\n0123456789àèéìòù°ᴦ’“”";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int mode = r.nextInt(10);
      if (mode < 7) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      } else if (mode < 9) {
        sb.appendCodePoint(r.nextInt(0x3000));
      } else {
        sb.appendCodePoint(0x10000 + r.nextInt(0x10000));
      }
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everySpanPointsIntoTheOriginalText(String text) {
    ExtractedDocument doc = EXTRACTOR.extract(text, "t", null);
    assertThat(doc.text()).isSameAs(text);
    int prev = 0;
    for (Sentence s : doc.sentences()) {
      assertThat(s.begin()).isGreaterThanOrEqualTo(prev);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      prev = s.end();
    }
    prev = 0;
    for (Token t : doc.tokens()) {
      assertThat(t.begin()).isGreaterThanOrEqualTo(prev);
      assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
      Sentence s = doc.sentences().get(t.sentence());
      assertThat(t.begin()).isGreaterThanOrEqualTo(s.begin());
      assertThat(t.end()).isLessThanOrEqualTo(s.end());
      prev = t.end();
    }
    int prevBegin = 0;
    for (Entity e : doc.entities()) {
      assertThat(e.begin()).isGreaterThanOrEqualTo(prevBegin);
      assertThat(e.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.text());
      assertThat(e.sentence()).isBetween(0, doc.sentences().size() - 1);
      prevBegin = e.begin();
    }
    for (Event ev : doc.events()) {
      assertThat(text.substring(ev.trigger().begin(), ev.trigger().end())).isEqualTo(ev.trigger().text());
      for (EventArgument a : ev.arguments()) {
        assertThat(text.substring(a.begin(), a.end())).isEqualTo(a.text());
      }
      if (ev.date() != null) {
        assertThat(text.substring(ev.date().begin(), ev.date().end())).isEqualTo(ev.date().text());
      }
    }
  }

  @Test
  void tokensCoverEveryNonSpaceCharacterOfTheSample() {
    String text = Samples.lotta();
    ExtractedDocument doc = EXTRACTOR.extract(text);
    boolean[] covered = new boolean[text.length()];
    for (Token t : doc.tokens()) {
      for (int i = t.begin(); i < t.end(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uF04A') {
        assertThat(covered[i]).as("char %s at %d", c, i).isTrue();
      }
    }
  }

  @Test
  void severalThreadsGiveTheSameResult() throws Exception {
    String text = Samples.lotta();
    ExtractedDocument expected = EXTRACTOR.extract(text, "lotta", "x");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ExtractedDocument>> futures = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        futures.add(pool.submit(() -> EXTRACTOR.extract(text, "lotta", "x")));
      }
      for (Future<ExtractedDocument> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
