package it.storia.extractor.corpus;

import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.Normalizer;
import it.storia.extractor.text.Segmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Collects tokenised sentences of unlabelled Italian text from a data root laid out like {@code ../shared/data},
 * for learning word clusters.
 *
 * <p>Sources (held-out files skipped, see {@link NerCorpora#isHeldOut}): the tokens of every non-test NER file
 * (KIND, Moro, I-CAB train, WikiNEuRal val), the surface forms of UD train/dev CoNLL-U files, the MEANTIME tokens,
 * and — segmented with the given {@link Segmenter} — the DaDoEval De Gasperi texts and the ENEIDE train/dev
 * paragraphs (optional: {@code includeRawText}). Output: sentences of normalised token forms. Stateless apart from
 * its immutable parts; thread-safe.
 */
public final class UnlabelledText {
  private final Normalizer normalizer;
  private final Segmenter segmenter;

  /** A collector that normalises column-file tokens and segments raw text with the given parts. */
  public UnlabelledText(Normalizer normalizer, Segmenter segmenter) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  /** All sentences found under the root. */
  public List<List<String>> collect(Path root, boolean includeRawText) throws IOException {
    List<List<String>> out = new ArrayList<>();
    ColumnNerReader reader = new ColumnNerReader(normalizer);
    List<Path> nerFiles = new ArrayList<>(NerCorpora.kindTrain(root));
    for (String d : NerCorpora.KIND_DOMAINS) {
      nerFiles.add(NerCorpora.kind(root, d, "dev"));
    }
    nerFiles.add(NerCorpora.moroTrain(root));
    nerFiles.add(NerCorpora.icabTrain(root));
    nerFiles.add(NerCorpora.wikineuralVal(root));
    for (Path f : nerFiles) {
      if (Files.isRegularFile(f) && !NerCorpora.isHeldOut(f)) {
        for (NameSentence s : reader.read(f)) {
          out.add(s.tokens());
        }
      }
    }
    for (Path f : list(root, "UD_Italian-", ".conllu")) {
      String name = f.getFileName().toString();
      if (name.contains("-train") || name.contains("-dev")) {
        out.addAll(readConlluForms(f));
      }
    }
    Path meantime = root.resolve("meantime-it-cdcr/meantime.conll");
    if (Files.isRegularFile(meantime)) {
      out.addAll(readMeantime(meantime));
    }
    if (includeRawText) {
      for (Path f : list(root, "dadoeval-degasperi", ".txt")) {
        out.addAll(segment(Files.readString(f, StandardCharsets.UTF_8)));
      }
      for (String split : List.of("train", "dev")) {
        Path p = root.resolve("eneide-amd/paragraphs_" + split + ".csv");
        if (Files.isRegularFile(p)) {
          for (EneideReader.Paragraph para : EneideReader.readParagraphs(p)) {
            out.addAll(segment(para.text()));
          }
        }
      }
    }
    return out;
  }

  private List<List<String>> segment(String text) {
    AnalyzedText a = segmenter.segment(text);
    List<List<String>> out = new ArrayList<>();
    for (int s = 0; s < a.sentences().size(); s++) {
      List<String> forms = new ArrayList<>();
      for (Token t : a.tokensOf(s)) {
        forms.add(t.norm());
      }
      if (!forms.isEmpty()) {
        out.add(forms);
      }
    }
    return out;
  }

  private static List<Path> list(Path root, String dirPrefix, String suffix) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("no such data directory: " + root);
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(suffix))
          .filter(p -> root.relativize(p).getName(0).toString().startsWith(dirPrefix))
          .filter(p -> !NerCorpora.isHeldOut(p))
          .sorted()
          .toList();
    }
  }

  /** Surface forms of a CoNLL-U file: multi-word token lines, not their parts; empty nodes skipped. */
  private List<List<String>> readConlluForms(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    int skipUntil = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          if (!cur.isEmpty()) {
            out.add(cur);
            cur = new ArrayList<>();
          }
          skipUntil = 0;
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          throw new IOException(file + ": bad CoNLL-U line '" + line + "'");
        }
        String id = cols[0];
        if (id.contains(".")) {
          continue;
        }
        int dash = id.indexOf('-');
        if (dash > 0) {
          skipUntil = Integer.parseInt(id.substring(dash + 1));
          cur.add(normalizer.normalize(cols[1]).text());
          continue;
        }
        if (Integer.parseInt(id) <= skipUntil) {
          continue;
        }
        cur.add(normalizer.normalize(cols[1]).text());
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  private List<List<String>> readMeantime(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    String lastKey = null;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 4) {
          continue;
        }
        String key = cols[0] + "\t" + cols[1];
        if (!key.equals(lastKey) && !cur.isEmpty()) {
          out.add(cur);
          cur = new ArrayList<>();
        }
        lastKey = key;
        cur.add(normalizer.normalize(cols[3]).text());
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }
}
