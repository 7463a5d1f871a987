package it.storia.extractor.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code extractor eval COMPONENT} evaluates. Immutable; thread-safe.
 *
 * @param data gold files (CoNLL-U for the tagging and segmentation components, token-TAB-tag column files for
 *     {@code ner}; for {@code names} gold TSV files when {@code texts} is set, else CoNLL IOB2 files); at least one
 * @param modelDir a directory with the component's model files, or null for the bundled models
 * @param modelFiles model files to compare one after the other ({@code ner} only; empty otherwise)
 * @param speed whether to also measure load time and throughput ({@code ner} only)
 * @param errors how many wrong or missed items to print per file ({@code ner} and {@code names}; 0 for none)
 * @param texts {@code names} only: the directory holding {@code DOC.txt} for each document of the gold TSV files,
 *     or null (gold CoNLL files, or another component)
 * @param docSentences {@code ner} and {@code names} on column files: sentences per document ({@code 0} = the whole
 *     file is one document), or {@link #DEFAULT_DOC_SENTENCES} for the component's default (ner: the whole file,
 *     names: {@value Evaluations#CONLL_SENTENCES_PER_DOC})
 * @param recognizer {@code names} only: the entity recogniser the pipeline runs (default: the shipped one)
 */
public record EvalRequest(List<Path> data, Path modelDir, List<Path> modelFiles, boolean speed, int errors,
    Path texts, int docSentences, NamesRecognizer recognizer) {
  /** The {@link #docSentences} value that asks for the component's default document size. */
  public static final int DEFAULT_DOC_SENTENCES = -1;

  /** Validates: at least one gold file, errors ≥ 0, docSentences ≥ 0 or the default. */
  public EvalRequest {
    data = List.copyOf(data);
    modelFiles = List.copyOf(modelFiles);
    Objects.requireNonNull(recognizer, "recognizer");
    if (data.isEmpty()) {
      throw new IllegalArgumentException("no gold file given");
    }
    if (errors < 0) {
      throw new IllegalArgumentException("errors must be ≥ 0, got " + errors);
    }
    if (docSentences < DEFAULT_DOC_SENTENCES) {
      throw new IllegalArgumentException("sentences per document must be ≥ 0 (0 = whole file), got " + docSentences);
    }
    data.forEach(p -> Objects.requireNonNull(p, "data file"));
  }

  /** A request with the default document size and the shipped recogniser. */
  public EvalRequest(List<Path> data, Path modelDir, List<Path> modelFiles, boolean speed, int errors, Path texts) {
    this(data, modelDir, modelFiles, speed, errors, texts, DEFAULT_DOC_SENTENCES, NamesRecognizer.SHIPPED);
  }

  /** A request without a texts directory (every component but {@code names} with gold TSV files). */
  public EvalRequest(List<Path> data, Path modelDir, List<Path> modelFiles, boolean speed, int errors) {
    this(data, modelDir, modelFiles, speed, errors, null);
  }

  /** A request for gold files and a model directory (or null), without the {@code ner}-only options. */
  public static EvalRequest of(List<Path> data, Path modelDir) {
    return new EvalRequest(data, modelDir, List.of(), false, 0);
  }

  /** {@link #docSentences}, or {@code fallback} when the request asks for the component's default. */
  public int docSentencesOr(int fallback) {
    return docSentences == DEFAULT_DOC_SENTENCES ? fallback : docSentences;
  }
}
