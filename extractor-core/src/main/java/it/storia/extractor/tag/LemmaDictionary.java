package it.storia.extractor.tag;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A lemma lexicon: (lower-cased form, UPOS tag) → lemma, the most frequent lemma of the pair in the training
 * data.
 *
 * <p>File format (gzip-compressed UTF-8 TSV, one entry per line): {@code FORM<TAB>UPOS<TAB>LEMMA}; lines
 * starting with {@code #} are comments. Users can replace it via {@link OpenNlpTagger#load}. Immutable and
 * thread-safe once built.
 */
public final class LemmaDictionary {
  private final Map<String, String> lemmas;
  /**
   * The same entries by lower-cased form: {@code [tag, lemma, tag, lemma...]}, so that a look-up hashes the form
   * (whose hash its String keeps) and builds no key string. Forms holding a tab are looked up in {@link #lemmas}.
   */
  private final Map<String, String[]> byForm;

  /** Takes ownership of a fresh map that nothing else references (never modified afterwards). */
  private LemmaDictionary(Map<String, String> lemmas) {
    this.lemmas = Collections.unmodifiableMap(lemmas);
    Map<String, String[]> forms = new HashMap<>(lemmas.size() * 2);
    lemmas.forEach((k, lemma) -> {
      int tab = k.indexOf('\t');
      String form = k.substring(0, tab);
      String[] old = forms.get(form);
      String[] entry = old == null ? new String[2] : Arrays.copyOf(old, old.length + 2);
      entry[entry.length - 2] = k.substring(tab + 1);
      entry[entry.length - 1] = lemma;
      forms.put(form, entry);
    });
    this.byForm = forms;
  }

  /** The lemma of a form with a tag, if the lexicon has it; the form is matched lower-cased. */
  public Optional<String> lemma(String form, String upos) {
    String lower = form.toLowerCase(Locale.ROOT);
    if (lower.indexOf('\t') >= 0) {
      return Optional.ofNullable(lemmas.get(key(lower, upos)));
    }
    String tag = String.valueOf(upos); // as the key string spells a null tag
    String[] entry = byForm.get(lower);
    if (entry != null) {
      for (int i = 0; i < entry.length; i += 2) {
        if (entry[i].equals(tag)) {
          return Optional.of(entry[i + 1]);
        }
      }
    }
    return Optional.empty();
  }

  /** The same look-up through the (form, tag) key string, as before the by-form index (for tests). */
  Optional<String> lemmaByKey(String form, String upos) {
    return Optional.ofNullable(lemmas.get(key(form.toLowerCase(Locale.ROOT), upos)));
  }

  /** Calls the action with each entry's lower-cased form, tag and lemma, in no particular order. */
  public void forEach(EntryConsumer action) {
    lemmas.forEach((k, lemma) -> {
      int tab = k.indexOf('\t');
      action.accept(k.substring(0, tab), k.substring(tab + 1), lemma);
    });
  }

  /** Receives the entries of a {@link LemmaDictionary}. */
  @FunctionalInterface
  public interface EntryConsumer {
    /** One entry. */
    void accept(String form, String upos, String lemma);
  }

  /** Number of entries. */
  public int size() {
    return lemmas.size();
  }

  private static String key(String lowerForm, String upos) {
    return lowerForm + '\t' + upos;
  }

  /** Reads a gzip-compressed lexicon. */
  public static LemmaDictionary read(InputStream gz, String source) throws IOException {
    Map<String, String> map = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz),
        StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 3 || c[0].isEmpty() || c[1].isEmpty() || c[2].isEmpty()) {
          throw new IllegalArgumentException(source + ":" + n + ": expected FORM<TAB>UPOS<TAB>LEMMA, got '"
              + line + "'");
        }
        map.put(key(c[0].toLowerCase(Locale.ROOT), c[1]), c[2]);
      }
    }
    return new LemmaDictionary(map);
  }

  /** Reads a gzip-compressed lexicon file. */
  public static LemmaDictionary read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Collects (form, tag, lemma) observations and keeps, for each (lower-cased form, tag), the most frequent
   * lemma (ties: the alphabetically first, so building is deterministic). Not thread-safe; use from one thread.
   */
  public static final class Builder {
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

    /** Records one occurrence. */
    public Builder add(String form, String upos, String lemma) {
      counts.computeIfAbsent(key(form.toLowerCase(Locale.ROOT), upos), k -> new TreeMap<>())
          .merge(lemma, 1, Integer::sum);
      return this;
    }

    private Map<String, String> best() {
      Map<String, String> out = new TreeMap<>();
      counts.forEach((k, m) -> {
        String bestLemma = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : m.entrySet()) {
          if (e.getValue() > bestCount) {
            bestLemma = e.getKey();
            bestCount = e.getValue();
          }
        }
        out.put(k, bestLemma);
      });
      return out;
    }

    /** The lexicon. */
    public LemmaDictionary build() {
      return new LemmaDictionary(new HashMap<>(best()));
    }

    /** Writes the lexicon, gzip-compressed, sorted (byte-identical output for identical input). */
    public void write(OutputStream out) throws IOException {
      GZIPOutputStream gz = new GZIPOutputStream(out);
      BufferedWriter w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
      w.write("# FORM<TAB>UPOS<TAB>LEMMA: most frequent lemma in the training data\n");
      for (Map.Entry<String, String> e : best().entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(e.getValue());
        w.write('\n');
      }
      w.flush();
      gz.finish();
    }
  }
}
