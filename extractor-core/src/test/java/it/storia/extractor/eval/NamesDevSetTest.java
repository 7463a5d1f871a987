package it.storia.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.corpus.CorpusSentences;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.ner.RulesOnly;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression guard on the hand-checked names dev set ({@code devset/names}): part A was used for tuning, parts B
 * to I were held out until their first measurement (see docs/names.md for those numbers); of H and I only the De
 * Gasperi halves are scored here (the other halves' texts are referenced, not committed). It pins the genre
 * layer alone (no statistical model, whatever {@code DefaultStages} wires) and the shipped combination (the layer
 * over the committed {@code ner-it.bin}); the floors sit a little below the scores measured so.
 */
class NamesDevSetTest {
  private static final Extractor RULES_ONLY = RulesOnly.extractor();
  /** The shipped name stages ({@code HistoryEntityRecognizer} over the bundled name finder, alias resolver). */
  private static final Extractor SHIPPED = SharedPipeline.defaults();

  private static EntityEvaluator.Scores run(Extractor extractor, String goldFile)
      throws IOException, URISyntaxException {
    Path dir = Path.of(NamesDevSetTest.class.getResource("/devset/names/" + goldFile).toURI()).getParent();
    Path gold = dir.resolve(goldFile);
    Map<String, String> texts = EntityEvaluator.readTexts(gold, dir);
    EntityEvaluator.Scores scores = EntityEvaluator.evaluate(extractor, texts, EntityEvaluator.readGold(gold, texts));
    System.out.println("names dev set " + goldFile + "\n" + scores.table());
    return scores;
  }

  /**
   * The De Gasperi half of a part whose other half references NonCommercial texts that are not committed: the gold
   * lines of the {@code dg*} documents, scored on their committed excerpts.
   */
  private static EntityEvaluator.Scores runDeGasperiHalf(Extractor extractor, String goldFile, Path work)
      throws IOException, URISyntaxException {
    Path dir = Path.of(NamesDevSetTest.class.getResource("/devset/names/" + goldFile).toURI()).getParent();
    List<String> lines = Files.readAllLines(dir.resolve(goldFile), StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("dg")).toList();
    assertThat(lines).isNotEmpty();
    Path gold = work.resolve("dg-" + goldFile);
    Files.write(gold, lines, StandardCharsets.UTF_8);
    Map<String, String> texts = EntityEvaluator.readTexts(gold, dir);
    EntityEvaluator.Scores scores = EntityEvaluator.evaluate(extractor, texts, EntityEvaluator.readGold(gold, texts));
    System.out.println("names dev set " + goldFile + " (De Gasperi half)\n" + scores.table());
    return scores;
  }

  private static void assertFloors(EntityEvaluator.Scores s, double person, double organization, double location) {
    assertThat(s.of(EntityType.PERSON).f1()).as("PERSON F1").isGreaterThan(person);
    assertThat(s.of(EntityType.ORGANIZATION).f1()).as("ORGANIZATION F1").isGreaterThan(organization);
    assertThat(s.of(EntityType.LOCATION).f1()).as("LOCATION F1").isGreaterThan(location);
  }

  @Test
  void rulesAloneStayAboveTheirFloors() throws Exception {
    assertFloors(run(RULES_ONLY, "gold-a.tsv"), 0.95, 0.93, 0.95);
    assertFloors(run(RULES_ONLY, "gold-b.tsv"), 0.88, 0.95, 0.95);
    assertFloors(run(RULES_ONLY, "gold-c.tsv"), 0.88, 0.88, 0.87);
  }

  @Test
  void shippedRecogniserStaysAboveItsFloors() throws Exception {
    assertFloors(run(SHIPPED, "gold-a.tsv"), 0.95, 0.89, 0.91);
    assertFloors(run(SHIPPED, "gold-b.tsv"), 0.88, 0.95, 0.95);
    assertFloors(run(SHIPPED, "gold-c.tsv"), 0.93, 0.93, 0.89);
    assertFloors(run(SHIPPED, "gold-d.tsv"), 0.94, 0.90, 0.88);
    assertFloors(run(SHIPPED, "gold-e.tsv"), 0.94, 0.88, 0.95);
    assertFloors(run(SHIPPED, "gold-f.tsv"), 0.74, 0.89, 0.89);
  }

  @Test
  void shippedRecogniserStaysAboveItsFloorsOnTheDeGasperiHalvesOfHAndI(@TempDir Path work) throws Exception {
    assertFloors(runDeGasperiHalf(SHIPPED, "gold-h.tsv", work), 0.74, 0.87, 0.92);
    assertFloors(runDeGasperiHalf(SHIPPED, "gold-i.tsv", work), 0.91, 0.86, 0.92);
  }

  /**
   * Parts J-Q: each was drawn and annotated blind, measured once on the code of its day (the honest, unseen estimate,
   * in the comment of its row and in docs/names.md), then the general fixes of its round were tuned on it. The floors
   * (PER, ORG, LOC F1 of the De Gasperi half) guard the tuned values, a little below.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      # Part J (round 8) was measured once, unseen, on main + names7 @ 83fd3fa (De Gasperi half: PER 0.842,
      # ORG 0.526, LOC 0.871: the honest estimate); round 8's general fixes were then tuned on it (PER 0.951, ORG
      # 0.778, LOC 0.900)
      gold-j.tsv, 0.93, 0.74, 0.88
      # Part K (round 9) was measured once, unseen, on main 102152f (De Gasperi half: PER 0.694, ORG 0.782,
      # LOC 0.754: the honest estimate); round 9's general fixes were then tuned on it (PER 0.860, ORG 0.850, LOC
      # 0.800)
      gold-k.tsv, 0.84, 0.83, 0.78
      # Part L (round 10) was measured once, unseen, on main ef300e8 (De Gasperi half: PER 0.899, ORG 0.685,
      # LOC 0.873: the honest estimate); round 10's general fixes were then tuned on it (PER 0.923, ORG 0.850, LOC
      # 0.926)
      gold-l.tsv, 0.91, 0.83, 0.91
      # Part M (round 11) was measured once, unseen, on main 4f32ded (De Gasperi half: PER 0.905, ORG 0.833,
      # LOC 0.973: the honest estimate); round 11's general fixes were then tuned on it (PER 0.939, ORG 0.905, LOC
      # 0.982)
      gold-m.tsv, 0.92, 0.88, 0.97
      # Part N (round 12) was measured once, unseen, on main c1c679a (De Gasperi half: PER 0.870, ORG 0.731,
      # LOC 0.847: the honest estimate); round 12's general fixes were then tuned on it (PER 0.870, ORG 0.821, LOC
      # 0.847)
      gold-n.tsv, 0.85, 0.80, 0.83
      # Part O (session 7) was measured once, unseen, on main 2910ce4 (De Gasperi half: PER 0.710, ORG
      # 0.772, LOC 0.713: the honest estimate); session 8's general fixes were then tuned on it (PER 0.796, ORG
      # 0.772, LOC 0.773)
      gold-o.tsv, 0.77, 0.75, 0.75
      # Part P (session 8) was measured once, unseen, on main 2fe1a5a (De Gasperi half: PER 0.960, ORG
      # 0.776, LOC 0.847: the honest estimate); session 8's general fixes were then tuned on it (PER 0.960, ORG
      # 0.852, LOC 0.929)
      gold-p.tsv, 0.94, 0.87, 0.90
      # Part Q (session 9) was measured once, unseen, on main 87a7ec7 (De Gasperi half: PER 0.743, ORG
      # 0.744, LOC 0.880: the honest estimate); session 9's general fixes were then tuned on it (PER 0.804, ORG
      # 0.797, LOC 0.901)
      gold-q.tsv, 0.78, 0.77, 0.88
      """)
  void shippedRecogniserStaysAboveItsFloorsOnTheDeGasperiHalfOfEachLaterPart(
      String gold, double person, double organization, double location, @TempDir Path work) throws Exception {
    assertFloors(runDeGasperiHalf(SHIPPED, gold, work), person, organization, location);
  }

  /**
   * Part R (session 10) whole: 3 De Gasperi excerpts (committed) and 81 NonCommercial texts it references
   * ({@code texts-r.tsv}: ENEIDE Moro paragraphs, WikiNEuRal test sentences), resolved from the shared data (skipped
   * where it is absent). Measured once, unseen, on main 8b80e9d (PER 0.902, ORG 0.770, LOC 0.785); session 10's
   * general fixes were tuned on R-a only (all of R then PER 0.920, ORG 0.853, LOC 0.797; R-b, never tuned on, kept
   * its first-run 0.861, 0.800, 0.758). The floors sit a little below the tuned values.
   */
  @Test
  void shippedRecogniserStaysAboveItsFloorsOnPartR(@TempDir Path work) throws Exception {
    Optional<Path> root = CorpusSentences.dataRoot();
    Assumptions.assumeTrue(root.isPresent(), "gold-r.tsv references corpus texts under ../shared/data (set"
        + " -Dshared.data=DIR), which this machine lacks: skipped");
    Path dir = Path.of(NamesDevSetTest.class.getResource("/devset/names/gold-r.tsv").toURI()).getParent();
    CorpusSentences corpus = new CorpusSentences(root.get());
    for (String file : List.of("texts-r.tsv", "sources-r.tsv")) {
      for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String text = file.startsWith("texts") ? corpus.resolve(f[1])
            : Files.readString(dir.resolve(f[0] + ".txt"), StandardCharsets.UTF_8);
        Files.writeString(work.resolve(f[0] + ".txt"), text, StandardCharsets.UTF_8);
      }
    }
    Path gold = dir.resolve("gold-r.tsv");
    Map<String, String> texts = EntityEvaluator.readTexts(gold, work);
    assertThat(texts).hasSize(84);
    EntityEvaluator.Scores scores = EntityEvaluator.evaluate(SHIPPED, texts, EntityEvaluator.readGold(gold, texts));
    System.out.println("names dev set gold-r.tsv\n" + scores.table());
    assertFloors(scores, 0.90, 0.83, 0.77);
  }

  /**
   * Part S (session 11), unseen: 104 NonCommercial texts it references ({@code texts-s.tsv}: ENEIDE Moro paragraphs,
   * WikiNEuRal test and val sentences), resolved from the shared data (skipped where it is absent). Measured once, on
   * main ea10f09 before any change (PER 0.937, ORG 0.758, LOC 0.877); session 11's fixes came from the corpus-wide
   * audit ({@code dev/names_audit.py}), not from S. The floors sit a little below the first run.
   */
  @Test
  void shippedRecogniserStaysAboveItsFloorsOnPartS(@TempDir Path work) throws Exception {
    Optional<Path> root = CorpusSentences.dataRoot();
    Assumptions.assumeTrue(root.isPresent(), "gold-s.tsv references corpus texts under ../shared/data (set"
        + " -Dshared.data=DIR), which this machine lacks: skipped");
    Path dir = Path.of(NamesDevSetTest.class.getResource("/devset/names/gold-s.tsv").toURI()).getParent();
    CorpusSentences corpus = new CorpusSentences(root.get());
    for (String line : Files.readAllLines(dir.resolve("texts-s.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        Files.writeString(work.resolve(f[0] + ".txt"), corpus.resolve(f[1]), StandardCharsets.UTF_8);
      }
    }
    Path gold = dir.resolve("gold-s.tsv");
    Map<String, String> texts = EntityEvaluator.readTexts(gold, work);
    assertThat(texts).hasSize(104);
    EntityEvaluator.Scores scores = EntityEvaluator.evaluate(SHIPPED, texts, EntityEvaluator.readGold(gold, texts));
    System.out.println("names dev set gold-s.tsv\n" + scores.table());
    assertFloors(scores, 0.91, 0.73, 0.85);
  }

  /**
   * Part T (session 16), unseen: 106 NonCommercial texts it references ({@code texts-t.tsv}: three-sentence excerpts
   * of KIND's held-out Moro and De Gasperi test files, WikiNEuRal test sentences), resolved from the shared data
   * (skipped where it is absent). Measured once, on main 1f3f4b8 before any change (PER 0.877, ORG 0.843, LOC 0.922;
   * dev/names_t_scores.sh). The floors sit a little below that first run.
   */
  @Test
  void shippedRecogniserStaysAboveItsFloorsOnPartT(@TempDir Path work) throws Exception {
    EntityEvaluator.Scores scores = scoreReferencedPart("t", 106, work);
    assertFloors(scores, 0.85, 0.81, 0.89);
  }

  /**
   * Part U (session 23), unseen: 107 NonCommercial texts it references ({@code texts-u.tsv}: part T's design on what T
   * and the later sets left of KIND's held-out Moro and De Gasperi test files and of WikiNEuRal test), resolved from the
   * shared data (skipped where it is absent). Measured once, on main fcc16f66 before any change (PER 0.934, ORG 0.838,
   * LOC 0.835; dev/names_u_scores.sh). The floors sit a little below that first run.
   */
  @Test
  void shippedRecogniserStaysAboveItsFloorsOnPartU(@TempDir Path work) throws Exception {
    EntityEvaluator.Scores scores = scoreReferencedPart("u", 107, work);
    assertFloors(scores, 0.91, 0.81, 0.81);
  }

  /**
   * Part V (session 25), unseen: 85 NonCommercial texts it references ({@code texts-v.tsv}: three-sentence excerpts of
   * KIND's held-out Moro test file and whole ENEIDE AMD test paragraphs, both Aldo Moro), resolved from the shared data
   * (skipped where it is absent). Measured once, on main 45c0dbe9 before any change (PER 0.944, ORG 0.877, LOC 0.927;
   * dev/names_v_scores.sh). The floors sit a little below that first run.
   */
  @Test
  void shippedRecogniserStaysAboveItsFloorsOnPartV(@TempDir Path work) throws Exception {
    EntityEvaluator.Scores scores = scoreReferencedPart("v", 85, work);
    assertFloors(scores, 0.92, 0.85, 0.90);
  }

  /**
   * Scores the shipped recogniser on a part whose texts are corpus references ({@code texts-PART.tsv}, resolved from
   * the shared data into {@code work}; the test is skipped where the data is absent), printing the summary table.
   */
  private static EntityEvaluator.Scores scoreReferencedPart(String part, int documents, Path work) throws Exception {
    Optional<Path> root = CorpusSentences.dataRoot();
    Assumptions.assumeTrue(root.isPresent(), "gold-" + part + ".tsv references corpus texts under ../shared/data (set"
        + " -Dshared.data=DIR), which this machine lacks: skipped");
    Path dir = Path.of(NamesDevSetTest.class.getResource("/devset/names/gold-" + part + ".tsv").toURI()).getParent();
    CorpusSentences corpus = new CorpusSentences(root.get());
    for (String line : Files.readAllLines(dir.resolve("texts-" + part + ".tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        Files.writeString(work.resolve(f[0] + ".txt"), excerpt(corpus, f[1]), StandardCharsets.UTF_8);
      }
    }
    Path gold = dir.resolve("gold-" + part + ".tsv");
    Map<String, String> texts = EntityEvaluator.readTexts(gold, work);
    assertThat(texts).hasSize(documents);
    EntityEvaluator.Scores scores = EntityEvaluator.evaluate(SHIPPED, texts, EntityEvaluator.readGold(gold, texts));
    System.out.println("names dev set gold-" + part + ".tsv\n" + scores.table());
    return scores;
  }

  /**
   * The text of a part-T reference: {@code FILE sentences=A-B sha256=PREFIX} joins sentences A to B of a corpus file
   * with single spaces (each read by {@link CorpusSentences#resolve} with an empty prefix; the joined text is checked
   * against PREFIX), any other reference is {@link CorpusSentences#resolve}'s.
   */
  private static String excerpt(CorpusSentences corpus, String ref) throws IOException {
    Matcher m = PASSAGE.matcher(ref.strip());
    if (!m.matches()) {
      return corpus.resolve(ref);
    }
    int first = Integer.parseInt(m.group(2));
    int last = Integer.parseInt(m.group(3));
    if (last < first) {
      throw new IllegalArgumentException("empty sentence range in reference '" + ref + "'");
    }
    StringBuilder text = new StringBuilder();
    for (int i = first; i <= last; i++) {
      text.append(i > first ? " " : "").append(corpus.resolve(m.group(1) + " sentence=" + i + " sha256="));
    }
    String got = sha256(text.toString());
    if (!got.startsWith(m.group(4))) {
      throw new IllegalStateException("reference '" + ref + "' gives text with SHA-256 " + got + ", not "
          + m.group(4));
    }
    return text.toString();
  }

  private static final Pattern PASSAGE = Pattern.compile("(\\S+) sentences=(\\d+)-(\\d+) sha256=([0-9a-f]+)");

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  @Test
  void scoresCountExactSpansOnly() {
    List<EntityEvaluator.Span> gold = List.of(new EntityEvaluator.Span("d", 0, 11, EntityType.PERSON, "I.V. Stalin"),
        new EntityEvaluator.Span("d", 14, 18, EntityType.LOCATION, "URSS"));
    Map<String, List<Entity>> predicted = Map.of("d", List.of(
        Entity.name(EntityType.PERSON, "Stalin", 5, 11, 0, null),
        Entity.name(EntityType.LOCATION, "URSS", 14, 18, 0, null)));
    EntityEvaluator.Scores s = EntityEvaluator.score(gold, predicted);
    assertThat(s.of(EntityType.PERSON).f1()).isZero();
    assertThat(s.of(EntityType.LOCATION).f1()).isEqualTo(1.0);
    assertThat(s.overall().precision()).isEqualTo(0.5);
  }
}
