package it.storia.extractor.bench;

import it.storia.extractor.json.DocumentJson;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks: each operation runs one stage (or the whole pipeline, or the baseline) over the whole benchmark
 * corpus, so {@code corpus tokens / (ms/op)} is the stage's throughput. Stage inputs are prepared once at setup
 * by the same {@link Extractor#withDefaults()} the CLI uses, so each benchmark times its stage alone.
 *
 * <p>Input: the corpus directory ({@code -Dbench.corpus}, see {@link BenchCorpus}) and the baseline model
 * ({@code -Dbench.baseline}, trained from {@code -Dbench.data} when missing, see {@link BaselineNameFinder}).
 * Output: JMH results; {@link BenchReport} turns them into tokens/s, MB/s and ratios to {@link #baseline}. Not
 * thread-safe (JMH runs each benchmark on its own thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmarks {
  /** System property: the cached baseline model file. */
  public static final String BASELINE_PROPERTY = "bench.baseline";

  /** System property: the shared data directory (to train the baseline when its file is missing). */
  public static final String DATA_PROPERTY = "bench.data";

  private Extractor extractor;
  private Extractor.Stages stages;
  private List<String> texts;
  private List<AnalyzedText> segmented;
  private List<AnalyzedText> tagged;
  private List<List<Entity>> entities;
  private List<ExtractedDocument> documents;
  private List<List<String[]>> sentenceTokens;
  private DocumentJson.Options json;

  /** Loads the corpus, the extractor and the baseline, and prepares each stage's input. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    BenchCorpus corpus = BenchCorpus.fromSystemProperty();
    extractor = Extractor.withDefaults();
    stages = extractor.stages();
    texts = corpus.texts();
    StageInputs in = StageInputs.prepare(extractor, texts);
    segmented = in.segmented();
    tagged = in.tagged();
    entities = in.entities();
    documents = in.documents();
    sentenceTokens = in.sentenceTokens();
    json = DocumentJson.Options.DEFAULT;
  }

  /**
   * The baseline name finder, one per benchmark thread ({@link NameFinderME} is not thread-safe); loaded only by
   * the baseline benchmark.
   */
  @State(Scope.Thread)
  public static class Baseline {
    NameFinderME finder;

    /** Loads the cached model, training it when missing and {@code -Dbench.data} is set. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      String data = System.getProperty(DATA_PROPERTY);
      TokenNameFinderModel model = BaselineNameFinder.loadOrTrain(
          Path.of(System.getProperty(BASELINE_PROPERTY, "target/bench-baseline.bin")),
          data == null ? null : Path.of(data));
      finder = new NameFinderME(model);
    }
  }

  /** The baseline: a bare default-feature OpenNLP name finder over the pipeline's tokens, sentence by sentence. */
  @Benchmark
  public void baseline(Baseline b, Blackhole bh) {
    for (List<String[]> doc : sentenceTokens) {
      for (String[] sentence : doc) {
        bh.consume(b.finder.find(sentence));
      }
      b.finder.clearAdaptiveData();
    }
  }

  /** Normalise + tokenise + split sentences. */
  @Benchmark
  public void segmentation(Blackhole bh) {
    for (String text : texts) {
      bh.consume(stages.segmenter().segment(text));
    }
  }

  /** POS tags and lemmas. */
  @Benchmark
  public void tagging(Blackhole bh) {
    for (AnalyzedText t : segmented) {
      bh.consume(stages.tagger().tag(t));
    }
  }

  /** Name recognition and referent resolution. */
  @Benchmark
  public void names(Blackhole bh) {
    for (AnalyzedText t : tagged) {
      bh.consume(stages.resolver().resolve(t, stages.names().recognize(t)));
    }
  }

  /** Date recognition, normalisation and anchoring. */
  @Benchmark
  public void dates(Blackhole bh) {
    for (AnalyzedText t : tagged) {
      bh.consume(stages.dates().annotate(t));
    }
  }

  /** Events over the final entities. */
  @Benchmark
  public void events(Blackhole bh) {
    for (int i = 0; i < tagged.size(); i++) {
      bh.consume(stages.events().extract(tagged.get(i), entities.get(i)));
    }
  }

  /** JSON writing (default options: no tokens), to a discarding stream. */
  @Benchmark
  public void json(Blackhole bh) throws IOException {
    for (ExtractedDocument doc : documents) {
      DiscardingStream out = new DiscardingStream();
      DocumentJson.write(doc, json, out);
      bh.consume(out.count());
    }
  }

  /** The whole pipeline: {@link Extractor#extract} from text. */
  @Benchmark
  public void pipeline(Blackhole bh) {
    for (int i = 0; i < texts.size(); i++) {
      bh.consume(extractor.extract(texts.get(i), "doc", null));
    }
  }

  /** The whole pipeline plus JSON writing, what {@code extract} does per file. */
  @Benchmark
  public void pipelineJson(Blackhole bh) throws IOException {
    for (String text : texts) {
      DiscardingStream out = new DiscardingStream();
      DocumentJson.write(extractor.extract(text, "doc", null), json, out);
      bh.consume(out.count());
    }
  }
}
