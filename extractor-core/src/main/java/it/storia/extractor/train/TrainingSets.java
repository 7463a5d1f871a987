package it.storia.extractor.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which corpus files of the data directory ({@code ../shared/data}) train which model. The held-out test sets of
 * the models issue, UD ISDT, VIT and PUD test ({@link #HELD_OUT}), are never listed, and {@link #resolve} refuses
 * them, and ParTUT test, which repeats ISDT test sentences. The test splits of the other treebanks (MarkIT,
 * ParlaMint, PoSTWITA, TWITTIRO) are not held out and train the tagger; they are never used for segmentation, whose only score is on ISDT-style running text.
 *
 * <p>Tuning was done on {@code UD_Italian-ISDT/it_isdt-ud-dev.conllu} with models trained without it; the
 * shipped models then add it to the training data (see {@code models/README.md}). Stateless; thread-safe.
 */
public final class TrainingSets {
  private TrainingSets() {}

  /**
   * UD files that are never trained or tuned on: the held-out test sets of the models issue, and ParTUT test,
   * which shares 57 of its sentences with ISDT test (ParTUT dev likewise shares 139 with ISDT dev, so tuning runs
   * leave both ISDT dev and ParTUT dev out).
   */
  public static final List<String> HELD_OUT = List.of(
      "it_isdt-ud-test.conllu", "it_vit-ud-test.conllu", "it_pud-ud-test.conllu", "it_partut-ud-test.conllu");

  /** Treebanks whose {@code # text} is raw running text: sentence detector and tokenizer. */
  public static final List<String> SEGMENTATION = List.of(
      "UD_Italian-ISDT/it_isdt-ud-dev.conllu",
      "UD_Italian-VIT/it_vit-ud-dev.conllu",
      "UD_Italian-ParTUT/it_partut-ud-train.conllu",
      "UD_Italian-ParTUT/it_partut-ud-dev.conllu",
      "UD_Italian-ParlaMint/it_parlamint-ud-train.conllu");

  /** Treebanks with gold UPOS and lemmas: POS tagger and lemmatizer (MarkIT's pre-tokenised text is fine here). */
  public static final List<String> TAGGING = List.of(
      "UD_Italian-ISDT/it_isdt-ud-dev.conllu",
      "UD_Italian-VIT/it_vit-ud-dev.conllu",
      "UD_Italian-ParTUT/it_partut-ud-train.conllu",
      "UD_Italian-ParTUT/it_partut-ud-dev.conllu",
      "UD_Italian-ParlaMint/it_parlamint-ud-train.conllu",
      "UD_Italian-MarkIT/it_markit-ud-train.conllu",
      "UD_Italian-MarkIT/it_markit-ud-dev.conllu",
      "UD_Italian-TWITTIRO/it_twittiro-ud-train.conllu",
      "UD_Italian-TWITTIRO/it_twittiro-ud-dev.conllu",
      "UD_Italian-PoSTWITA/it_postwita-ud-dev.conllu",
      "UD_Italian-MarkIT/it_markit-ud-test.conllu",
      "UD_Italian-ParlaMint/it_parlamint-ud-test.conllu",
      "UD_Italian-TWITTIRO/it_twittiro-ud-test.conllu",
      "UD_Italian-PoSTWITA/it_postwita-ud-test.conllu");

  /**
   * Treebanks that train the dependency parser: those of {@link #TAGGING} but ParlaMint, whose trees never use the
   * passive subtypes ({@code nsubj:pass}, {@code aux:pass}, {@code obl:agent}: 0 of each in 20,460 words). Tuned on
   * ISDT dev (trained without ISDT dev and ParTUT dev): without ParlaMint LAS 0.7975 → 0.7955, but nsubj:pass F1
   * 0.23 → 0.40, obl:agent 0.35 → 0.41, acl:relcl 0.59 → 0.60, appos 0.08 → 0.14. The tweet treebanks among them
   * are listed in {@link #TWEET_TREEBANKS}.
   */
  public static final List<String> PARSING = TAGGING.stream().filter(f -> !f.contains("ParlaMint")).toList();

  /** The tweet treebanks (TWITTIRO, PoSTWITA), which a parser run may leave out. */
  public static final List<String> TWEET_TREEBANKS = List.of(
      "it_twittiro-ud-train.conllu", "it_twittiro-ud-dev.conllu", "it_twittiro-ud-test.conllu",
      "it_postwita-ud-dev.conllu", "it_postwita-ud-test.conllu");

  /**
   * How many times the POS trainer sees each sentence of a file (default 1). ISDT dev is the only in-domain
   * (ISDT-style) training data: tuned on ISDT dev halves (train on the others + the first half, tag the second),
   * three copies gave UPOS 0.9662 against 0.9652 for one.
   */
  public static final Map<String, Integer> POS_COPIES = Map.of("it_isdt-ud-dev.conllu", 3);

  /**
   * The files of a list under a data directory, minus those named in {@code exclude} (by file name, e.g. to
   * leave the tuning set out); every file must exist, and none may be {@linkplain #HELD_OUT held out}.
   */
  public static List<Path> resolve(Path dataDir, List<String> files, List<String> exclude) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String f : files) {
      Path p = dataDir.resolve(f);
      if (HELD_OUT.contains(p.getFileName().toString())) {
        throw new IllegalArgumentException("held-out test file may not be trained on: " + f);
      }
      if (exclude.contains(p.getFileName().toString())) {
        continue;
      }
      if (!Files.isRegularFile(p)) {
        throw new NoSuchFileException(p.toString(), null, "training file missing under --data " + dataDir);
      }
      out.add(p);
    }
    return out;
  }
}
