package it.storia.extractor.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the NER corpora live under a data root laid out like {@code ../shared/data} (see each folder's
 * PROVENANCE.md), and which files are held out.
 *
 * <p>Held out, never trained or tuned on: {@code kind/evalita-2023/*_test.tsv}, the I-CAB test file, the ENEIDE
 * test split and the WikiNEuRal test file. Stateless; thread-safe.
 */
public final class NerCorpora {
  /** The KIND NERMuD 2023 domains: Wikinews, fiction, De Gasperi. */
  public static final List<String> KIND_DOMAINS = List.of("WN", "FIC", "ADG");

  private NerCorpora() {}

  /** A KIND NERMuD 2023 file, e.g. {@code kind("WN", "train")}. */
  public static Path kind(Path root, String domain, String split) {
    return root.resolve("kind/evalita-2023/" + domain + "_" + split + ".tsv");
  }

  /** The silver, IO-tagged Moro training file. */
  public static Path moroTrain(Path root) {
    return root.resolve("kind/dataset/moro_train.tsv");
  }

  /** The I-CAB (EVALITA 2009) training file: research-only licence, keep out of shipped models. */
  public static Path icabTrain(Path root) {
    return root.resolve("evalita2009-ner-icab/it.evalita.train.tsv");
  }

  /** The I-CAB (EVALITA 2009) test file (held out). */
  public static Path icabTest(Path root) {
    return root.resolve("evalita2009-ner-icab/it.evalita.test.tsv");
  }

  /** The WikiNEuRal Italian validation file (silver). */
  public static Path wikineuralVal(Path root) {
    return root.resolve("wikineural-it/val.conllu");
  }

  /** The WikiNEuRal Italian test file (held out). */
  public static Path wikineuralTest(Path root) {
    return root.resolve("wikineural-it/test.conllu");
  }

  /** The KIND training files of the three NERMuD domains. */
  public static List<Path> kindTrain(Path root) {
    List<Path> out = new ArrayList<>();
    for (String d : KIND_DOMAINS) {
      out.add(kind(root, d, "train"));
    }
    return out;
  }

  /** True for files that must never be used for training or tuning. */
  public static boolean isHeldOut(Path file) {
    String name = file.getFileName().toString();
    String parent = file.getParent() == null ? "" : file.getParent().getFileName().toString();
    return name.endsWith("_test.tsv") || name.equals("it.evalita.test.tsv")
        || (parent.startsWith("wikineural") && name.startsWith("test"))
        || name.startsWith("annotations_test") || name.startsWith("paragraphs_test")
        || name.startsWith("moro_test");
  }

  /** Checks that a file exists and is not held out. */
  public static Path requireTrainable(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such corpus file: " + file);
    }
    if (isHeldOut(file)) {
      throw new IllegalArgumentException("refusing to train on held-out file " + file);
    }
    return file;
  }
}
