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
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Token;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Dev tool (docs/events.md, "Session 14"): what each {@code needs=} condition and {@code except=} list of
 * {@code triggers.tsv} costs and saves, pooled over every readable event set (dev set, held-out 1-17, 18a, 19a; the
 * documents of 18b and 19b are never loaded). Run with {@code -Devents.needs=OUT} (a path prefix); skipped otherwise.
 *
 * <p>For each trigger line with {@code needs=} (or {@code except=}) the bundled data are loaded again with that one
 * option removed, and the event extractor is re-run, on the pipeline's own tokens and entities, over the documents in
 * which a token has a reading of that line; the events the variant adds are the candidates the option rejects: a
 * "gold" one overlaps a gold event of its type that the bundled rules miss, every other one is "spurious" (the option
 * prevents it). Events the variant loses (another reading now chosen first) are counted apart.
 *
 * <p>With {@code -Devents.needs.corpus=DIR} (plain-text files, e.g. {@code dev/trigger_audit.py prepare ... --no-adg})
 * the same is counted over unlabelled text with one variant that drops every {@code needs=} and {@code except=} at once
 * (one extra extraction per file), each added event attributed to the line of its type and lemma;
 * {@code -Devents.needs.sample=K} keeps the files with sha1(name) % K == 0. Up to {@code -Devents.needs.k=8}
 * hash-sampled contexts per line go to {@code OUT-corpus-contexts.txt} (corpus text: keep it out of the repository).
 *
 * <p>Output: {@code OUT.tsv} (one line per option: line number, type, lemma, kind, the option, gold events it rejects
 * by set, spurious events it prevents, events lost when removed, corpus candidates it rejects),
 * {@code OUT-events.tsv} (every added or lost event of the sets, with its sentence: dev-set text, keep it out of the
 * repository too). Session 15 (branch {@code evcontext}) added two columns to it, the complement classes present in
 * the event's sentence, its paragraph before the sentence and the 1-3 sentences before it ({@code windows}), and the
 * text of those sentences; and, with a corpus, {@code OUT-corpus-windows.tsv}: every corpus candidate with the same
 * columns and a hash for sampling (corpus text). {@code dev/needs_context.py} counts them.
 */
class NeedsRuleAudit {


  /** Word classes of the bundled data, for the context column. */
  private static final WordClasses CLASSES = WordClasses.parse(DataFiles.classpath("word-classes.tsv"));

  /** Classes of complement counted in the context windows (session 15, branch evcontext). */
  private static final Map<String, List<String>> WORD_KINDS = Map.of(
      "POST", List.of("post_noun", "post_title", "regnal_title", "heir_title", "seat_noun"),
      "BODY", List.of("body_noun", "party_noun", "council_noun", "admin_body", "alliance_body", "band_body",
          "enroll_body", "left_body", "abolished_body", "bloc_noun", "alliance_noun", "regime_noun"),
      "ARMY", List.of("army_noun", "enemy_noun"),
      "COUNTRY", List.of("country_noun"));

  /** One document: its set, id, input, the bundled events and the gold (null for unlabelled text). */
  private record Unit(String set, String id, String text, Input input, List<Event> events,
      List<EventDevSet.Gold> gold) {}

  /** One option of one trigger line. */
  private record Option(int line, String type, String lemma, String kind, String value, String variantText) {}

  /** Counts for one option. */
  private static final class Tally {
    final Map<String, Integer> goldBySet = new TreeMap<>();
    int gold;
    int spurious;
    int lostGold;
    int lostSpurious;
    int corpus;
    int corpusShadowed;
  }

