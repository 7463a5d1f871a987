package it.storia.extractor.event;

import static it.storia.extractor.event.RuleAudits.context;
import static it.storia.extractor.event.RuleAudits.key;
import static it.storia.extractor.event.RuleAudits.keys;
import static it.storia.extractor.event.RuleAudits.overlaps;
import static it.storia.extractor.event.RuleAudits.resource;
import static it.storia.extractor.event.RuleAudits.writer;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.event.RuleAudits.Capturing;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.Event;
import it.storia.extractor.parse.DependencyParser;
import it.storia.extractor.parse.DependencyTree;
import it.storia.extractor.parse.TransitionDependencyParser;
import it.storia.extractor.parse.Word;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.text.AnalyzedText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Dev tool (docs/events.md, "Session 24"): the readings that a {@code needs=} condition blocks, with the dependency
 * relations of their trigger word, over every readable event set (dev set, held-out 1-16, 17a, 17b, 18a-22a; the b
 * halves of 18-22 are never loaded). Run with {@code -Devents.parseSense=OUT.tsv}; skipped otherwise.
 *
 * <p>A blocked reading is an event that the bundled triggers give with every {@code needs=} option dropped and the
 * bundled extractor does not give; it is labelled {@code gold} when it matches a gold event of its type that the
 * bundled extractor misses, else {@code spurious}. Each line holds the set, document, type, lemma, label, the trigger
 * word's POS, relation and head, its dependents ({@code deprel:lemma/UPOS[ENTITY](case)}) and a context (dev-set
 * text: keep the output out of the repository).
 */
class ParseSenseAudit {

  @Test
  void blockedReadingsWithTheirParse() throws Exception {
    String out = System.getProperty("events.parseSense");
    Assumptions.assumeTrue(out != null && !out.isBlank(), "dev tool: run with -Devents.parseSense=OUT.tsv");
    Path tmp = Files.createTempDirectory("parse-sense");
    StringBuilder relaxed = new StringBuilder();
    for (String line : resource("triggers.tsv").split("\n", -1)) {
      relaxed.append(line.startsWith("#") ? line : withoutNeeds(line)).append('\n');
    }
    Files.writeString(tmp.resolve("triggers.tsv"), relaxed.substring(0, relaxed.length() - 1), StandardCharsets.UTF_8);
    PatternEventExtractor open = PatternEventExtractor.load(tmp);
    Files.delete(tmp.resolve("triggers.tsv"));
    TransitionDependencyParser parser = TransitionDependencyParser.fromClasspath();
    Capturing capture = new Capturing(PatternEventExtractor.fromClasspath());
    Extractor pipeline = Extractor.builder().eventExtractor(capture).build();
    int lines = 0;
    try (PrintWriter w = writer(Path.of(out))) {
      w.println("set\tdoc\ttype\tlemma\tlabel\ttrigger\tupos\tdeprel\thead\tdependents\tcontext");
      for (Map.Entry<String, EventDevSet.Readable> set : EventDevSet.readableSets().entrySet()) {
        for (EventDevSet.Doc d : set.getValue().load()) {
          List<Event> bundled = pipeline.extract(d.doc().text()).events();
          RuleAudits.Input in = capture.last;
          Set<String> have = keys(bundled);
          Set<Integer> matched = RuleAudits.matchedGold(d.gold(), bundled);
          for (Event e : open.extract(in.text(), in.entities())) {
            if (have.contains(key(e))) {
              continue;
            }
            boolean gold = false;
            for (int g = 0; g < d.gold().size(); g++) {
              if (!matched.contains(g) && overlaps(d.gold().get(g), e)) {
                gold = true;
              }
            }
            String parse = describe(parser, in, e);
            w.println(set.getKey() + "\t" + d.id() + "\t" + e.type() + "\t" + e.trigger().lemma() + "\t"
                + (gold ? "gold" : "spurious") + "\t" + e.trigger().text() + "\t" + parse + "\t"
                + context(d.doc().text(), e));
            lines++;
          }
        }
      }
    }
    assertThat(lines).isPositive();
  }

