package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's event files that were read silently before session 15 and now fail naming the file, the line and the
 * value: a type listed twice, an empty inflection ending, a trigger option given twice or empty, a fixed-word action
 * with a value the extractor does not know ("negated=yes" read as false), an action given twice, an open or inverted
 * quantifier ("{2,}" read as "{2,2}").
 */
class EventDataFilesStrictTest {
  @TempDir Path dir;

  /** The bundled file with {@code added} appended, as a user extending it writes it; its load must fail. */
  private void fails(String file, String added, String... parts) throws IOException {
    String bundled;
    try (InputStream in = EventDataFilesStrictTest.class.getResourceAsStream(DataFiles.BASE + file)) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path p = Files.writeString(dir.resolve(file), bundled + added);
    var thrown = assertThatThrownBy(() -> PatternEventExtractor.load(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(p.toString());
    for (String part : parts) {
      thrown.hasMessageContaining(part);
    }
    Files.delete(p);
  }

  @Test
  void aTypeListedTwice() throws IOException {
    fails("types.tsv", "EXPULSION\tagain\n", "event type 'EXPULSION' is listed twice");
  }

  @Test
  void aBadPersonRoleOfATypeOrATriggerOrATriggerCondition() throws IOException {
    fails("types.tsv", "CONVERSION\tchanged faith\tpersons=location\n", "bad person role 'location'");
    fails("types.tsv", "CONVERSION\tchanged faith\tonly=patient\n", "bad type option 'only=patient'");
    fails("triggers.tsv", "EXPULSION\tespellere\tere=espell\tpersons=agent,object\n", "bad person role 'object'");
    fails("patterns.txt", "zz_audit_probe : [word=fu] @T[persons=location] =>\n", "unknown person role 'location'");
  }

  @Test
  void anEmptyInflectionEnding() throws IOException {
    fails("conjugations.tsv", "are\tfin\to,,a\n", "empty ending in 'o,,a'");
  }

  @Test
  void aTriggerOptionGivenTwiceOrWithoutValue() throws IOException {
    fails("triggers.tsv", "EXPULSION\tespellere\tere=espell\tsubj=agent subj=patient\n",
        "option 'subj' given twice");
    fails("triggers.tsv", "EXPULSION\tespellere\tere=espell\tneeds=\n", "option 'needs=' has no value");
  }

  @Test
  void anActionWithAnUnknownValueOrGivenTwice() throws IOException {
    fails("patterns.txt", "zz_audit_probe : [word=non] @T => negated=yes\n", "negated=yes", "[true, false]");
    fails("patterns.txt", "zz_audit_probe : [word=fu] @T => voice=pasive\n", "voice=pasive");
    fails("patterns.txt", "zz_audit_probe : [word=fu] @T => voice=passive, voice=active\n",
        "action 'voice' given twice");
  }

  @Test
  void anOpenOrInvertedQuantifier() throws IOException {
    fails("patterns.txt", "zz_audit_probe : [word=fu] [pos=ADV]{2,} @T => voice=passive\n", "'{2,}'");
    fails("patterns.txt", "zz_audit_probe : [word=fu] [pos=ADV]{3,1} @T => voice=passive\n", "'{3,1}'");
  }
}
