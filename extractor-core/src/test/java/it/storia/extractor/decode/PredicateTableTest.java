package it.storia.extractor.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** The predicate table must add exactly what a lookup in the model's map adds, for known and unknown features. */
class PredicateTableTest {
  @Test
  void sumsLikeTheMapIncludingEqualHashesUnknownKeysAndLongContexts() {
    Map<String, Context> map = new LinkedHashMap<>();
    // "Aa" and "BB" have the same String.hashCode, so they share a first slot.
    map.put("Aa", new Context(new int[] {0, 2}, new double[] {0.25, -1.5}));
    map.put("BB", new Context(new int[] {1}, new double[] {3.0}));
    map.put("w=trotsky", new Context(new int[] {2, 0, 1}, new double[] {0.1, 0.2, 0.3}));
    map.put("suf=ò", new Context(new int[] {1}, new double[] {-0.7}));
    for (int i = 0; i < 500; i++) {
      map.put("f" + i, new Context(new int[] {i % 3}, new double[] {i / 7.0}));
    }
    PredicateTable table = new PredicateTable(map);
    List<String> context = new ArrayList<>(List.of("BB", "x", "Aa", "w=trotsky", "suf=ò", "suf=o", "", "Ab"));
    for (int i = 0; i < 150; i += 2) {
      context.add("f" + i);
      context.add("g" + i);
    }
    String[] features = context.toArray(new String[0]);
    assertThat(features.length).isGreaterThan(PredicateTable.CHUNK * 2);

    double[] expected = {0.5, -0.5, 0.0};
    for (String f : features) {
      Context c = map.get(f);
      if (c != null) {
        for (int a = 0; a < c.getOutcomes().length; a++) {
          expected[c.getOutcomes()[a]] += c.getParameters()[a] * 1.0;
        }
      }
    }
    double[] actual = {0.5, -0.5, 0.0};
    table.addAll(features, 0, features.length, actual, new PredicateTable.Scratch());
    assertThat(actual).containsExactly(expected);

    PredicateTable.Scratch withMemo = new PredicateTable.Scratch(table.newMemo());
    for (int pass = 0; pass < 3; pass++) {
      // the same String objects again (memo hits), then equal strings that are other objects (memo misses)
      String[] again = pass == 2 ? copies(features) : features;
      double[] memoised = {0.5, -0.5, 0.0};
      table.addAll(again, 0, again.length, memoised, withMemo);
      assertThat(memoised).containsExactly(expected);
    }
    String[] colliding = {"Aa", "BB", "Aa", "BB", "x", "x"};
    double[] collided = new double[3];
    table.addAll(colliding, 0, colliding.length, collided, withMemo);
    assertThat(collided).containsExactly(0.5, 6.0, -3.0);
    PredicateTable other = new PredicateTable(map);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.addAll(features, 0, 2, new double[3], withMemo))
        .isInstanceOf(IllegalArgumentException.class);

    double[] partial = new double[3];
    table.addAll(features, 2, 4, partial, new PredicateTable.Scratch());
    assertThat(partial).containsExactly(0.25 + 0.2, 0.3, -1.5 + 0.1);
  }

  private static String[] copies(String[] features) {
    String[] out = new String[features.length];
    for (int i = 0; i < features.length; i++) {
      out[i] = new String(features[i].toCharArray());
    }
    return out;
  }
}