  /** A triggers.tsv line without its needs= option. */
  private static String withoutNeeds(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 4) {
      return line;
    }
    String options = f[3].replaceAll("(^|\\s)needs=\\S+", " ").strip();
    return String.join("\t", f[0], f[1], f[2]) + (options.isEmpty() ? "" : "\t" + options);
  }

  /** One readable document: its set, id, text, input, the events without sense lines and the gold. */
  private record Unit(String set, String id, String text, RuleAudits.Input input, List<Event> events,
      List<EventDevSet.Gold> gold) {}

  /**
   * Each line of {@code -Devents.parseSense.lines=FILE} (the format of {@code parse-senses.tsv}) alone, and all of them
   * together (line 0), against the extractor with the parse step and no sense line, over the readable documents:
   * {@code OUT.tsv} in the layout of {@link BlockingRuleAudit}'s table ({@code dev/blocking_rules_loso.py} reads it:
   * kind {@code sense}, the line as option), and {@code OUT-events.tsv}, every event a line adds or loses, with
   * context (dev-set text: keep it out of the repository). Run with {@code -Devents.parseSense.table=OUT}.
   */
  @Test
  void senseLinesPooledOverTheSets() throws Exception {
    String linesFile = System.getProperty("events.parseSense.lines");
    String out = System.getProperty("events.parseSense.table");
    Assumptions.assumeTrue(linesFile != null && out != null,
        "dev tool: run with -Devents.parseSense.lines=FILE -Devents.parseSense.table=OUT");
    List<DataFiles.Line> all = DataFiles.file(Path.of(linesFile));
    CachingParser parser = new CachingParser(TransitionDependencyParser.fromClasspath());
    PatternEventExtractor patterns = PatternEventExtractor.fromClasspath();
    PatternEventExtractor none = patterns.withParser(parser, List.of());
    Capturing capture = new Capturing(none);
    Extractor pipeline = Extractor.builder().eventExtractor(capture).build();
    List<Unit> units = new ArrayList<>();
    Map<String, int[]> base = new TreeMap<>();
    for (Map.Entry<String, EventDevSet.Readable> set : EventDevSet.readableSets().entrySet()) {
      for (EventDevSet.Doc d : set.getValue().load()) {
        List<Event> events = pipeline.extract(d.doc().text()).events();
        units.add(new Unit(set.getKey(), d.id(), d.doc().text(), capture.last, events, d.gold()));
        int m = RuleAudits.matchedGold(d.gold(), events).size();
        int[] b = base.computeIfAbsent(set.getKey(), k -> new int[3]);
        b[0] += m;
        b[1] += events.size() - m;
        b[2] += d.gold().size() - m;
      }
    }
    List<List<DataFiles.Line>> variants = new ArrayList<>();
    variants.add(all);
    for (DataFiles.Line l : all) {
      variants.add(List.of(l));
    }
    int[] pooled = new int[3];
    base.forEach((k, b) -> {
      if (!k.equals("dev")) {
        for (int i = 0; i < 3; i++) {
          pooled[i] += b[i];
        }
      }
    });
    try (PrintWriter w = writer(Path.of(out + ".tsv")); PrintWriter ev = writer(Path.of(out + "-events.tsv"))) {
      w.println("# pooled held-out (no dev set): matched " + pooled[0] + ", spurious " + pooled[1] + ", missed "
          + pooled[2] + "; by set matched/spurious/missed: " + base.entrySet().stream().map(e -> e.getKey() + ":"
              + e.getValue()[0] + "/" + e.getValue()[1] + "/" + e.getValue()[2]).reduce((a, b) -> a + " " + b)
              .orElse(""));
      w.println("file\tline\tkind\ttype\tlemma\toption\tgold_blocked\tspurious_prevented\tlost_gold\tlost_spurious"
          + "\tgold_by_set\tspurious_by_set\tdelta_by_set\tf1_disabled\tf1_delta");
      for (List<DataFiles.Line> variant : variants) {
        PatternEventExtractor x = patterns.withParser(parser, variant);
        int line = variant.size() == 1 ? variant.get(0).number() : 0;
        String[] f = variant.size() == 1 ? variant.get(0).text().split("\t") : new String[] {"*", "all"};
        Map<String, int[]> delta = new TreeMap<>();
        Map<String, Integer> goldBySet = new TreeMap<>();
        Map<String, Integer> spurBySet = new TreeMap<>();
        int[] counts = new int[4];
        for (Unit u : units) {
          List<Event> after = x.extract(u.input().text(), u.input().entities());
          Set<String> before = keys(u.events());
          Set<String> now = keys(after);
          if (before.equals(now)) {
            continue;
          }
          Set<Integer> gb = RuleAudits.matchedGold(u.gold(), u.events());
          Set<Integer> ga = RuleAudits.matchedGold(u.gold(), after);
          int[] d = delta.computeIfAbsent(u.set(), k -> new int[2]);
          d[0] += ga.size() - gb.size();
          d[1] += (after.size() - ga.size()) - (u.events().size() - gb.size());
          for (Event e : after) {
            if (!before.contains(key(e))) {
              boolean g = ga.stream().anyMatch(i -> !gb.contains(i) && overlaps(u.gold().get(i), e));
              counts[g ? 0 : 1]++;
              (g ? goldBySet : spurBySet).merge(u.set(), 1, Integer::sum);
              ev.println(line + "\t" + u.set() + "\t" + u.id() + "\t" + (g ? "gold" : "spurious") + "\t" + e.type()
                  + "\t" + e.trigger().text() + "\t" + context(u.text(), e));
            }
          }
          for (Event e : u.events()) {
            if (!now.contains(key(e))) {
              boolean g = gb.stream().anyMatch(i -> !ga.contains(i) && overlaps(u.gold().get(i), e));
              counts[g ? 2 : 3]++;
              ev.println(line + "\t" + u.set() + "\t" + u.id() + "\t" + (g ? "lost-gold" : "lost-spurious") + "\t"
                  + e.type() + "\t" + e.trigger().text() + "\t" + context(u.text(), e));
            }
          }
        }
        int dtp = 0;
        int dfp = 0;
        StringBuilder ds = new StringBuilder();
        for (Map.Entry<String, int[]> d : delta.entrySet()) {
          if (!d.getKey().equals("dev")) {
            dtp += d.getValue()[0];
            dfp += d.getValue()[1];
          }
          if (d.getValue()[0] != 0 || d.getValue()[1] != 0) {
            ds.append(ds.isEmpty() ? "" : " ").append(d.getKey()).append(':').append(d.getValue()[0]).append('/')
                .append(d.getValue()[1]);
          }
        }
        double f0 = RuleAudits.f1(pooled[0], pooled[1], pooled[2]);
        double fa = RuleAudits.f1(pooled[0] + dtp, pooled[1] + dfp, pooled[2] - dtp);
        w.println(String.join("\t", "parse-senses.tsv", String.valueOf(line), "sense", f[0], f[1],
            String.join(" ", java.util.Arrays.copyOfRange(f, Math.min(2, f.length), f.length)),
            String.valueOf(counts[0]), String.valueOf(counts[1]), String.valueOf(counts[2]), String.valueOf(counts[3]),
            RuleAudits.bySet(goldBySet), RuleAudits.bySet(spurBySet), ds.toString(), String.format(Locale.ROOT, "%.4f", fa),
            String.format(Locale.ROOT, "%+.4f", fa - f0)));
        w.flush();
      }
    }
    assertThat(units).isNotEmpty();
  }

  /**
   * Unlabelled text: the extractor with the parse step and no sense line against the bundled one ({@code
   * -Devents.parseSense.text=DIR}, plain-text files searched recursively; {@code -Devents.parseSense.diff=OUT}
   * writes {@code OUT-before.jsonl} and {@code OUT-after.jsonl} for {@code dev/event_corpus_diff.py}: corpus text, keep
   * it out of the repository).
   */
  @Test
  void senseLinesOnUnlabelledText() throws Exception {
    String text = System.getProperty("events.parseSense.text");
    String out = System.getProperty("events.parseSense.diff");
    Assumptions.assumeTrue(text != null && out != null,
        "dev tool: run with -Devents.parseSense.text=DIR -Devents.parseSense.diff=OUT");
    CachingParser parser = new CachingParser(TransitionDependencyParser.fromClasspath());
    PatternEventExtractor patterns = PatternEventExtractor.fromClasspath();
    Capturing capture = new Capturing(patterns.withParser(parser, List.of()));
    Extractor pipeline = Extractor.builder().eventExtractor(capture).build();
    PatternEventExtractor bundled = patterns.withParser(parser);
    List<Path> files;
    try (java.util.stream.Stream<Path> s = Files.walk(Path.of(text), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    try (PrintWriter wb = writer(Path.of(out + "-before.jsonl"));
        PrintWriter wa = writer(Path.of(out + "-after.jsonl"))) {
      for (Path f : files) {
        String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
        for (Event e : pipeline.extract(Files.readString(f, StandardCharsets.UTF_8)).events()) {
          wb.println(RuleAudits.json(id, capture.last.text(), e));
        }
        RuleAudits.Input in = capture.last;
        for (Event e : bundled.extract(in.text(), in.entities())) {
          wa.println(RuleAudits.json(id, in.text(), e));
        }
      }
    }
    assertThat(files).isNotEmpty();
  }

  /** Parses each sentence of a text once (one pipeline run, many extractors over its output). */
  private static final class CachingParser implements DependencyParser {
    private final DependencyParser base;
    private AnalyzedText text;
    private final Map<Integer, DependencyTree> trees = new java.util.HashMap<>();

    CachingParser(DependencyParser base) {
      this.base = base;
    }

    @Override
    public DependencyTree parse(AnalyzedText t, int sentence) {
      if (t != text) {
        text = t;
        trees.clear();
      }
      return trees.computeIfAbsent(sentence, s -> base.parse(t, s));
    }
  }

  /** upos, deprel, head and dependents of the trigger word, tab-separated. */
  private static String describe(TransitionDependencyParser parser, RuleAudits.Input in, Event e) {
    int s = e.sentence();
    if (in.text().tokensOf(s).isEmpty() || in.text().tokensOf(s).get(0).pos() == null) {
      return "-\t-\t-\t-";
    }
    DependencyTree tree = parser.parse(in.text(), s);
    int tok = in.text().firstTokenEndingAfter(e.trigger().begin());
    List<Integer> ws = tree.wordsOfToken(tok);
    if (ws.isEmpty()) {
      return "-\t-\t-\t-";
    }
    int w = ws.get(0);
    for (int i : ws) {
      if (Set.of("VERB", "NOUN", "ADJ", "PROPN", "AUX").contains(tree.words().get(i).upos())) {
        w = i;
        break;
      }
    }
    Word tw = tree.words().get(w);
    String head = tw.head() < 0 ? "ROOT" : word(tree, tw.head(), in);
    List<String> deps = new ArrayList<>();
    for (int c : tree.children(w)) {
      String dep = tree.words().get(c).deprel();
      if (Set.of("det", "punct", "aux", "cop", "case", "mark", "cc").contains(dep)) {
        continue;
      }
      deps.add(dep + ":" + word(tree, c, in));
    }
    return tw.upos() + "\t" + tw.deprel() + "\t" + head + "\t" + String.join(" ", deps);
  }

  private static String word(DependencyTree tree, int c, RuleAudits.Input in) {
    Word cw = tree.words().get(c);
    StringBuilder b = new StringBuilder(cw.lemma() + "/" + cw.upos());
    var tok = in.text().tokens().get(cw.token());
    for (Entity en : in.entities()) {
      if (en.overlaps(tok.begin(), tok.end())) {
        b.append('[').append(en.type()).append(']');
        break;
      }
    }
    for (int k : tree.children(c)) {
      if (tree.words().get(k).deprel().equals("case")) {
        b.append('(').append(tree.words().get(k).lemma()).append(')');
      }
    }
    return b.toString();
  }
}
