package it.storia.extractor.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.tag.OpenNlpTagger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared-prefix beam search must return exactly what OpenNLP's {@link BeamSearch} returns (outcomes,
 * probabilities and scores, bit for bit, for every one of the k best sequences) with the bundled perceptron POS
 * model and maximum-entropy name finder model, over every sentence of the reference sample; and the bundled tagger
 * and name finder, which decode with it, must tag and find exactly what OpenNLP's {@code POSTaggerME} and
 * {@code NameFinderME} do.
 */
class SharedBeamSearchTest {
  private static List<String[]> sentences;

  @BeforeAll
  static void segmentSample() {
    sentences = BundledModels.sampleSentences();
    assertThat(sentences).hasSizeGreaterThan(100);
  }

  @Test
  void posTaggerDecodesExactlyAsOpenNlp() throws IOException {
    POSModel model = BundledModels.pos();
    MaxentModel classifier = (MaxentModel) model.getArtifact("pos.model");
    assertSame(classifier, () -> model.getFactory().getPOSContextGenerator(3),
        model.getFactory().getSequenceValidator());
  }

  @Test
  void nameFinderDecodesExactlyAsOpenNlp() throws IOException {
    TokenNameFinderModel model = BundledModels.nameFinder();
    MaxentModel classifier = (MaxentModel) model.getArtifact("nameFinder.model");
    assertSame(classifier, () -> model.getFactory().createContextGenerator(),
        model.getFactory().createSequenceCodec().createSequenceValidator());
  }

  @Test
  void splitNameFinderContextsDecodeExactlyAsOpenNlp() throws IOException {
    TokenNameFinderModel model = BundledModels.nameFinder();
    MaxentModel classifier = (MaxentModel) model.getArtifact("nameFinder.model");
    // OpenNLP's context = the token's features + 4 previous-outcome features; split it into those two parts
    assertSame(classifier, () -> model.getFactory().createContextGenerator(),
        () -> new Split(model.getFactory().createContextGenerator(), 4),
        model.getFactory().createSequenceCodec().createSequenceValidator());
  }

  @Test
  void splitNameFinderContextsDecodeExactlyAsOpenNlpWithSmallerBeams() throws IOException {
    TokenNameFinderModel model = BundledModels.nameFinder();
    MaxentModel classifier = (MaxentModel) model.getArtifact("nameFinder.model");
    for (int size = 1; size <= 2; size++) {
      assertSame(size, classifier, () -> model.getFactory().createContextGenerator(),
          () -> new Split(model.getFactory().createContextGenerator(), 4),
          model.getFactory().createSequenceCodec().createSequenceValidator());
    }
  }

  @Test
  void splitPosContextsDecodeExactlyAsOpenNlp() throws IOException {
    POSModel model = BundledModels.pos();
    MaxentModel classifier = (MaxentModel) model.getArtifact("pos.model");
    assertSame(classifier, () -> model.getFactory().getPOSContextGenerator(3),
        () -> new Split(model.getFactory().getPOSContextGenerator(3), 0), model.getFactory().getSequenceValidator());
  }

  /**
   * An OpenNLP context generator seen as a {@link SplitContextGenerator}: the last {@code own} features of its
   * context are a beam's own part (read back from a context built with only the last two outcomes set).
   */
  private static final class Split implements SplitContextGenerator<String> {
    private final BeamSearchContextGenerator<String> base;
    private final int own;

    Split(BeamSearchContextGenerator<String> base, int own) {
      this.base = base;
      this.own = own;
    }

    @Override
    public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
      return base.getContext(index, sequence, priorDecisions, additionalContext);
    }

    @Override
    public String[] sharedContext(int index, String[] sequence, String[] bestOutcomes) {
      String[] all = base.getContext(index, sequence, bestOutcomes, null);
      return java.util.Arrays.copyOf(all, all.length - own);
    }

    @Override
    public String[] ownContext(int index, String[] sequence, String previous, String beforePrevious) {
      String[] preds = new String[index];
      java.util.Arrays.fill(preds, "other");
      if (index > 0) {
        preds[index - 1] = previous;
      }
      if (index > 1) {
        preds[index - 2] = beforePrevious;
      }
      String[] all = base.getContext(index, sequence, preds, null);
      return java.util.Arrays.copyOfRange(all, all.length - own, all.length);
    }

