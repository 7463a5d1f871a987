package it.storia.extractor.event;

import static it.storia.extractor.event.RuleAudits.context;
import static it.storia.extractor.event.RuleAudits.key;
import static it.storia.extractor.event.RuleAudits.keys;
import static it.storia.extractor.event.RuleAudits.matchedGold;
import static it.storia.extractor.event.RuleAudits.overlaps;
import static it.storia.extractor.event.RuleAudits.resource;
import static it.storia.extractor.event.RuleAudits.writer;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.event.RuleAudits.Capturing;
import it.storia.extractor.event.RuleAudits.Input;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.Token;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Dev tool (docs/events.md, "Session 22"): every rule of the event data files that can block an event, disabled one
 * at a time, measured pooled over every readable event set (dev set, held-out 1-16, 17a, 17b, 18a-22a; the b halves
 * of 18-22 are never loaded). Run with {@code -Devents.rules=OUT} (a path prefix); skipped otherwise.
 *
 * <p>The rules: each {@code needs=} condition and each {@code except=} list of a {@code triggers.tsv} line (the
 * variant drops that one option, as {@link NeedsRuleAudit} does), and each {@code negated=true} rule of {@code
 * patterns.txt} (the variant comments that one line out). Each variant is a modified copy of one bundled file loaded
 * with {@link PatternEventExtractor#load(Path)}; the bundled extractor is not touched. The pipeline runs once per
 * document; each variant re-runs only the event extractor on the pipeline's tokens and entities, over the documents
 * where it can change something: a token with a reading of the trigger line, or (negation rules) a document where
 * dropping every {@code negated=true} rule at once changes the events.
 *
 * <p>Output: {@code OUT.tsv}, one line per rule: the file and line, kind, type and lemma (or rule name), the gold
 * events it blocks and the spurious events it prevents (pooled and by set), the change in matched and predicted
 * events per set when it is disabled ({@code set:dTP/dFP}, exact one-to-one rescoring), and the pooled held-out F1
 * before and with it disabled; {@code OUT-events.tsv}, every event a variant adds or loses with a context (dev-set
 * text: keep it out of the repository), in the column layout {@code dev/needs_loso.py} reads.
 */
class BlockingRuleAudit {

  /** One document: its set, id, text, input, the bundled events, the gold, and the bundled matched count. */
  private record Unit(String set, String id, String text, Input input, List<Event> events,
      List<EventDevSet.Gold> gold, int matched) {}

  /** One rule: the file it is in, its 1-based line, kind (needs, except, negated), type, lemma or rule name. */
  private record Rule(String file, int line, String kind, String type, String lemma, String value,
      String variantText) {}

  /** Counts for one rule. */
  private static final class Tally {
    final Map<String, Integer> goldBySet = new TreeMap<>();
    final Map<String, Integer> spuriousBySet = new TreeMap<>();
    final Map<String, int[]> deltaBySet = new TreeMap<>();
    int gold;
    int spurious;
    int lostGold;
    int lostSpurious;
  }

  private static final Pattern RULE_NAME = Pattern.compile("^([A-Za-z0-9_]+)\\s*:");

  @Test
  void blockingRulesPooledOverTheSets() throws Exception {
    String out = System.getProperty("events.rules");
    Assumptions.assumeTrue(out != null && !out.isBlank(), "dev tool: run with -Devents.rules=OUT");
    String triggers = resource("triggers.tsv");
    String patterns = resource("patterns.txt");
    List<Rule> rules = new ArrayList<>(triggerOptions(triggers));
    List<Rule> negations = negationRules(patterns);
    rules.addAll(negations);
    TriggerLexicon lexicon = TriggerLexicon.parse(DataFiles.classpath("types.tsv"),
        DataFiles.classpath("conjugations.tsv"), DataFiles.classpath("triggers.tsv"));
    Map<String, int[]> base = new TreeMap<>();
    List<Unit> units = units(base);
    Path tmp = Files.createTempDirectory("rules-audit");
    // documents where some negation rule can matter: dropping all of them at once changes the events
    StringBuilder none = new StringBuilder();
    for (String line : patterns.split("\n", -1)) {
      none.append(isNegation(line) ? "# " + line : line).append('\n');
    }
    Files.writeString(tmp.resolve("patterns.txt"), none.substring(0, none.length() - 1), StandardCharsets.UTF_8);
    PatternEventExtractor noNegation = PatternEventExtractor.load(tmp);
    Set<Unit> negationUnits = new HashSet<>();
    for (Unit u : units) {
      if (!keys(noNegation.extract(u.input().text(), u.input().entities())).equals(keys(u.events()))) {
        negationUnits.add(u);
      }
    }
    Files.delete(tmp.resolve("patterns.txt"));

    Map<Rule, Tally> tallies = new LinkedHashMap<>();
    try (PrintWriter ev = writer(Path.of(out + "-events.tsv"))) {
      for (Rule r : rules) {
        Tally tally = new Tally();
        tallies.put(r, tally);
        Files.writeString(tmp.resolve(r.file()), r.variantText(), StandardCharsets.UTF_8);
        PatternEventExtractor variant = PatternEventExtractor.load(tmp);
        Files.delete(tmp.resolve(r.file()));
        for (Unit u : units) {
          boolean relevant = r.kind().equals("negated") ? negationUnits.contains(u) : hasReading(u, lexicon, r);
          if (relevant) {
            compare(r, u, variant.extract(u.input().text(), u.input().entities()), tally, ev);
          }
        }
      }
    }
    writeTable(Path.of(out + ".tsv"), base, tallies);
    System.out.println("blocking rules " + rules.size() + " (negation rules " + negations.size() + "), units "
        + units.size() + ", units a negation rule touches " + negationUnits.size());
    assertThat(negations).isNotEmpty();
    assertThat(units).isNotEmpty();
  }


  /** Runs the pipeline once per readable document; fills base with matched / spurious / missed by set. */
  private static List<Unit> units(Map<String, int[]> base) throws IOException {
    Capturing capture = new Capturing(PatternEventExtractor.fromClasspath());
    Extractor pipeline = Extractor.builder().eventExtractor(capture).build();
    List<Unit> units = new ArrayList<>();
    for (Map.Entry<String, EventDevSet.Readable> set : EventDevSet.readableSets().entrySet()) {
      for (EventDevSet.Doc d : set.getValue().load()) {
        List<Event> events = pipeline.extract(d.doc().text()).events();
        int matched = matched(d.gold(), events);
        units.add(new Unit(set.getKey(), d.id(), d.doc().text(), capture.last, events, d.gold(), matched));
        int[] b = base.computeIfAbsent(set.getKey(), k -> new int[3]);
        b[0] += matched;
        b[1] += events.size() - matched;
        b[2] += d.gold().size() - matched;
      }
    }
    return units;
  }

  /**
   * The narrower alternative to dropping a condition: each {@code needs=} option that blocks at least {@code
   * -Devents.rules.widen.min} gold events (default 2, read from {@code -Devents.rules.widen.from=OUT.tsv} of the
   * first test) is widened by one condition rule that another line of the same type already names; every such
   * variant is scored like a disabled rule. Output {@code OUT-widen.tsv} (counts) and {@code OUT-widen-events.tsv}
   * (added events with context: dev-set text). Run with {@code -Devents.rules.widen=OUT}.
   */
  @Test
  void conditionsBorrowedFromLinesOfTheSameType() throws Exception {
    String out = System.getProperty("events.rules.widen");
    String from = System.getProperty("events.rules.widen.from");
    Assumptions.assumeTrue(out != null && !out.isBlank() && from != null,
        "dev tool: run with -Devents.rules.widen=OUT -Devents.rules.widen.from=RULES.tsv");
    int min = Integer.getInteger("events.rules.widen.min", 2);
    Set<Integer> lines = new HashSet<>();
    for (String l : Files.readAllLines(Path.of(from), StandardCharsets.UTF_8)) {
      String[] f = l.split("\t");
      if (f.length > 7 && f[0].equals("triggers.tsv") && f[2].equals("needs") && Integer.parseInt(f[6]) >= min) {
        lines.add(Integer.parseInt(f[1]));
      }
    }
    String triggers = resource("triggers.tsv");
    String[] tl = triggers.split("\n", -1);
    Map<String, Set<String>> byType = new TreeMap<>();
    for (String l : tl) {
      String[] f = l.split("\t");
      if (l.startsWith("#") || f.length < 4) {
        continue;
      }
      for (String opt : f[3].strip().split("\\s+")) {
        if (opt.startsWith("needs=")) {
          byType.computeIfAbsent(f[0], k -> new java.util.TreeSet<>()).addAll(List.of(opt.substring(6).split("\\|")));
        }
      }
    }
    TriggerLexicon lexicon = TriggerLexicon.parse(DataFiles.classpath("types.tsv"),
        DataFiles.classpath("conjugations.tsv"), DataFiles.classpath("triggers.tsv"));
    Map<String, int[]> base = new TreeMap<>();
    List<Unit> units = units(base);
    Path tmp = Files.createTempDirectory("rules-widen");
    Map<Rule, Tally> tallies = new LinkedHashMap<>();
    try (PrintWriter ev = writer(Path.of(out + "-widen-events.tsv"))) {
      for (int i = 0; i < tl.length; i++) {
        if (!lines.contains(i + 1)) {
          continue;
        }
        String[] f = tl[i].split("\t");
        String needs = null;
        for (String opt : f[3].strip().split("\\s+")) {
          if (opt.startsWith("needs=")) {
            needs = opt.substring(6);
          }
        }
        Set<String> own = Set.of(needs.split("\\|"));
        Rule probe = new Rule("triggers.tsv", i + 1, "needs", f[0], f[1], needs, "");
        List<Unit> relevant = units.stream().filter(u -> hasReading(u, lexicon, probe)).toList();
        for (String c : byType.getOrDefault(f[0], Set.of())) {
          if (own.contains(c)) {
            continue;
          }
          String[] copy = tl.clone();
          copy[i] = tl[i].replace("needs=" + needs, "needs=" + needs + "|" + c);
          Rule r = new Rule("triggers.tsv", i + 1, "widen", f[0], f[1], c, String.join("\n", copy));
          Tally tally = new Tally();
          Files.writeString(tmp.resolve("triggers.tsv"), r.variantText(), StandardCharsets.UTF_8);
          PatternEventExtractor variant = PatternEventExtractor.load(tmp);
          for (Unit u : relevant) {
            compare(r, u, variant.extract(u.input().text(), u.input().entities()), tally, ev);
          }
          if (tally.gold + tally.spurious + tally.lostGold + tally.lostSpurious > 0) {
            tallies.put(r, tally);
          }
        }
      }
    }
    writeTable(Path.of(out + "-widen.tsv"), base, tallies);
    System.out.println("widened variants with an effect: " + tallies.size() + " on " + lines.size() + " lines");
    assertThat(units).isNotEmpty();
  }

  /** The per-rule table: the bundled counts by set in a header line, then one line per rule with its deltas. */
  private static void writeTable(Path path, Map<String, int[]> base, Map<Rule, Tally> tallies) throws IOException {
    int[] pooled = new int[3];
    base.forEach((s, b) -> {
      if (!s.equals("dev")) {
        for (int i = 0; i < 3; i++) {
          pooled[i] += b[i];
        }
      }
    });
    double f1Before = RuleAudits.f1(pooled[0], pooled[1], pooled[2]);
    try (PrintWriter w = writer(path)) {
      w.println("# pooled held-out (no dev set): matched " + pooled[0] + ", spurious " + pooled[1] + ", missed "
          + pooled[2] + ", F1 " + String.format(Locale.ROOT, "%.4f", f1Before) + "; by set matched/spurious/missed: "
          + base.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()[0] + "/" + e.getValue()[1] + "/"
              + e.getValue()[2]).reduce((a, b) -> a + " " + b).orElse(""));
      w.println("file\tline\tkind\ttype\tlemma\toption\tgold_blocked\tspurious_prevented\tlost_gold\tlost_spurious"
          + "\tgold_by_set\tspurious_by_set\tdelta_by_set\tf1_disabled\tf1_delta");
      for (Map.Entry<Rule, Tally> e : tallies.entrySet()) {
        Rule r = e.getKey();
        Tally t = e.getValue();
        int dtp = 0;
        int dfp = 0;
        for (Map.Entry<String, int[]> d : t.deltaBySet.entrySet()) {
          if (!d.getKey().equals("dev")) {
            dtp += d.getValue()[0];
            dfp += d.getValue()[1];
          }
        }
        double f1 = RuleAudits.f1(pooled[0] + dtp, pooled[1] + dfp, pooled[2] - dtp);
        StringBuilder delta = new StringBuilder();
        t.deltaBySet.forEach((k, v) -> {
          if (v[0] != 0 || v[1] != 0) {
            delta.append(delta.isEmpty() ? "" : " ").append(k).append(':').append(v[0]).append('/').append(v[1]);
          }
        });
        w.println(String.join("\t", r.file(), String.valueOf(r.line()), r.kind(), r.type(), r.lemma(), r.value(),
            String.valueOf(t.gold), String.valueOf(t.spurious), String.valueOf(t.lostGold),
            String.valueOf(t.lostSpurious), RuleAudits.bySet(t.goldBySet), RuleAudits.bySet(t.spuriousBySet), delta.toString(),
            String.format(Locale.ROOT, "%.4f", f1), String.format(Locale.ROOT, "%+.4f", f1 - f1Before)));
      }
    }
  }

  /**
   * Unlabelled text, two rule sets on one pipeline run: {@code -Devents.rules.text=DIR} (plain-text files, searched
   * recursively), {@code -Devents.rules.before=DIR} (a copy of the event data files to compare with, e.g. main's), and
   * {@code -Devents.rules.diff=OUT}: writes {@code OUT-before.jsonl} and {@code OUT-after.jsonl} (the bundled files),
   * one event per line with document id, type, trigger and sentence, the fields {@code dev/event_corpus_diff.py}
   * reads (corpus text: keep it out of the repository).
   */
  @Test
  void twoRuleSetsOnUnlabelledText() throws Exception {
    String text = System.getProperty("events.rules.text");
    String before = System.getProperty("events.rules.before");
    String out = System.getProperty("events.rules.diff");
    Assumptions.assumeTrue(text != null && before != null && out != null,
        "dev tool: run with -Devents.rules.text=DIR -Devents.rules.before=DIR -Devents.rules.diff=OUT");
    Capturing capture = new Capturing(PatternEventExtractor.fromClasspath());
    Extractor pipeline = Extractor.builder().eventExtractor(capture).build();
    PatternEventExtractor old = PatternEventExtractor.load(Path.of(before));
    List<Path> files;
    try (java.util.stream.Stream<Path> s = Files.walk(Path.of(text), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int nb = 0;
    int na = 0;
    try (PrintWriter wb = writer(Path.of(out + "-before.jsonl"));
        PrintWriter wa = writer(Path.of(out + "-after.jsonl"))) {
      for (Path f : files) {
        String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
        List<Event> after = pipeline.extract(Files.readString(f, StandardCharsets.UTF_8)).events();
        Input in = capture.last;
        for (Event e : old.extract(in.text(), in.entities())) {
          wb.println(RuleAudits.json(id, in.text(), e));
          nb++;
        }
        for (Event e : after) {
          wa.println(RuleAudits.json(id, in.text(), e));
          na++;
        }
      }
    }
    System.out.println("files " + files.size() + ", events before " + nb + ", after " + na);
    assertThat(files).isNotEmpty();
  }

  /** Adds the variant's extra events (gold or spurious), its lost ones, and its exact rescoring delta. */
  private static void compare(Rule r, Unit u, List<Event> variant, Tally tally, PrintWriter ev) {
    int m = matched(u.gold(), variant);
    int[] d = tally.deltaBySet.computeIfAbsent(u.set(), k -> new int[2]);
    d[0] += m - u.matched();
    d[1] += (variant.size() - m) - (u.events().size() - u.matched());
    Set<String> before = keys(u.events());
    Set<String> after = keys(variant);
    Set<Integer> goldBefore = matchedGold(u.gold(), u.events());
    Set<Integer> goldAfter = matchedGold(u.gold(), variant);
    for (Event e : variant) {
      if (before.contains(key(e))) {
        continue;
      }
      boolean isGold = false;
      for (int g : goldAfter) {
        if (!goldBefore.contains(g) && overlaps(u.gold().get(g), e)) {
          isGold = true;
        }
      }
      if (isGold) {
        tally.gold++;
        tally.goldBySet.merge(u.set(), 1, Integer::sum);
      } else {
        tally.spurious++;
        tally.spuriousBySet.merge(u.set(), 1, Integer::sum);
      }
      ev.println(row(r, u, isGold ? "gold" : "spurious", e));
    }
    for (Event e : u.events()) {
      if (after.contains(key(e))) {
        continue;
      }
      boolean wasGold = false;
      for (int g : goldBefore) {
        if (!goldAfter.contains(g) && overlaps(u.gold().get(g), e)) {
          wasGold = true;
        }
      }
      if (wasGold) {
        tally.lostGold++;
      } else {
        tally.lostSpurious++;
      }
      ev.println(row(r, u, wasGold ? "lost-gold" : "lost-spurious", e));
    }
  }

  /** One events.tsv row; the line column is offset by 10000 for patterns.txt so that lines of both files differ. */
  private static String row(Rule r, Unit u, String cls, Event e) {
    int line = r.file().equals("patterns.txt") ? 10000 + r.line() : r.line();
    String kind = r.kind().equals("widen") ? "widen:" + r.value() : r.kind();
    return String.join("\t", String.valueOf(line), r.type(), r.lemma(), kind, u.set(), u.id(), cls, e.type(),
        e.trigger().text(), context(u.text(), e));
  }

  private static boolean isNegation(String line) {
    return !line.startsWith("#") && line.contains("=>") && line.substring(line.indexOf("=>")).contains("negated=true");
  }

  /** The negated=true rules of patterns.txt, each with the file text that comments it out. */
  private static List<Rule> negationRules(String patterns) {
    String[] lines = patterns.split("\n", -1);
    List<Rule> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!isNegation(lines[i])) {
        continue;
      }
      Matcher m = RULE_NAME.matcher(lines[i]);
      String name = m.find() ? m.group(1) : "line" + (i + 1);
      String[] copy = lines.clone();
      copy[i] = "# " + lines[i];
      out.add(new Rule("patterns.txt", i + 1, "negated", "-", name, name, String.join("\n", copy)));
    }
    return out;
  }

  /** The needs= and except= options of triggers.tsv, each with the file text that lacks it. */
  private static List<Rule> triggerOptions(String triggers) {
    String[] lines = triggers.split("\n", -1);
    List<Rule> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 4) {
        continue;
      }
      for (String opt : f[3].strip().split("\\s+")) {
        for (String kind : List.of("needs", "except")) {
          if (opt.startsWith(kind + "=")) {
            String[] copy = lines.clone();
            copy[i] = stripOption(line, kind);
            out.add(new Rule("triggers.tsv", i + 1, kind, f[0], f[1], opt.substring(kind.length() + 1),
                String.join("\n", copy)));
          }
        }
      }
    }
    return out;
  }

  private static String stripOption(String line, String kind) {
    String[] f = line.split("\t");
    List<String> kept = new ArrayList<>();
    for (String opt : f[3].strip().split("\\s+")) {
      if (!opt.split("=", 2)[0].equals(kind)) {
        kept.add(opt);
      }
    }
    return f[0] + "\t" + f[1] + "\t" + f[2] + (kept.isEmpty() ? "" : "\t" + String.join(" ", kept));
  }

  /** True when a token of the document has a reading of the rule's trigger line (or an excepted form). */
  private static boolean hasReading(Unit u, TriggerLexicon lexicon, Rule r) {
    for (Token t : u.input().text().tokens()) {
      String lower = t.norm().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (r.kind().equals("except") && Set.of(r.value().split(",")).contains(lower)) {
        return true;
      }
      for (TriggerLexicon.Reading x : lexicon.readings(lower, t.lemma(), t.pos())) {
        if (x.entry().type().equals(r.type()) && x.entry().lemma().equals(r.lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  private static int matched(List<EventDevSet.Gold> gold, List<Event> events) {
    return matchedGold(gold, events).size();
  }
}
