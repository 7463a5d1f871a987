package it.storia.extractor.eval;

import it.storia.extractor.io.DataLines;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Spans;
import it.storia.extractor.pipeline.Extractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span evaluation of PERSON, ORGANIZATION and LOCATION mentions: a predicted mention counts only when its
 * type, begin and end all equal those of a gold mention.
 *
 * <p>Gold files are TSV ({@code #} comments): {@code DOC<TAB>BEGIN<TAB>END<TAB>TYPE<TAB>TEXT}, offsets into the
 * text of document DOC; TEXT must equal that substring. A line holding only {@code DOC} lists a document without
 * any mention (its predictions count as false alarms). Also reads CoNLL two-column IOB2 files (KIND, EVALITA)
 * by joining tokens with single spaces.
 *
 * <p>Stateless; thread-safe. {@code extractor eval names} ({@link Evaluations#names}) runs it from the command line.
 */
public final class EntityEvaluator {
  private static final List<EntityType> NAME_TYPES =
      List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  private EntityEvaluator() {}

  /** A gold mention; {@code text} is the document's {@code [begin, end)} (checked: range and length). */
  public record Span(String doc, int begin, int end, EntityType type, String text) {
    /** Checks the offsets against the text's length. */
    public Span {
      Spans.checkText(begin, end, text);
    }
  }

  /** Counts of one type. */
  public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    /** Precision, 0 when nothing was predicted. */
    public double precision() {
      int p = truePositives + falsePositives;
      return p == 0 ? 0 : (double) truePositives / p;
    }

    /** Recall, 0 when there is no gold mention. */
    public double recall() {
      int g = truePositives + falseNegatives;
      return g == 0 ? 0 : (double) truePositives / g;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives);
    }
  }

  /** Scores per type and overall (micro-averaged over the three name types). */
  public record Scores(Map<EntityType, Counts> byType, List<String> errors) {
    /** The counts of one type. */
    public Counts of(EntityType type) {
      return byType.getOrDefault(type, new Counts(0, 0, 0));
    }

    /** Counts summed over PERSON, ORGANIZATION and LOCATION. */
    public Counts overall() {
      Counts c = new Counts(0, 0, 0);
      for (EntityType t : NAME_TYPES) {
        c = c.plus(of(t));
      }
      return c;
    }

    /** A table: type, gold, predicted, P, R, F1. */
    public String table() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-13s %5s %5s %6s %6s %6s%n", "type", "gold",
          "pred", "P", "R", "F1"));
      for (EntityType t : NAME_TYPES) {
        row(b, t.name(), of(t));
      }
      row(b, "ALL", overall());
      return b.toString();
    }

    private static void row(StringBuilder b, String name, Counts c) {
      b.append(String.format(Locale.ROOT, "%-13s %5d %5d %6.3f %6.3f %6.3f%n", name,
          c.truePositives() + c.falseNegatives(), c.truePositives() + c.falsePositives(), c.precision(),
          c.recall(), c.f1()));
    }
  }

  /** Compares the predicted name mentions of documents with the gold ones (DATE mentions are ignored). */
  public static Scores score(List<Span> gold, Map<String, List<Entity>> predicted) {
    Set<String> goldKeys = new HashSet<>();
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    for (EntityType t : NAME_TYPES) {
      counts.put(t, new int[3]);
    }
    for (Span s : gold) {
      goldKeys.add(key(s.doc(), s.type(), s.begin(), s.end()));
    }
    Set<String> found = new HashSet<>();
    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, List<Entity>> d : predicted.entrySet()) {
      for (Entity e : d.getValue()) {
        if (!NAME_TYPES.contains(e.type())) {
          continue;
        }
        String k = key(d.getKey(), e.type(), e.begin(), e.end());
        if (goldKeys.contains(k)) {
          counts.get(e.type())[0]++;
          found.add(k);
        } else {
          counts.get(e.type())[1]++;
          errors.add("FP " + d.getKey() + " " + e.type() + " [" + e.begin() + "," + e.end() + ") '" + e.text() + "'");
        }
      }
    }
    for (Span s : gold) {
      if (!found.contains(key(s.doc(), s.type(), s.begin(), s.end()))) {
        counts.get(s.type())[2]++;
        errors.add("FN " + s.doc() + " " + s.type() + " [" + s.begin() + "," + s.end() + ") '" + s.text() + "'");
      }
    }
    Map<EntityType, Counts> out = new EnumMap<>(EntityType.class);
    counts.forEach((t, c) -> out.put(t, new Counts(c[0], c[1], c[2])));
    return new Scores(out, errors);
  }

  private static String key(String doc, EntityType type, int begin, int end) {
    return doc + "\t" + type + "\t" + begin + "\t" + end;
  }

  /** Reads a gold TSV and checks each TEXT against its document. */
  public static List<Span> readGold(Path tsv, Map<String, String> texts) throws IOException {
    List<Span> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      for (DataLines.Line dl : DataLines.read(r)) {
        int n = dl.number();
        String line = dl.text();
        String[] c = line.split("\t");
        if (c.length == 1 && texts.containsKey(c[0].strip())) {
          continue; // a document without mentions: scored for false alarms only
        }
        if (c.length != 5) {
          throw new IllegalArgumentException(tsv + ":" + n + ": expected DOC BEGIN END TYPE TEXT, got '" + line + "'");
        }
        String text = texts.get(c[0]);
        if (text == null) {
          throw new IllegalArgumentException(tsv + ":" + n + ": no text for document '" + c[0] + "'");
        }
        int b;
        int e;
        EntityType type;
        try {
          b = Integer.parseInt(c[1]);
          e = Integer.parseInt(c[2]);
          type = EntityType.parse(c[3]);
        } catch (IllegalArgumentException ex) {
          throw new IllegalArgumentException(tsv + ":" + n + ": bad offsets or type in '" + line + "': "
              + ex.getMessage(), ex);
        }
        if (b < 0 || b > e || e > text.length() || !text.substring(b, e).equals(c[4])) {
          throw new IllegalArgumentException(tsv + ":" + n + ": span [" + b + "," + e + ") of '" + c[0]
              + "' is not '" + c[4] + "'");
        }
        out.add(new Span(c[0], b, e, type, c[4]));
      }
    }
    return out;
  }

  /** The document ids of a gold TSV (mention lines and document-only lines), in order of first appearance. */
  public static List<String> documents(Path tsv) throws IOException {
    Set<String> ids = new java.util.LinkedHashSet<>();
    try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      for (DataLines.Line dl : DataLines.read(r)) {
        int tab = dl.text().indexOf('\t');
        if (tab == 0) {
          throw new IllegalArgumentException(tsv + ":" + dl.number() + ": expected DOC BEGIN END TYPE TEXT, got '"
              + dl.text() + "'");
        }
        ids.add(tab < 0 ? dl.text().strip() : dl.text().substring(0, tab));
      }
    }
    return List.copyOf(ids);
  }

  /**
   * A CoNLL IOB2 file ({@code TOKEN<TAB>TAG}, blank line between sentences) as documents of
   * {@code sentencesPerDoc} sentences (0: the whole file is one document): tokens joined by spaces, sentences by a
   * blank line.
   *
   * @param texts receives the text of each document, keyed "name#k"
   * @return the gold mentions
   */
  public static List<Span> readConll(Path file, int sentencesPerDoc, Map<String, String> texts) throws IOException {
    if (sentencesPerDoc < 0) {
      throw new IllegalArgumentException("sentences per document must be ≥ 0 (0 = whole file), got "
          + sentencesPerDoc);
    }
    List<Span> gold = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    int sentences = 0;
    int docNo = 0;
    String name = file.getFileName().toString();
    String openType = null;
    int openBegin = -1;
    int lastEnd = -1;
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("");
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      boolean last = n == lines.size() - 1;
      String id = name + "#" + docNo;
      if (line.isBlank()) {
        if (openType != null) {
          gold.add(new Span(id, openBegin, lastEnd, EntityType.parse(openType), doc.substring(openBegin, lastEnd)));
          openType = null;
        }
        if (doc.length() > 0 && !doc.toString().endsWith("\n\n")) {
          sentences++;
          doc.append("\n\n");
        }
        if (sentences == sentencesPerDoc || last && doc.length() > 0) {
          texts.put(id, doc.toString());
          doc.setLength(0);
          sentences = 0;
          docNo++;
        }
        continue;
      }
      String[] c = line.split("\t");
      String token = c[0];
      String tag = c.length > 1 ? c[c.length - 1] : "O";
      if (doc.length() > 0 && !doc.toString().endsWith("\n\n")) {
        doc.append(' ');
      }
      int begin = doc.length();
      doc.append(token);
      boolean inside = tag.startsWith("I-") && openType != null && openType.equals(tag.substring(2));
      if (openType != null && !inside) {
        gold.add(new Span(id, openBegin, lastEnd, EntityType.parse(openType), doc.substring(openBegin, lastEnd)));
        openType = null;
      }
      if (tag.startsWith("B-") || tag.startsWith("I-") && openType == null) {
        openType = tag.substring(2);
        openBegin = begin;
      }
      lastEnd = doc.length();
    }
    return gold;
  }

  /**
   * The texts of the documents of a gold TSV: {@code textDir/DOC.txt} for each document, in order of first mention.
   *
   * @throws IllegalArgumentException naming the gold file and the missing text file
   */
  public static Map<String, String> readTexts(Path tsv, Path textDir) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String id : documents(tsv)) {
      Path file = textDir.resolve(id + ".txt");
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(tsv + ": no text for document '" + id + "': " + file + " is missing");
      }
      texts.put(id, Files.readString(file, StandardCharsets.UTF_8));
    }
    return texts;
  }

  /** Runs {@code extractor} over each text and scores its name mentions against {@code gold}. */
  public static Scores evaluate(Extractor extractor, Map<String, String> texts, List<Span> gold) {
    Map<String, List<Entity>> predicted = new LinkedHashMap<>();
    for (Map.Entry<String, String> t : texts.entrySet()) {
      predicted.put(t.getKey(), extractor.extract(t.getValue(), t.getKey(), null).entities());
    }
    return score(gold, predicted);
  }
}
