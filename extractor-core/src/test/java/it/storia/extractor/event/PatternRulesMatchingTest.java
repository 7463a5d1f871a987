package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The backtracking of the pattern matcher on hand-made rules: greedy elements take the longest reading that lets
 * the rest match, lazy ones the shortest, groups repeat and may be skipped, and a rule's trigger conditions on form
 * and type decide which rules a reading tries. Captures are compared as the words they cover.
 */
class PatternRulesMatchingTest {
  private static final WordClasses CLASSES = WordClasses.parse(DataFiles.classpath("word-classes.tsv"));
  private static final TriggerLexicon LEXICON = TriggerLexicon.parse(DataFiles.classpath("types.tsv"),
      DataFiles.classpath("conjugations.tsv"), DataFiles.classpath("triggers.tsv"));
  private static final String TEXT = "Allora Trotsky e Zinoviev furono espulsi dal partito nel 1927 e nel 1928.";

  /** For each rule that matches at "espulsi", its captures as text. */
  private static Map<String, Map<String, String>> match(String... rules) {
    List<DataFiles.Line> lines = new ArrayList<>();
    for (int i = 0; i < rules.length; i++) {
      lines.add(new DataFiles.Line("test", i + 1, rules[i]));
    }
    PatternRules compiled = PatternRules.parse(lines, CLASSES, LEXICON);
    Texts.Doc d = Texts.doc(TEXT, "PERSON:Trotsky", "PERSON:Zinoviev");
    SentenceView v = new SentenceView(d.analyzed().tokensOf(0), d.entities(), CLASSES, LEXICON);
    int t = List.of(v.lower).indexOf("espulsi");
    assertThat(v.readings.get(t)).isNotEmpty();
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (TriggerLexicon.Reading r : v.readings.get(t)) {
      for (PatternRules.Match m : compiled.matches(v, t, r)) {
        Map<String, String> caps = new LinkedHashMap<>();
        m.captures().forEach((k, span) -> caps.put(k, span[0] == span[1] ? "" : v.text(TEXT, span[0], span[1])));
        out.putIfAbsent(m.rule().name(), caps);
      }
    }
    return out;
  }

  @Test
  void greedyTakesTheLongestAndLazyTheShortestReadingThatLetsTheRestMatch() {
    Map<String, Map<String, String>> m = match(
        "greedy : @T X:[!punct]* [word=nel] => object=$X",
        "lazy : @T X:[!punct]*? [word=nel] => object=$X",
        "bounded : @T X:[!punct]{0,3} [word=nel] => object=$X",
        "leftgreedy : X:[!punct]+ [word=furono] @T => subject=$X",
        "leftlazy : X:[!punct]+? [word=furono] @T => subject=$X");
    assertThat(m.get("greedy")).containsEntry("X", "dal partito nel 1927 e");
    assertThat(m.get("lazy")).containsEntry("X", "dal partito");
    assertThat(m.get("bounded")).containsEntry("X", "dal partito");
    // leftwards, lazy means nearest to the trigger
    assertThat(m.get("leftgreedy")).containsEntry("X", "Allora Trotsky e Zinoviev");
    assertThat(m.get("leftlazy")).containsEntry("X", "Zinoviev");
  }

  @Test
  void groupsRepeatOverEntitiesAndMayBeSkipped() {
    Map<String, Map<String, String>> m = match(
        "coord : S:(<PERSON> ([word=e] <PERSON>)*) [word=furono] @T => subject=$S",
        "skipped : G:([word=mai] [word=e])? [word=furono] @T => subject=$G",
        "needed : ([word=mai] [word=e])+ [word=furono] @T => voice=passive",
        "repeated : @T [!punct]{0,3}? Y:([class=prep_in|coord|prep_di|det]? [word=nel] [!punct])+ [punct] => object=$Y",
        "inside : @T [!punct]{0,6}? Y:([word=nel] [!punct])+ [punct] => object=$Y");
    assertThat(m.get("coord")).containsEntry("S", "Trotsky e Zinoviev");
    assertThat(m.get("skipped")).containsEntry("G", "");
    assertThat(m).doesNotContainKey("needed");
    assertThat(m.get("inside")).containsEntry("Y", "nel 1928");
    assertThat(m.get("repeated")).containsEntry("Y", "nel 1927 e nel 1928");
  }

  @Test
  void triggerConditionsOnFormAndTypeChooseTheRulesAReadingTries() {
    Map<String, Map<String, String>> m = match(
        "pp : @T[form=pp] => voice=passive",
        "notpp : @T[!form=pp] => voice=active",
        "expulsion : @T[type=EXPULSION & form=/p+/] => voice=passive",
        "other : @T[type=DEATH] => voice=active",
        "word : @T[word=espulsi] => voice=passive");
    assertThat(m).containsKeys("pp", "expulsion", "word").doesNotContainKeys("notpp", "other");
  }

  @Test
  void aValueListMayMixWordsAndRegularExpressions() {
    Map<String, Map<String, String>> m = match(
        "mixed : @T [!punct]{0,4}? [word=nel] Y:[word=duemila|/19\\d\\d/] => object=$Y",
        "inner_bar : @T [!punct]{0,4}? [word=nel] Y:[word=/18\\d\\d|1927/|duemila] => object=$Y",
        "words_only : @T [!punct]{0,4}? [word=nel] Y:[word=duemila|millenovecento] => object=$Y");
    assertThat(m.get("mixed")).containsEntry("Y", "1927");
    // a regex alternative may hold '|' itself
    assertThat(m.get("inner_bar")).containsEntry("Y", "1927");
    assertThat(m).doesNotContainKey("words_only");
    assertThatThrownBy(() -> match("bad : @T [word=a|/(unclosed/]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(unclosed");
    assertThatThrownBy(() -> match("empty : @T [word=a||/x/]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a||/x/");
  }
}
