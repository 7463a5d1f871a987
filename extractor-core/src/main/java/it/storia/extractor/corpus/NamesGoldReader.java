package it.storia.extractor.corpus;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns the hand-annotated names dev parts (docs/names.md) into name-finder training sentences.
 *
 * <p>Input: a directory written by {@code dev/names_training_set.py}: one {@code DOC.txt} per document (every
 * mention of it annotated), {@code docs.tsv} ({@code DOC<TAB>PART}, every document once, in training order),
 * {@code gold.tsv} with lines {@code DOC<TAB>BEGIN<TAB>END<TAB>TYPE<TAB>TEXT<TAB>PART}
 * (character offsets into {@code DOC.txt}, as the names gold files), and {@code exclude/*.txt}, the texts that
 * must never be trained on (unseen dev halves). Each document is segmented by the project's {@link Segmenter}, so
 * that the tokens are the {@code Token.norm()} forms the name finder sees at run time; mentions are projected onto
 * tokens as {@link EneideReader#toSentences} does (a mention that does not start and end on token boundaries
 * inside one sentence is dropped and counted). A sentence is dropped when its normalised text (lower-cased letters
 * and digits) overlaps an excluded text: it occurs inside an excluded document, or an excluded sentence occurs
 * inside it (texts of at least {@value #MIN_OVERLAP} characters; shorter ones only when equal). Stateless;
 * thread-safe.
 */
public final class NamesGoldReader {
  /** Shortest normalised text that counts as an overlap by containment. */
  public static final int MIN_OVERLAP = 15;

  private NamesGoldReader() {}

  /**
   * The result of a conversion.
   *
   * @param sentences the kept training sentences, documents in name order
   * @param dropped sentences dropped for overlapping an excluded text
   * @param unaligned mentions dropped because they do not fall on token boundaries of one sentence
   * @param counts per part: kept sentences, their mentions per type (PERSON, ORGANIZATION, LOCATION), then the
   *     sentences dropped for an overlap
   * @param droppedIn the document of each dropped sentence, in order
   */
  public record Result(List<NameSentence> sentences, int dropped, int unaligned, Map<String, int[]> counts,
      List<String> droppedIn) {}

  /** Reads a directory laid out as above. */
  public static Result read(Path dir, Segmenter segmenter) throws IOException {
    Path gold = dir.resolve("gold.tsv");
    if (!Files.isRegularFile(gold)) {
      throw new IOException("no gold.tsv in names training directory " + dir);
    }
    Map<String, List<EneideReader.Annotation>> byDoc = new TreeMap<>();
    Map<String, String> partOf = new HashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IOException(gold + ":" + lineNo + ": expected 6 columns, got " + f.length + " in '" + line + "'");
      }
      if (f[3].equalsIgnoreCase("DATE")) {
        throw new IOException(gold + ":" + lineNo + ": type must be PERSON, ORGANIZATION or LOCATION, got " + f[3]);
      }
      try {
        byDoc.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new EneideReader.Annotation(f[0],
            Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[4], EntityType.parse(f[3]), ""));
      } catch (IllegalArgumentException e) {
        throw new IOException(gold + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    List<String> docs = new ArrayList<>();
    Path docList = dir.resolve("docs.tsv");
    lineNo = 0;
    for (String line : Files.readAllLines(docList, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 2 || partOf.put(f[0], f[1]) != null) {
        throw new IOException(docList + ":" + lineNo + ": expected 'DOC TAB PART' of a new document, got '" + line
            + "'");
      }
      docs.add(f[0]);
    }
    for (String d : byDoc.keySet()) {
      if (!partOf.containsKey(d)) {
        throw new IOException(gold + ": document '" + d + "' is not listed in " + docList);
      }
    }
    Exclusions ex = Exclusions.read(dir.resolve("exclude"), segmenter);
    List<NameSentence> out = new ArrayList<>();
    Map<String, int[]> counts = new TreeMap<>();
    List<String> droppedIn = new ArrayList<>();
    int dropped = 0;
    int unaligned = 0;
    for (String d : docs) {
      String text = Files.readString(dir.resolve(d + ".txt"), StandardCharsets.UTF_8);
      EneideReader.Result r = EneideReader.toSentences(List.of(new EneideReader.Paragraph(d, "", text, "")),
          byDoc.getOrDefault(d, List.of()), segmenter);
      unaligned += r.dropped();
      int[] c = counts.computeIfAbsent(partOf.get(d), k -> new int[5]);
      for (NameSentence s : r.sentences()) {
        if (ex.overlaps(key(String.join(" ", s.tokens())))) {
          dropped++;
          droppedIn.add(d);
          c[4]++;
          continue;
        }
        out.add(s);
        c[0]++;
        for (NameSpan n : s.names()) {
          c[1 + n.type().ordinal()]++;
        }
      }
    }
    return new Result(List.copyOf(out), dropped, unaligned, counts, List.copyOf(droppedIn));
  }

  /** Lower-cased letters and digits of a text, everything else left out. */
  public static String key(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** The excluded texts: their whole normalised documents and their normalised sentences. */
  private record Exclusions(String documents, List<String> sentences, Set<String> shortSentences) {
    static Exclusions read(Path dir, Segmenter segmenter) throws IOException {
      StringBuilder all = new StringBuilder("|");
      List<String> sentences = new ArrayList<>();
      Set<String> shorts = new HashSet<>();
      if (Files.isDirectory(dir)) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
          files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : files) {
          String text = Files.readString(p, StandardCharsets.UTF_8);
          AnalyzedText a = segmenter.segment(text);
          for (int i = 0; i < a.sentences().size(); i++) {
            StringBuilder sb = new StringBuilder();
            a.tokensOf(i).forEach(t -> sb.append(t.norm()).append(' '));
            String k = key(sb.toString());
            all.append(k);
            if (k.length() >= MIN_OVERLAP) {
              sentences.add(k);
            } else if (!k.isEmpty()) {
              shorts.add(k);
            }
          }
          all.append('|');
        }
      }
      return new Exclusions(all.toString(), sentences, shorts);
    }

    boolean overlaps(String k) {
      if (k.isEmpty()) {
        return false;
      }
      if (k.length() < MIN_OVERLAP) {
        return shortSentences.contains(k);
      }
      if (documents.contains(k)) {
        return true;
      }
      for (String s : sentences) {
        if (k.contains(s)) {
          return true;
        }
      }
      return false;
    }
  }
}
