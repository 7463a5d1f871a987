package it.storia.extractor.time;

import it.storia.extractor.corpus.CorpusSentences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: the text of a time dev-set document that is a sentence of a NonCommercial corpus (WikiNEuRal-it, CC
 * BY-NC-SA 4.0), which the repository references instead of copying. {@code devset/time/corpus-refs.tsv} maps each
 * such document to a reference in the format of {@link CorpusSentences} ({@code wikineural-it/FILE.conllu
 * sentence=N sha256=PREFIX}), which reads and checks it, or to a passage of a KIND file ({@code
 * kind/evalita-2023/ADG_train.tsv sentences=A-B sha256=PREFIX}: its 0-based sentences A to B, each rebuilt by {@link
 * CorpusSentences#detokeniseKind}, joined by single spaces; PREFIX is checked on the joined text), or to a whole
 * DaDoEval document ({@code dadoeval-degasperi/Test_Release/same-genre/FILE.txt sha256=PREFIX}: the file's UTF-8 text,
 * PREFIX checked on it; blind18).
 *
 * <p>The data root is that of {@link CorpusSentences#dataRoot()}; {@link #available()} tells whether this machine
 * has it. Thread-safe: the references are read once (class holder idiom) and the corpus reader is used under a
 * lock.
 */
final class TemporalCorpusText {
  private TemporalCorpusText() {}

  /** Whether the shared corpora are on this machine. */
  static boolean available() {
    return CorpusSentences.dataRoot().isPresent();
  }

  /** The text of a referenced document; fails naming the document when it has no reference or the text differs. */
  static String text(String doc) {
    String ref = Refs.REFS.get(doc);
    if (ref == null) {
      throw new IllegalArgumentException("no text and no corpus reference for dev-set document '" + doc + "'");
    }
    if (!available()) {
      throw new IllegalStateException(
          "document '" + doc + "' references " + ref + " but ../shared/data is absent (set -Dshared.data=DIR)");
    }
    synchronized (Reader.CORPUS) {
      try {
        if (ref.startsWith(WHOLE_FILE_ROOT)) {
          return wholeFile(ref);
        }
        return ref.contains(" sentences=") ? passage(ref) : Reader.CORPUS.resolve(ref);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the text of '" + doc + "' (" + ref + ")", e);
      }
    }
  }

  /**
   * The text of a passage reference {@code FILE sentences=A-B sha256=PREFIX}: each sentence is read through {@link
   * CorpusSentences#resolve} with an empty SHA-256 prefix (it checks none), the joined text against PREFIX.
   */
  private static String passage(String ref) throws IOException {
    Matcher m = PASSAGE.matcher(ref.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("bad passage reference '" + ref + "'");
    }
    int first = Integer.parseInt(m.group(2));
    int last = Integer.parseInt(m.group(3));
    if (last < first) {
      throw new IllegalArgumentException("empty sentence range in passage reference '" + ref + "'");
    }
    StringBuilder text = new StringBuilder();
    for (int i = first; i <= last; i++) {
      if (i > first) {
        text.append(' ');
      }
      text.append(Reader.CORPUS.resolve(m.group(1) + " sentence=" + i + " sha256="));
    }
    String got = sha256(text.toString());
    if (!got.startsWith(m.group(4))) {
      throw new IllegalStateException("passage reference '" + ref + "' gives text with SHA-256 " + got);
    }
    return text.toString();
  }

  /** The text of a whole-document reference {@code dadoeval-degasperi/...FILE.txt sha256=PREFIX}, PREFIX checked. */
  private static String wholeFile(String ref) throws IOException {
    Matcher m = WHOLE_FILE.matcher(ref.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("bad whole-document reference '" + ref + "'");
    }
    Path root = CorpusSentences.dataRoot().orElseThrow(() -> new IllegalStateException("../shared/data is absent"));
    String text = Files.readString(root.resolve(m.group(1)), StandardCharsets.UTF_8);
    String got = sha256(text);
    if (!got.startsWith(m.group(2))) {
      throw new IllegalStateException("whole-document reference '" + ref + "' gives text with SHA-256 " + got);
    }
    return text;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  private static final String WHOLE_FILE_ROOT = "dadoeval-degasperi/";

  private static final Pattern WHOLE_FILE =
      Pattern.compile("(dadoeval-degasperi/Test_Release/(?:same|cross)-genre/[0-9a-f-]+\\.txt) sha256=([0-9a-f]+)");

  private static final Pattern PASSAGE =
      Pattern.compile("(\\S+\\.tsv) sentences=(\\d+)-(\\d+) sha256=([0-9a-f]+)");

  /** The references of {@code devset/time/corpus-refs.tsv}, read once. */
  private static final class Refs {
    static final Map<String, String> REFS = Map.copyOf(TemporalEvaluation.twoColumns("/devset/time/corpus-refs.tsv"));
  }

  /** The corpus reader, made on first use (only when the data root exists). */
  private static final class Reader {
    static final CorpusSentences CORPUS = new CorpusSentences(CorpusSentences.dataRoot()
        .orElseThrow(() -> new IllegalStateException("../shared/data is absent")));
  }
}