  @Test
  void needsRulesPooledOverTheSets() throws Exception {
    String out = System.getProperty("events.needs");
    Assumptions.assumeTrue(out != null && !out.isBlank(), "dev tool: run with -Devents.needs=OUT");
    String triggers = resource("triggers.tsv");
    List<Option> options = options(triggers);
    TriggerLexicon lexicon = TriggerLexicon.parse(DataFiles.classpath("types.tsv"),
        DataFiles.classpath("conjugations.tsv"), DataFiles.classpath("triggers.tsv"));
    Capturing capture = new Capturing(PatternEventExtractor.fromClasspath());
    Extractor pipeline = Extractor.builder().eventExtractor(capture).build();

    List<Unit> units = new ArrayList<>();
    for (Map.Entry<String, EventDevSet.Readable> set : EventDevSet.readableSets().entrySet()) {
      for (EventDevSet.Doc d : set.getValue().load()) {
        ExtractedDocument x = pipeline.extract(d.doc().text());
        units.add(new Unit(set.getKey(), d.id(), d.doc().text(), capture.last, x.events(), d.gold()));
      }
    }
    Map<Option, Tally> tallies = new LinkedHashMap<>();
    Path tmp = Files.createTempDirectory("needs-audit");
    try (PrintWriter ev = writer(Path.of(out + "-events.tsv"))) {
      for (Option o : options) {
        Tally tally = new Tally();
        tallies.put(o, tally);
        Files.writeString(tmp.resolve("triggers.tsv"), o.variantText(), StandardCharsets.UTF_8);
        PatternEventExtractor variant = PatternEventExtractor.load(tmp);
        for (Unit u : units) {
          if (!hasReading(u.input().text(), lexicon, o)) {
            continue;
          }
          compare(o, u, variant.extract(u.input().text(), u.input().entities()), tally, ev);
        }
      }
    }
    String corpusDir = System.getProperty("events.needs.corpus");
    if (corpusDir != null && !corpusDir.isBlank()) {
      corpus(Path.of(corpusDir), Path.of(out + "-corpus-contexts.txt"), triggers, options, tallies, pipeline,
          capture, tmp);
    }
    try (PrintWriter w = writer(Path.of(out + ".tsv"))) {
      w.println("line\ttype\tlemma\tkind\toption\tgold_rejected\tgold_by_set\tspurious_prevented\tlost_gold"
          + "\tlost_spurious\tcorpus_rejected\tcorpus_type_changed");
      for (Map.Entry<Option, Tally> e : tallies.entrySet()) {
        Option o = e.getKey();
        Tally t = e.getValue();
        StringBuilder bySet = new StringBuilder();
        t.goldBySet.forEach((k, v) -> bySet.append(bySet.isEmpty() ? "" : " ").append(k).append(':').append(v));
        w.println(String.join("\t", String.valueOf(o.line()), o.type(), o.lemma(), o.kind(), o.value(),
            String.valueOf(t.gold), bySet.toString(), String.valueOf(t.spurious), String.valueOf(t.lostGold),
            String.valueOf(t.lostSpurious), String.valueOf(t.corpus), String.valueOf(t.corpusShadowed)));
      }
    }
    int gold = tallies.values().stream().mapToInt(t -> t.gold).sum();
    int spurious = tallies.values().stream().mapToInt(t -> t.spurious).sum();
    System.out.println("needs/except options " + options.size() + ", units " + units.size() + ": gold rejected "
        + gold + ", spurious prevented " + spurious);
    assertThat(options).isNotEmpty();
    assertThat(units).isNotEmpty();
  }

