package it.storia.extractor.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's date rules: a lexicon word listed twice with the same value loads (as a user appending to the bundled
 * file may do), with two values it fails naming the file, the line and both values instead of keeping the last.
 */
class TemporalRulesFileTest {
  @TempDir Path dir;

  private static final String RULE = "rule\tenglish\tDATE\t(?<month>{@MONTH})\\s(?<year>1[0-9]{3})\n";

  @Test
  void aWordRepeatedWithTheSameValueLoads() throws IOException {
    Path f = Files.writeString(dir.resolve("r.txt"), "lex\tMONTH\tJanuary\t01\nlex\tMONTH\tjanuary\t01\n" + RULE);
    assertThat(RuleTemporalTagger.load(f)).isNotNull();
  }

  @Test
  void aWordWithTwoValuesOrAnEmptyValueIsAnError() throws IOException {
    Path f = Files.writeString(dir.resolve("r.txt"), "lex\tMONTH\tJanuary\t01\nlex\tMONTH\tjanuary\t02\n" + RULE);
    assertThatThrownBy(() -> RuleTemporalTagger.load(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(f + ":2: 'january' of lexicon class MONTH is already '01', got '02'");
    Files.writeString(f, "lex\tMONTH\tJanuary\t \n" + RULE);
    assertThatThrownBy(() -> RuleTemporalTagger.load(f)).hasMessageContaining(f + ":1: empty word or value");
  }
}
