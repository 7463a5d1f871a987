package it.storia.extractor.cli;

import static it.storia.extractor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extractor eval names}: the shipped names pipeline scored on a gold TSV or CoNLL file. */
class EvalNamesCommandTest {
  private static final String TEXT = "Il 14 dicembre l'on. De Gasperi parlò alla Camera dei deputati a Roma. "
      + "Stalin rispose da Mosca.";

  @TempDir
  Path tmp;

  private Path gold;

  @BeforeEach
  void writeFixture() throws Exception {
    Files.writeString(tmp.resolve("dg.txt"), TEXT, StandardCharsets.UTF_8);
    gold = tmp.resolve("gold.tsv");
    Files.writeString(gold, "# doc\tbegin\tend\ttype\ttext\n"
        + span("PERSON", "De Gasperi") + span("ORGANIZATION", "Camera dei deputati") + span("LOCATION", "Roma")
        + span("PERSON", "Stalin") + span("ORGANIZATION", "Mosca"), StandardCharsets.UTF_8);
  }

  private static String span(String type, String text) {
    int b = TEXT.indexOf(text);
    return "dg\t" + b + "\t" + (b + text.length()) + "\t" + type + "\t" + text + "\n";
  }

  private static int[] row(String out, String type) {
    Matcher m = Pattern.compile("(?m)^" + type + "\\s+(\\d+)\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)$")
        .matcher(out);
    assertThat(m.find()).as("row %s in %s", type, out).isTrue();
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  @Test
  void scoresAGoldTsvAndListsTheErrors() {
    CliRun r = run("eval", "names", "--gold", gold.toString(), "--texts", tmp.toString(), "--errors");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("1 documents, 5 gold mentions");
    assertThat(row(r.out(), "PERSON")).as("gold and predicted persons").containsExactly(2, 2);
    assertThat(row(r.out(), "ALL")[0]).isEqualTo(5);
    assertThat(r.out()).as("Mosca is a place, so the fixture's ORGANIZATION is missed and the place is a false alarm")
        .contains("FN dg ORGANIZATION").contains("'Mosca'").contains("FP dg LOCATION");
    assertThat(r.out()).doesNotContain("'De Gasperi'");
    CliRun quiet = run("eval", "names", "--gold", gold.toString(), "--texts", tmp.toString());
    assertThat(quiet.out()).doesNotContain("FN ").contains("ALL");
  }

  @Test
  void scoresACoNllFile() throws Exception {
    Path conll = tmp.resolve("gold.conll");
    Files.writeString(conll, "Stalin\tB-PER\nrispose\tO\nda\tO\nMosca\tB-LOC\n.\tO\n\nIl\tO\nPartito\tB-ORG\n"
        + "comunista\tI-ORG\nvinse\tO\n.\tO\n", StandardCharsets.UTF_8);
    CliRun r = run("eval", "names", "--conll", conll.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("1 documents, 3 gold mentions");
    assertThat(row(r.out(), "LOCATION")).containsExactly(1, 1);
  }

  @Test
  void theDocumentSizeDecidesWhatTheNamesLayerPropagates() throws Exception {
    Path conll = tmp.resolve("doc.conll");
    Files.writeString(conll, "Parlò\tO\nl'\tO\non.\tO\nGiunta\tB-PER\n.\tO\n\n"
        + "Poi\tO\nrispose\tO\nGiunta\tB-PER\n.\tO\n\n"
        + "Stalin\tB-PER\ntacque\tO\n.\tO\n", StandardCharsets.UTF_8);
    CliRun whole = run("eval", "names", "--conll", conll.toString(), "--doc-sentences", "0", "--errors");
    assertThat(whole.code()).as(whole.err()).isEqualTo(ExitCodes.OK);
    assertThat(whole.out()).contains("1 documents, 3 gold mentions");
    assertThat(row(whole.out(), "PERSON")).as("the title's surname propagates to the bare one").containsExactly(3, 3);
    CliRun single = run("eval", "names", "--conll", conll.toString(), "--doc-sentences", "1", "--errors");
    assertThat(single.code()).as(single.err()).isEqualTo(ExitCodes.OK);
    assertThat(single.out()).contains("3 documents, 3 gold mentions").contains("FN doc.conll#1 PERSON");
    assertThat(run("eval", "names", "--conll", conll.toString()).out()).as("default: 40 sentences a document")
        .contains("1 documents, 3 gold mentions");
    CliRun negative = run("eval", "names", "--conll", conll.toString(), "--doc-sentences", "-1");
    assertThat(negative.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(negative.err()).contains("-1");
    assertThat(run("eval", "names", "--gold", gold.toString(), "--texts", tmp.toString(), "--doc-sentences", "2")
        .err()).contains("--doc-sentences");
  }

  @Test
  void theModelAloneIsScoredOnTheSameDocuments() throws Exception {
    Path conll = tmp.resolve("doc.conll");
    Files.writeString(conll, "Parlò\tO\nl'\tO\non.\tO\nGiunta\tB-PER\n.\tO\n", StandardCharsets.UTF_8);
    CliRun model = run("eval", "names", "--conll", conll.toString(), "--recognizer", "model");
    assertThat(model.code()).as(model.err()).isEqualTo(ExitCodes.OK);
    assertThat(model.out()).contains("recogniser model").contains("1 documents, 1 gold mentions");
    CliRun bogus = run("eval", "names", "--conll", conll.toString(), "--recognizer", "nessuno");
    assertThat(bogus.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bogus.err()).contains("'nessuno'");
  }

  @Test
  void badInputsAreUsageErrorsNamingTheFile() throws Exception {
    Files.delete(tmp.resolve("dg.txt"));
    CliRun missingText = run("eval", "names", "--gold", gold.toString(), "--texts", tmp.toString());
    assertThat(missingText.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missingText.err()).contains("gold.tsv").contains("dg.txt");
    Files.writeString(tmp.resolve("dg.txt"), "Un altro testo.", StandardCharsets.UTF_8);
    CliRun wrongText = run("eval", "names", "--gold", gold.toString(), "--texts", tmp.toString());
    assertThat(wrongText.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrongText.err()).contains("gold.tsv:2").contains("'De Gasperi'");
    assertThat(run("eval", "names", "--gold", gold.toString()).err()).contains("--texts");
    assertThat(run("eval", "names").code()).isEqualTo(ExitCodes.USAGE);
    CliRun noFile = run("eval", "names", "--conll", tmp.resolve("none.conll").toString());
    assertThat(noFile.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(noFile.err()).contains("none.conll");
    CliRun namesOnly = run("eval", "pos", "--gold", gold.toString());
    assertThat(namesOnly.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(namesOnly.err()).contains("'names' only");
    CliRun bogus = run("eval", "nomi", "--data", gold.toString());
    assertThat(bogus.err()).contains("unknown component 'nomi'").contains("names");
  }

  @Test
  void aDocumentListedWithoutMentionsCountsItsFalseAlarms() throws Exception {
    Files.writeString(tmp.resolve("vuoto.txt"), "Poi parlò Stalin a lungo.", StandardCharsets.UTF_8);
    Files.writeString(gold, Files.readString(gold) + "vuoto\n", StandardCharsets.UTF_8);
    CliRun r = run("eval", "names", "--gold", gold.toString(), "--texts", tmp.toString(), "--errors");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("2 documents, 5 gold mentions").contains("FP vuoto PERSON");
    assertThat(row(r.out(), "PERSON")).containsExactly(2, 3);
  }
}
