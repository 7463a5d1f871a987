package it.storia.extractor.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U files (Universal Dependencies): sentences with their {@code # sent_id}, {@code # text} and
 * {@code # newdoc} comments; surface tokens with multi-word ranges ({@code 3-4 della} → {@code di} + {@code la});
 * words with FORM, LEMMA, UPOS, HEAD and DEPREL; {@code SpaceAfter=No} from MISC. Empty nodes ({@code 8.1}) are skipped.
 *
 * <p>Input: UTF-8 CoNLL-U text. Output: {@link ConlluSentence}s in file order. Malformed lines raise an
 * {@link IllegalArgumentException} naming the source, the line number and the line. Stateless; thread-safe.
 */
public final class ConlluReader {
  private ConlluReader() {}

  /** All sentences of a file. */
  public static List<ConlluSentence> read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  /** All sentences of several files, in the given order. */
  public static List<ConlluSentence> readAll(List<Path> files) throws IOException {
    List<ConlluSentence> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(read(f));
    }
    return out;
  }

  /**
   * All sentences from a reader.
   *
   * @param source name used in error messages
   */
  public static List<ConlluSentence> read(Reader reader, String source) throws IOException {
    BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<ConlluSentence> out = new ArrayList<>();
    Builder b = new Builder();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        b.flush(out, source, n);
        continue;
      }
      if (line.startsWith("#")) {
        b.comment(line);
        continue;
      }
      b.line(line, source, n);
    }
    b.flush(out, source, n);
    return out;
  }

  /** Accumulates the lines of one sentence. */
  private static final class Builder {
    private String id = "";
    private String text = "";
    private boolean newDoc;
    private final List<ConlluToken> tokens = new ArrayList<>();
    private String rangeForm;
    private int rangeEnd = -1;
    private boolean rangeSpaceAfter;
    private final List<ConlluWord> rangeWords = new ArrayList<>();
    private boolean any;

    void comment(String line) {
      String body = line.substring(1).strip();
      if (body.startsWith("newdoc")) {
        newDoc = true;
      } else if (body.startsWith("sent_id")) {
        id = valueOf(body);
      } else if (body.startsWith("text ") || body.startsWith("text=")) {
        text = valueOf(body);
      }
    }

    private static String valueOf(String body) {
      int eq = body.indexOf('=');
      return eq < 0 ? "" : body.substring(eq + 1).strip();
    }

    void line(String line, String source, int n) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 10) {
        throw new IllegalArgumentException(source + ":" + n + ": expected 10 tab-separated columns, got "
            + cols.length + " in '" + line + "'");
      }
      any = true;
      String id0 = cols[0];
      boolean spaceAfter = !cols[9].contains("SpaceAfter=No");
      try {
        int dash = id0.indexOf('-');
        if (dash > 0) {
          closeRange(source, n);
          rangeForm = cols[1];
          rangeEnd = Integer.parseInt(id0.substring(dash + 1));
          rangeSpaceAfter = spaceAfter;
          return;
        }
        if (id0.indexOf('.') >= 0) {
          return; // empty node of the enhanced graph
        }
        int id = Integer.parseInt(id0);
        int head = head(cols[6], source, n);
        ConlluWord w = new ConlluWord(id, cols[1], cols[2], cols[3], head, cols[7]);
        if (rangeForm != null) {
          rangeWords.add(w);
          if (id == rangeEnd) {
            closeRange(source, n);
          }
          return;
        }
        tokens.add(new ConlluToken(cols[1], List.of(w), spaceAfter));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + ":" + n + ": bad ID '" + id0 + "'", e);
      }
    }

    private static int head(String col, String source, int n) {
      if ("_".equals(col)) {
        return ConlluWord.NO_HEAD;
      }
      try {
        return Integer.parseInt(col);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + ":" + n + ": bad HEAD '" + col + "'", e);
      }
    }

    private void closeRange(String source, int n) {
      if (rangeForm == null) {
        return;
      }
      if (rangeWords.isEmpty()) {
        throw new IllegalArgumentException(source + ":" + n + ": multi-word token '" + rangeForm
            + "' has no words");
      }
      tokens.add(new ConlluToken(rangeForm, rangeWords, rangeSpaceAfter));
      rangeForm = null;
      rangeEnd = -1;
      rangeWords.clear();
    }

    void flush(List<ConlluSentence> out, String source, int n) {
      closeRange(source, n);
      if (any) {
        out.add(new ConlluSentence(id, text, newDoc, tokens));
      }
      id = "";
      text = "";
      newDoc = false;
      tokens.clear();
      any = false;
    }
  }
}