    @Override
    public boolean historyFree() {
      return own == 0;
    }
  }

  @Test
  void greedyPosDecodingGivesTheBeamsOutcomes() throws IOException {
    POSModel model = BundledModels.pos();
    MaxentModel classifier = (MaxentModel) model.getArtifact("pos.model");
    SharedBeamSearch shared = SharedBeamSearch.of(3, classifier);
    BeamSearch reference = new BeamSearch(3, classifier);
    SequenceValidator<String> validator = model.getFactory().getSequenceValidator();
    Split split = new Split(model.getFactory().getPOSContextGenerator(3), 0);
    BeamSearchContextGenerator<String> cgReference = model.getFactory().getPOSContextGenerator(3);
    int greedy = 0;
    for (String[] sentence : sentences) {
      List<String> expected = reference.bestSequence(sentence, null, cgReference, validator).getOutcomes();
      String[] fast = shared.greedyOutcomes(sentence, split, validator, null);
      if (fast != null) {
        assertThat(fast).containsExactlyElementsOf(expected);
        greedy++;
      }
      assertThat(shared.bestOutcomes(sentence, null, split, validator, shared.newMemo()))
          .containsExactlyElementsOf(expected);
    }
    // the sample's sentences are decoded without a beam, but for near ties
    assertThat(greedy).as("sentences decoded greedily").isGreaterThan(sentences.size() * 9 / 10);
  }

  @Test
  void beamDecidesWhenAnOutcomeDependsOnThePreviousOnes() throws IOException {
    TokenNameFinderModel names = BundledModels.nameFinder();
    SharedBeamSearch nameSearch = SharedBeamSearch.of(3, (MaxentModel) names.getArtifact("nameFinder.model"));
    SequenceValidator<String> nameValidator = names.getFactory().createSequenceCodec().createSequenceValidator();
    Split withHistory = new Split(names.getFactory().createContextGenerator(), 4);
    POSModel pos = BundledModels.pos();
    SharedBeamSearch posSearch = SharedBeamSearch.of(3, (MaxentModel) pos.getArtifact("pos.model"));
    Split historyFree = new Split(pos.getFactory().getPOSContextGenerator(3), 0);
    SequenceValidator<String> anyValidator = (i, seq, history, outcome) -> true;
    String[] sentence = sentences.get(0);
    assertThat(nameSearch.greedyOutcomes(sentence, withHistory, nameValidator, null)).isNull();
    assertThat(posSearch.greedyOutcomes(sentence, historyFree, anyValidator, null)).isNull();
    assertThat(posSearch.greedyOutcomes(sentence, pos.getFactory().getPOSContextGenerator(3),
        pos.getFactory().getSequenceValidator(), null)).isNull();
    assertThat(posSearch.greedyOutcomes(sentence, historyFree, pos.getFactory().getSequenceValidator(), null))
        .isNotNull();
  }

  @Test
  void bundledNameFinderFindsWhatNameFinderMeFinds() throws IOException {
    TokenNameFinderModel model = BundledModels.nameFinder();
    List<List<String>> doc = new ArrayList<>();
    for (String[] s : sentences) {
      doc.add(List.of(s));
    }
    // NameFinderME tags each sentence alone: compare without the document-level pass
    List<List<OpenNlpNameFinder.TokenMention>> found =
        OpenNlpNameFinder.of(model).withDocumentConsistency(false).tag(doc);
    NameFinderME reference = new NameFinderME(model);
    int mentions = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Span[] spans = reference.find(sentences.get(i));
      double[] probs = reference.probs(spans);
      List<OpenNlpNameFinder.TokenMention> expected = new ArrayList<>();
      for (int k = 0; k < spans.length; k++) {
        expected.add(new OpenNlpNameFinder.TokenMention(spans[k].getStart(), spans[k].getEnd(),
            EntityType.parse(spans[k].getType()), probs[k]));
      }
      assertThat(found.get(i)).isEqualTo(expected);
      mentions += spans.length;
    }
    assertThat(mentions).isGreaterThan(100);
  }

  @Test
  void bundledTaggerTagsWhatPosTaggerMeTags() throws IOException {
    POSModel model = BundledModels.pos();
    OpenNlpTagger tagger = OpenNlpTagger.fromClasspath();
    POSTaggerME reference = new POSTaggerME(model, POSTagFormat.CUSTOM);
    for (String[] sentence : sentences) {
      assertThat(tagger.posTags(sentence)).containsExactly(reference.tag(sentence));
    }
  }

  @Test
  void rejectsAnEmptyBeam() {
    MaxentModel any = new opennlp.tools.ml.maxent.GISModel(new opennlp.tools.ml.model.Context[0],
        new String[0], new String[] {"O"});
    assertThatThrownBy(() -> SharedBeamSearch.of(0, any)).hasMessageContaining("got 0");
    assertThat(SharedBeamSearch.of(3, any).sharesPrefixes()).isTrue();
  }

  /** Both decoders, each with its own context generator, over every sentence; the 3 best must be identical. */
  private static void assertSame(MaxentModel classifier, Supplier<BeamSearchContextGenerator<String>> contexts,
      SequenceValidator<String> validator) {
    assertSame(classifier, contexts, contexts::get, validator);
  }

  /** As above, the shared-prefix decoder with the context generators of {@code sharedContexts}. */
  private static void assertSame(MaxentModel classifier, Supplier<BeamSearchContextGenerator<String>> contexts,
      Supplier<? extends BeamSearchContextGenerator<String>> sharedContexts, SequenceValidator<String> validator) {
    assertSame(3, classifier, contexts, sharedContexts, validator);
  }

  /** As above, with beams of {@code size} sequences (the 3 best are compared, fewer with a smaller beam). */
  private static void assertSame(int size, MaxentModel classifier,
      Supplier<BeamSearchContextGenerator<String>> contexts,
      Supplier<? extends BeamSearchContextGenerator<String>> sharedContexts, SequenceValidator<String> validator) {
    SharedBeamSearch shared = SharedBeamSearch.of(size, classifier);
    assertThat(shared.sharesPrefixes()).isTrue();
    // a decoder given the first one's TableModel view (as OpenNlpNameFinder.withBeamSize builds it) decodes alike
    SharedBeamSearch overView = SharedBeamSearch.of(size, shared.model());
    assertThat(overView.model()).isSameAs(shared.model()).isNotSameAs(classifier);
    BeamSearch reference = new BeamSearch(size, classifier);
    BeamSearchContextGenerator<String> cgShared = sharedContexts.get();
    BeamSearchContextGenerator<String> cgView = sharedContexts.get();
    BeamSearchContextGenerator<String> cgReference = contexts.get();
    int fullBeams = 0;
    for (String[] sentence : sentences) {
      Sequence[] expected = reference.bestSequences(3, sentence, null, cgReference, validator);
      for (Sequence[] actual : List.of(shared.bestSequences(3, sentence, null, cgShared, validator),
          overView.bestSequences(3, sentence, null, cgView, validator))) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.length; k++) {
          assertThat(actual[k].getOutcomes()).isEqualTo(expected[k].getOutcomes());
          assertThat(actual[k].getProbs()).isEqualTo(expected[k].getProbs());
          assertThat(actual[k].getScore()).isEqualTo(expected[k].getScore());
        }
      }
      if (expected.length >= Math.min(3, size)) {
        fullBeams++;
      }
    }
    assertThat(fullBeams).as("sentences decoded with a full beam of %d", size).isGreaterThan(100);
  }

  @Test
  void kthLargestIsWhatSortingReads() {
    java.util.Random random = new java.util.Random(42);
    double[] specials = {0.0, -0.0, Double.NaN, 1e-300, 0.25, 0.25, 1.0};
    for (int trial = 0; trial < 2000; trial++) {
      double[] scores = new double[1 + random.nextInt(20)];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = random.nextInt(4) == 0 ? specials[random.nextInt(specials.length)] : random.nextDouble();
      }
      double[] sorted = scores.clone();
      java.util.Arrays.sort(sorted);
      for (int size = 1; size <= 5; size++) {
        int k = Math.min(size, scores.length);
        double expected = sorted[Math.max(0, scores.length - size)];
        double actual = SharedBeamSearch.kthLargest(scores, k, new double[scores.length]);
        assertThat(Double.doubleToRawLongBits(actual)).as("k=%d of %s", k, java.util.Arrays.toString(scores))
            .isEqualTo(Double.doubleToRawLongBits(expected));
      }
    }
  }
}
