package it.storia.extractor.tag;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
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

  /**
   * Reads a gzip-compressed lexicon. The text is cut at line breaks ({@code \n}, {@code \r}, {@code \r\n}) and tabs
   * as bytes (ASCII bytes never occur inside another character's UTF-8 encoding) and only the fields are decoded;
   * a form already in lower case gives its key as one string, without a concatenation.
   */
  public static LemmaDictionary read(InputStream gz, String source) throws IOException {
    byte[] text = new GZIPInputStream(gz).readAllBytes();
    // a line of the bundled lexicon is about 20 bytes long
    Map<String, String> map = new HashMap<>(Math.max(16, text.length / 15));
    int start = 0;
    int n = 0;
    while (start < text.length) {
      int end = start;
      byte c = 0;
      while (end < text.length && (c = text[end]) != '\n' && c != '\r') {
        end++;
      }
      n++;
      if (end > start && text[start] != '#') {
        entry(text, start, end, source, n, map);
      }
      start = end + (c == '\r' && end + 1 < text.length && text[end + 1] == '\n' ? 2 : 1);
    }
    return new LemmaDictionary(map);
  }

  /** Adds the entry of the line {@code text[start, end)}: {@code FORM<TAB>UPOS<TAB>LEMMA}, no field empty. */
  private static void entry(byte[] text, int start, int end, String source, int n, Map<String, String> map) {
    int tab1 = -1;
    int tab2 = -1;
    int tabs = 0;
    for (int i = start; i < end; i++) {
      if (text[i] == '\t') {
        tabs++;
        if (tab1 < 0) {
          tab1 = i;
        } else if (tab2 < 0) {
          tab2 = i;
        }
      }
    }
    if (tabs != 2 || tab1 == start || tab2 == tab1 + 1 || tab2 == end - 1) {
      throw new IllegalArgumentException(source + ":" + n + ": expected FORM<TAB>UPOS<TAB>LEMMA, got '"
          + new String(text, start, end - start, StandardCharsets.UTF_8) + "'");
    }
    String form = new String(text, start, tab1 - start, StandardCharsets.UTF_8);
    String lower = form.toLowerCase(Locale.ROOT);
    String key = lower.equals(form) ? new String(text, start, tab2 - start, StandardCharsets.UTF_8)
        : key(lower, new String(text, tab1 + 1, tab2 - tab1 - 1, StandardCharsets.UTF_8));
    map.put(key, new String(text, tab2 + 1, end - tab2 - 1, StandardCharsets.UTF_8));
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
