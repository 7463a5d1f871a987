package it.storia.extractor.cli;

import static it.storia.extractor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.tag.LemmaDictionary;
import it.storia.extractor.tag.OpenNlpTagger;
import it.storia.extractor.train.TrainingSets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainEvalCommandTest {
  @TempDir
  Path tmp;

  private Path fixture;

  @BeforeEach
  void copyFixture() throws Exception {
    fixture = tmp.resolve("sample.conllu");
    try (var in = TrainEvalCommandTest.class.getResourceAsStream("/it/storia/extractor/cli/sample.conllu")) {
      Files.copy(in, fixture);
    }
  }

  private static double metric(String out, String name) {
    Matcher m = Pattern.compile(Pattern.quote(name) + "\\s+([0-9.]+)").matcher(out);
    assertThat(m.find()).as("metric '%s' in %s", name, out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void unknownComponentsAndMissingOptionsAreUsageErrors() {
    CliRun bogus = run("train", "bogus", "--data", tmp.toString());
    assertThat(bogus.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bogus.err()).contains("unknown component 'bogus'").contains("sentences, tokens, pos, lemma");
    assertThat(run("train", "pos").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("eval", "pos").code()).isEqualTo(ExitCodes.USAGE);
    CliRun evalBogus = run("eval", "ner2", "--data", fixture.toString());
    assertThat(evalBogus.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(evalBogus.err()).contains("unknown component 'ner2'");
    CliRun notTrainable = run("train", "segmentation", "--data", tmp.toString());
    assertThat(notTrainable.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(notTrainable.err()).contains("cannot be trained");
    CliRun noFile = run("eval", "segmentation", "--data", tmp.resolve("missing.conllu").toString());
    assertThat(noFile.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(noFile.err()).contains("missing.conllu");
  }

  @Test
  void nerIsAComponentOfTrainAndEvalAndTheTemporaryCommandsAreGone() {
    CliRun bogus = run("eval", "nerd", "--data", fixture.toString());
    assertThat(bogus.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bogus.err()).contains("unknown component 'nerd'").contains("ner");
    CliRun trainBogus = run("train", "nerd", "--data", tmp.toString());
    assertThat(trainBogus.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(trainBogus.err()).contains("unknown component 'nerd'").contains("ner, segmentation, all");
    CliRun badAlgorithm = run("train", "ner", "--data", tmp.toString(), "--algorithm", "SVM");
    assertThat(badAlgorithm.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badAlgorithm.err()).contains("'SVM'");
    CliRun badCorpus = run("train", "ner", "--data", tmp.toString(), "--corpus", "kind,wikipedia");
    assertThat(badCorpus.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badCorpus.err()).contains("unknown corpus 'wikipedia'");
    CliRun nerOnlyOption = run("eval", "pos", "--data", fixture.toString(), "--speed");
    assertThat(nerOnlyOption.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(nerOnlyOption.err()).contains("'ner' only");
    CliRun missingModel = run("eval", "ner", "--data", fixture.toString(), "--model", tmp.resolve("no.bin").toString());
    assertThat(missingModel.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missingModel.err()).contains("no.bin");
    assertThat(run("train-ner", "--data", tmp.toString()).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("eval-ner", "--data", fixture.toString()).code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void evaluatesTheBundledNameFinderOnAGoldColumnFile() throws Exception {
    Path gold = tmp.resolve("ner-sample.tsv");
    try (var in = TrainEvalCommandTest.class.getResourceAsStream("/it/storia/extractor/cli/ner-sample.tsv")) {
      Files.copy(in, gold);
    }
    CliRun r = run("eval", "ner", "--data", gold.toString(), "--errors", "20");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("4 sentences");
    Matcher micro = Pattern.compile("micro\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+(\\d+)").matcher(r.out());
    assertThat(micro.find()).as(r.out()).isTrue();
    assertThat(Integer.parseInt(micro.group(4))).as("gold mentions in the fixture").isEqualTo(10);
    assertThat(Double.parseDouble(micro.group(1))).as("precision").isGreaterThanOrEqualTo(0.6);
    assertThat(Double.parseDouble(micro.group(3))).as("F1").isGreaterThan(0.4);
    assertThat(r.out()).as("Stalin and Mosca are found, so neither is listed as an error")
        .doesNotContain("'Stalin'").doesNotContain("'Mosca'");
  }

  @Test
  void trainingFromADirectoryWithoutTheCorporaIsAUsageError() {
    CliRun r = run("train", "lemma", "--data", tmp.toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("missing training file").contains("it_isdt-ud-dev.conllu");
  }

  @Test
  void evaluatesTheRuleSegmentationOnAGoldFile() {
    CliRun r = run("eval", "segmentation", "--data", fixture.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(metric(r.out(), "sentences F1")).isEqualTo(1.0);
    assertThat(metric(r.out(), "tokens F1")).isEqualTo(1.0);
  }

  @Test
  void evaluatesTheBundledTaggerEndToEnd() {
    CliRun r = run("eval", "pos", "--data", fixture.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(metric(r.out(), "UPOS accuracy")).isGreaterThan(0.8);
    assertThat(metric(r.out(), "lemma accuracy")).isGreaterThan(0.8);
  }

  @Test
  void trainsALemmaLexiconThatTheTaggerLoads() throws Exception {
    Path data = tmp.resolve("data");
    for (String f : TrainingSets.TAGGING) {
      Files.createDirectories(data.resolve(f).getParent());
      Files.copy(fixture, data.resolve(f));
    }
    Path out = tmp.resolve("models");
    CliRun r = run("train", "LEMMA", "--data", data.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    LemmaDictionary dict = LemmaDictionary.read(out.resolve(OpenNlpTagger.LEMMA_DICTIONARY));
    assertThat(dict.lemma("espulso", "VERB")).contains("espellere");
    assertThat(dict.lemma("DAL", "ADP+DET")).contains("da il");
    assertThat(dict.lemma("Trotsky", "PROPN")).as("proper nouns are their own lemma").isEmpty();
    assertThat(r.err().toLowerCase(Locale.ROOT)).contains("trained lemma");
  }
}
