package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.Token;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.io.InputStream;
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

  /** The event extractor's input for one document, kept to re-run variants on it. */
  private record Input(AnalyzedText text, List<Entity> entities) {}

  /** Passes through to the bundled extractor and keeps the last input (single-threaded use only). */
  private static final class Capturing implements EventExtractor {
    private final EventExtractor base;
    private Input last;

    Capturing(EventExtractor base) {
      this.base = base;
    }

    @Override
    public List<Event> extract(AnalyzedText text, List<Entity> entities) {
      last = new Input(text, entities);
      return base.extract(text, entities);
    }
  }

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
    Capturing capture = new Capturing(PatternEventExtractor.fromClasspath());
    Extractor pipeline = Extractor.builder().eventExtractor(capture).build();

    List<Unit> units = new ArrayList<>();
    Map<String, int[]> base = new TreeMap<>();
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
    int[] pooled = new int[3];
    base.forEach((s, b) -> {
      if (!s.equals("dev")) {
        for (int i = 0; i < 3; i++) {
          pooled[i] += b[i];
        }
      }
    });
    double f1Before = f1(pooled[0], pooled[1], pooled[2]);
    try (PrintWriter w = writer(Path.of(out + ".tsv"))) {
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
        double f1 = f1(pooled[0] + dtp, pooled[1] + dfp, pooled[2] - dtp);
        StringBuilder delta = new StringBuilder();
        t.deltaBySet.forEach((k, v) -> {
          if (v[0] != 0 || v[1] != 0) {
            delta.append(delta.isEmpty() ? "" : " ").append(k).append(':').append(v[0]).append('/').append(v[1]);
          }
        });
        w.println(String.join("\t", r.file(), String.valueOf(r.line()), r.kind(), r.type(), r.lemma(), r.value(),
            String.valueOf(t.gold), String.valueOf(t.spurious), String.valueOf(t.lostGold),
            String.valueOf(t.lostSpurious), bySet(t.goldBySet), bySet(t.spuriousBySet), delta.toString(),
            String.format(Locale.ROOT, "%.4f", f1), String.format(Locale.ROOT, "%+.4f", f1 - f1Before)));
      }
    }
    System.out.println("blocking rules " + rules.size() + " (negation rules " + negations.size() + "), units "
        + units.size() + ", units a negation rule touches " + negationUnits.size());
    assertThat(negations).isNotEmpty();
    assertThat(units).isNotEmpty();
  }

  private static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  private static String bySet(Map<String, Integer> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(b.isEmpty() ? "" : " ").append(k).append(':').append(v));
    return b.toString();
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
    return String.join("\t", String.valueOf(line), r.type(), r.lemma(), r.kind(), u.set(), u.id(), cls, e.type(),
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

  /** Gold indexes matched one-to-one by type and overlapping trigger ({@link EventScorer#match}). */
  private static Set<Integer> matchedGold(List<EventDevSet.Gold> gold, List<Event> events) {
    Set<Integer> out = new HashSet<>();
    int[] hits = EventScorer.match(gold, events);
    for (int g = 0; g < hits.length; g++) {
      if (hits[g] >= 0) {
        out.add(g);
      }
    }
    return out;
  }

  private static boolean overlaps(EventDevSet.Gold g, Event e) {
    return e.type().equals(g.type()) && e.trigger().begin() < g.end() && g.begin() < e.trigger().end();
  }

  private static Set<String> keys(List<Event> events) {
    Set<String> out = new HashSet<>();
    for (Event e : events) {
      out.add(key(e));
    }
    return out;
  }

  private static String key(Event e) {
    return e.type() + ":" + e.trigger().begin() + ":" + e.trigger().end();
  }

  private static String context(String text, Event e) {
    int from = Math.max(0, e.trigger().begin() - 100);
    int to = Math.min(text.length(), e.trigger().end() + 80);
    return (text.substring(from, e.trigger().begin()) + "[[" + e.trigger().text() + "]]"
        + text.substring(e.trigger().end(), to)).replaceAll("\\s+", " ");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BlockingRuleAudit.class.getResourceAsStream("/it/storia/extractor/event/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static PrintWriter writer(Path p) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8));
  }
}
