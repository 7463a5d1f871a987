package it.storia.extractor.corpus;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.text.Normalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads one-token-per-line NER corpora: KIND and I-CAB ({@code token<TAB>tag} or {@code token<SPACE>tag}),
 * WikiNEuRal ({@code index<TAB>token<TAB>tag}) and the IO-only KIND Moro files ({@code token<TAB>PER}).
 *
 * <p>Input: lines whose next-to-last column is the token and whose last column is the tag; columns are split
 * on TAB when the line has one, else on runs of spaces; a blank line ends a sentence; {@code -DOCSTART-} lines are
 * skipped. Tags: {@code O}; IOB2/IOBES {@code B-X}/{@code I-X}; bare {@code X}
 * (IO scheme: a run of equal tags is one mention). An {@code I-X} that does not continue an {@code X} mention
 * starts one (the ill-formed IOB2 found in KIND and WikiNEuRal). Types other than PER/ORG/LOC (e.g. MISC)
 * become {@code O}. Output: sentences whose tokens went through the given {@link Normalizer} (so that they look
 * like {@code Token.norm()} at run time).
 *
 * <p>Immutable and thread-safe.
 */
public final class ColumnNerReader {
  private final Normalizer normalizer;

  /** A reader that normalises tokens with the given normaliser. */
  public ColumnNerReader(Normalizer normalizer) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  /** Reads a UTF-8 file. */
  public List<NameSentence> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /** Reads from a reader; {@code source} names the input in error messages. */
  public List<NameSentence> read(Reader reader, String source) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<NameSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<NameSpan> names = new ArrayList<>();
    EntityType open = null;
    int openStart = -1;
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        if (open != null) {
          names.add(new NameSpan(openStart, tokens.size(), open));
          open = null;
        }
        if (!tokens.isEmpty()) {
          out.add(new NameSentence(tokens, names));
          tokens = new ArrayList<>();
          names = new ArrayList<>();
        }
        continue;
      }
      if (trimmed.startsWith("-DOCSTART-")) {
        continue;
      }
      String[] cols = line.indexOf('\t') >= 0 ? line.split("\t") : trimmed.split(" +");
      if (cols.length < 2) {
        throw new IOException(source + ":" + lineNo + ": expected 'token TAB tag', got '" + line + "'");
      }
      String token = cols[cols.length - 2].strip();
      String tag = cols[cols.length - 1].strip();
      if (token.isEmpty()) {
        throw new IOException(source + ":" + lineNo + ": empty token in '" + line + "'");
      }
      Tag t = parseTag(tag, source, lineNo);
      int index = tokens.size();
      boolean continues = t.type != null && open == t.type && !t.begin;
      if (!continues) {
        if (open != null) {
          names.add(new NameSpan(openStart, index, open));
          open = null;
        }
        if (t.type != null) {
          open = t.type;
          openStart = index;
        }
      }
      tokens.add(normalizer.normalize(token).text());
    }
    if (open != null) {
      names.add(new NameSpan(openStart, tokens.size(), open));
    }
    if (!tokens.isEmpty()) {
      out.add(new NameSentence(tokens, names));
    }
    return out;
  }

  private record Tag(EntityType type, boolean begin) {}

  private static Tag parseTag(String tag, String source, int lineNo) throws IOException {
    if (tag.equals("O")) {
      return new Tag(null, false);
    }
    boolean begin = false;
    String name = tag;
    if (tag.length() > 2 && tag.charAt(1) == '-' && "BIESLU".indexOf(tag.charAt(0)) >= 0) {
      char p = tag.charAt(0);
      begin = p == 'B' || p == 'S' || p == 'U';
      name = tag.substring(2);
    }
    switch (name.toUpperCase(Locale.ROOT)) {
      case "PER":
      case "PERSON":
        return new Tag(EntityType.PERSON, begin);
      case "ORG":
      case "ORGANIZATION":
        return new Tag(EntityType.ORGANIZATION, begin);
      case "LOC":
      case "LOCATION":
      case "GPE":
        return new Tag(EntityType.LOCATION, begin);
      case "MISC":
        return new Tag(null, false);
      default:
        throw new IOException(source + ":" + lineNo + ": unknown tag '" + tag + "'");
    }
  }
}
