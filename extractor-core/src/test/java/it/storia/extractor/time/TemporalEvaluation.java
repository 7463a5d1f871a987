package it.storia.extractor.time;

import it.storia.extractor.io.DataLines;
import it.storia.extractor.model.Entity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores DATE entities against a hand-checked development set: overlap span precision and recall, and value
 * accuracy (value and mod both equal) over the matched pairs.
 *
 * <p>Dev-set format (TSV, {@code #} comments): {@code doc begin end text value mod}; a line holding only {@code doc}
 * declares a document without gold expressions (its dates all count as spurious). The text of document {@code doc}
 * is the resource {@code devset/time/texts/<doc>.txt}, else the corpus sentence that
 * {@code devset/time/corpus-refs.tsv} references ({@link TemporalCorpusText}: text of a NonCommercial corpus is not
 * committed). Not thread-safe (accumulates counts).
 */
final class TemporalEvaluation {
  /** One gold expression. */
  record Gold(String doc, int begin, int end, String text, String value, String mod) {}

  private int gold;
  private int system;
  private int goldFound;
  private int systemCorrect;
  private int matched;
  private int valueCorrect;
  private int exactSpans;
  private final List<String> errors = new ArrayList<>();

  /** The gold expressions of a dev-set file, grouped by document in file order. */
  static Map<String, List<Gold>> read(String resource) {
    Map<String, List<Gold>> byDoc = new LinkedHashMap<>();
    try (InputStream in = Objects.requireNonNull(TemporalEvaluation.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length == 1) {
          byDoc.computeIfAbsent(c[0].strip(), k -> new ArrayList<>());
          continue;
        }
        if (c.length != 6) {
          throw new IllegalArgumentException(resource + ":" + n + ": expected 6 columns, got '" + line + "'");
        }
        Gold g = new Gold(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3], c[4],
            c[5].isEmpty() ? null : c[5]);
        byDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return byDoc;
  }

  /** The DaDoEval year of each De Gasperi document of the dev set ({@code devset/time/years.tsv}). */
  static Map<String, String> years() {
    return twoColumns("/devset/time/years.tsv");
  }

  /**
   * A dev-set resource of {@code key TAB value} lines (blank and {@code #} lines skipped) as an ordered map; a line
   * with another number of columns fails, naming the resource, its line number and the line.
   */
  static Map<String, String> twoColumns(String resource) {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = Objects.requireNonNull(TemporalEvaluation.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (DataLines.Line line : DataLines.read(r)) {
        String[] c = line.text().split("\t");
        if (c.length != 2) {
          throw new IllegalArgumentException(resource + ":" + line.number() + ": expected 'key TAB value', got '"
              + line.text() + "'");
        }
        out.put(c[0], c[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }

  /** The text of a dev-set document: a committed text, else a referenced corpus sentence. */
  static String text(String doc) {
    String resource = "/devset/time/texts/" + doc + ".txt";
    try (InputStream in = TemporalEvaluation.class.getResourceAsStream(resource)) {
      if (in == null) {
        return TemporalCorpusText.text(doc);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Adds one document: its gold expressions and the system's dates. */
  void add(String doc, List<Gold> golds, List<Entity> dates) {
    gold += golds.size();
    system += dates.size();
    boolean[] used = new boolean[dates.size()];
    for (Gold g : golds) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < dates.size(); i++) {
        Entity d = dates.get(i);
        int overlap = Math.min(g.end(), d.end()) - Math.max(g.begin(), d.begin());
        if (overlap > 0 && !used[i] && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      boolean anyOverlap = dates.stream().anyMatch(d -> d.overlaps(g.begin(), g.end()));
      if (anyOverlap) {
        goldFound++;
      } else {
        errors.add(doc + "\tMISSED\t" + g.text() + "\t" + g.value());
      }
      if (best >= 0) {
        used[best] = true;
        matched++;
        Entity d = dates.get(best);
        if (d.begin() == g.begin() && d.end() == g.end()) {
          exactSpans++;
        }
        if (Objects.equals(d.value(), g.value()) && Objects.equals(d.mod(), g.mod())) {
          valueCorrect++;
        } else {
          errors.add(doc + "\tVALUE\t" + d.text() + "\t" + d.value() + " " + d.mod() + "\tgold " + g.text() + " "
              + g.value() + " " + g.mod());
        }
      }
    }
    for (Entity d : dates) {
      if (golds.stream().anyMatch(g -> d.overlaps(g.begin(), g.end()))) {
        systemCorrect++;
      } else {
        errors.add(doc + "\tSPURIOUS\t" + d.text() + "\t" + d.value());
      }
    }
  }

  int gold() {
    return gold;
  }

  double recall() {
    return gold == 0 ? 0 : (double) goldFound / gold;
  }

  double precision() {
    return system == 0 ? 0 : (double) systemCorrect / system;
  }

  double valueAccuracy() {
    return matched == 0 ? 0 : (double) valueCorrect / matched;
  }

  List<String> errors() {
    return List.copyOf(errors);
  }

  String summary(String name) {
    return String.format(Locale.ROOT,
        "%s: gold %d, system %d, overlap P %.3f R %.3f, value accuracy %.3f (%d/%d), exact spans %d/%d", name, gold,
        system, precision(), recall(), valueAccuracy(), valueCorrect, matched, exactSpans, matched);
  }
}