  /** Adds the variant's extra events to the tally (gold or spurious) and its lost ones. */
  private static void compare(Option o, Unit u, List<Event> variant, Tally tally, PrintWriter ev) {
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
      }
      ev.println(String.join("\t", String.valueOf(o.line()), o.type(), o.lemma(), o.kind(), u.set(), u.id(),
          isGold ? "gold" : "spurious", e.type(), e.trigger().text(), context(u.text(), e),
          windows(u.input(), e), previous(u.input(), e)));
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
      ev.println(String.join("\t", String.valueOf(o.line()), o.type(), o.lemma(), o.kind(), u.set(), u.id(),
          wasGold ? "lost-gold" : "lost-spurious", e.type(), e.trigger().text(), context(u.text(), e),
          windows(u.input(), e), previous(u.input(), e)));
    }
  }

  /** Unlabelled text: one variant without any needs= or except=, added events attributed by type and lemma. */
  private static void corpus(Path dir, Path contexts, String triggers, List<Option> options,
      Map<Option, Tally> tallies, Extractor pipeline, Capturing capture, Path tmp) throws IOException {
    StringBuilder none = new StringBuilder();
    for (String line : triggers.split("\n", -1)) {
      none.append(line.startsWith("#") ? line : stripOptions(line, Set.of("needs", "except"))).append('\n');
    }
    Files.writeString(tmp.resolve("triggers.tsv"), none.substring(0, none.length() - 1), StandardCharsets.UTF_8);
    PatternEventExtractor relaxed = PatternEventExtractor.load(tmp);
    int k = Integer.getInteger("events.needs.k", 8);
    int sample = Integer.getInteger("events.needs.sample", 1);
    Map<String, Option> byEntry = new LinkedHashMap<>();
    for (Option o : options) {
      byEntry.putIfAbsent(o.type() + "\t" + o.lemma() + "\t" + o.kind(), o);
    }
    Map<Option, TreeMap<BigInteger, String>> samples = new LinkedHashMap<>();
    List<Path> files;
    PrintWriter all = writer(Path.of(contexts.toString().replace("-corpus-contexts.txt", "-corpus-windows.tsv")));
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int used = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (sample > 1 && sha1(name).mod(BigInteger.valueOf(sample)).intValue() != 0) {
        continue;
      }
      used++;
      String text = Files.readString(f, StandardCharsets.UTF_8);
      ExtractedDocument x = pipeline.extract(text);
      Input in = capture.last;
      List<Event> more = relaxed.extract(in.text(), in.entities());
      Map<String, String> typeAt = new LinkedHashMap<>();
      for (Event e : x.events()) {
        typeAt.put(e.trigger().begin() + ":" + e.trigger().end(), e.type());
      }
      Set<String> before = keys(x.events());
      for (Event e : more) {
        if (before.contains(key(e))) {
          continue;
        }
        String word = e.trigger().text().toLowerCase(Locale.ROOT).replace('’', '\'');
        Option except = byEntry.get(e.type() + "\t" + e.trigger().lemma() + "\texcept");
        boolean excepted = except != null && except.value().contains(lastWord(word));
        Option o = excepted ? except : byEntry.get(e.type() + "\t" + e.trigger().lemma() + "\tneeds");
        if (o == null) {
          continue;
        }
        Tally t = tallies.get(o);
        if (typeAt.containsKey(e.trigger().begin() + ":" + e.trigger().end())) {
          t.corpusShadowed++;
          continue;
        }
        t.corpus++;
        if (all != null) {
          all.println(String.join("\t", String.valueOf(o.line()), o.type(), o.lemma(), o.kind(), name,
              sha1(name + ":" + e.trigger().begin()).mod(BigInteger.valueOf(1000)).toString(), e.type(),
              e.trigger().text(), context(text, e), windows(in, e), previous(in, e)));
        }
        samples.computeIfAbsent(o, z -> new TreeMap<>()).put(sha1(name + ":" + e.trigger().begin()),
            name + "\t" + e.type() + "\t" + e.trigger().text() + "\t" + context(text, e));
      }
    }
    all.close();
    try (PrintWriter w = writer(contexts)) {
      w.println("# corpus files used: " + used + " of " + files.size());
      for (Map.Entry<Option, TreeMap<BigInteger, String>> e : samples.entrySet()) {
        Option o = e.getKey();
        w.println("## " + o.line() + " " + o.type() + " " + o.lemma() + " " + o.kind() + " " + o.value() + " ("
            + e.getValue().size() + ")");
        e.getValue().values().stream().limit(k).forEach(w::println);
      }
    }
  }

  /**
   * The complement classes present around the event: {@code sent} (its own sentence), {@code par} (its paragraph
   * before the sentence), {@code p1}..{@code p3} (the 1-3 sentences before it, across paragraph breaks), and
   * {@code pos} (sentence index, paragraph start index), e.g. {@code pos=4,2;sent=PER;par=ORG,BODY;p1=ORG,BODY;...}.
   */
  private static String windows(Input in, Event e) {
    AnalyzedText t = in.text();
    int s = t.sentenceAt(e.trigger().begin());
    if (s < 0) {
      return "pos=-1";
    }
    int p = s;
    while (p > 0 && t.original().substring(t.sentences().get(p - 1).end(), t.sentences().get(p).begin())
        .indexOf('\n') < 0) {
      p--;
    }
    StringBuilder b = new StringBuilder("pos=" + s + "," + p);
    b.append(";sent=").append(kinds(in, s, s + 1));
    b.append(";par=").append(kinds(in, p, s));
    for (int k = 1; k <= 3; k++) {
      b.append(";p").append(k).append('=').append(kinds(in, Math.max(0, s - k), s));
    }
    return b.toString();
  }

  /** The text of up to three sentences before the event's, for reading by hand (corpus text). */
  private static String previous(Input in, Event e) {
    AnalyzedText t = in.text();
    int s = t.sentenceAt(e.trigger().begin());
    if (s <= 0) {
      return "";
    }
    int from = t.sentences().get(Math.max(0, s - 3)).begin();
    return t.original().substring(from, t.sentences().get(s).begin()).replaceAll("\\s+", " ");
  }

  /** Entity types and word kinds present in sentences [from, to). */
  private static String kinds(Input in, int from, int to) {
    if (from >= to) {
      return "";
    }
    AnalyzedText t = in.text();
    int begin = t.sentences().get(from).begin();
    int end = t.sentences().get(to - 1).end();
    Set<String> out = new java.util.TreeSet<>();
    for (Entity x : in.entities()) {
      if (x.begin() >= begin && x.end() <= end && !x.type().name().equals("DATE")) {
        out.add(x.type().name().substring(0, 3));
      }
    }
    for (int k = from; k < to; k++) {
      for (Token tok : t.tokensOf(k)) {
        String w = tok.norm().toLowerCase(Locale.ROOT).replace('’', '\'');
        for (Map.Entry<String, List<String>> kind : WORD_KINDS.entrySet()) {
          for (String c : kind.getValue()) {
            if (CLASSES.has(w, c)) {
              out.add(kind.getKey());
            }
          }
        }
      }
    }
    return out.isEmpty() ? "-" : String.join(",", out);
  }

  private static String lastWord(String trigger) {
    String[] w = trigger.split("\\s+");
    return w[w.length - 1];
  }

  /** The needs= and except= options of triggers.tsv, each with the file text that lacks it. */
  private static List<Option> options(String triggers) {
    String[] lines = triggers.split("\n", -1);
    List<Option> out = new ArrayList<>();
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
            copy[i] = stripOptions(line, Set.of(kind));
            out.add(new Option(i + 1, f[0], f[1], kind, opt.substring(kind.length() + 1), String.join("\n", copy)));
          }
        }
      }
    }
    return out;
  }

  private static String stripOptions(String line, Set<String> kinds) {
    String[] f = line.split("\t");
    if (f.length < 4) {
      return line;
    }
    List<String> kept = new ArrayList<>();
    for (String opt : f[3].strip().split("\\s+")) {
      if (!kinds.contains(opt.split("=", 2)[0])) {
        kept.add(opt);
      }
    }
    return f[0] + "\t" + f[1] + "\t" + f[2] + (kept.isEmpty() ? "" : "\t" + String.join(" ", kept));
  }

  /** True when a token of the text has a reading of the option's line (its type and lemma). */
  private static boolean hasReading(AnalyzedText text, TriggerLexicon lexicon, Option o) {
    for (Token t : text.tokens()) {
      String lower = t.norm().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (o.kind().equals("except") && Set.of(o.value().split(",")).contains(lower)) {
        return true;
      }
      for (TriggerLexicon.Reading r : lexicon.readings(lower, t.lemma(), t.pos())) {
        if (r.entry().type().equals(o.type()) && r.entry().lemma().equals(o.lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  private static BigInteger sha1(String s) {
    try {
      return new BigInteger(1, MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is not available", e);
    }
  }
}
