package it.storia.extractor.cli;

import it.storia.extractor.index.PassageIndex;
import it.storia.extractor.index.SearchRequest;
import it.storia.extractor.index.SearchResults;
import it.storia.extractor.io.TextInputs;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventTrigger;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Sentence;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code extractor bench-index}: the passage-index benchmark. Reads real Italian sentences from the staged
 * corpora (UD {@code # text} lines, KIND / WikiNEuRal / EVALITA 2009 NER sentences with their gold names, the De
 * Gasperi letters), extracts them with the pipeline, indexes the passages and times searches. Reports extraction
 * and Lucene throughput separately, then search latency p50/p99 by query kind.
 *
 * <p>With {@code --facts gold} (the default) each document's entities are replaced by the corpus's gold
 * PER/ORG/LOC names, years matched by a regular expression and events matched by a few trigger stems, so that
 * the filters have realistic selectivity even while the pipeline's own recognisers are stubs; with
 * {@code --facts pipeline} the pipeline's output is indexed as is. Not a test: a measuring tool, hidden from help.
 */
@Command(name = "bench-index", hidden = true, mixinStandardHelpOptions = true,
    description = "Benchmark the passage index on the corpora under --data.")
final class BenchIndexCommand implements Callable<Integer> {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20[0-2]\\d)\\b");
  private static final Map<String, Pattern> TRIGGERS = new LinkedHashMap<>();

  static {
    TRIGGERS.put("EXPULSION", Pattern.compile("\\bespuls[aeio]\\b", Pattern.CASE_INSENSITIVE));
    TRIGGERS.put("ARREST", Pattern.compile("\\barrestat[aeio]\\b", Pattern.CASE_INSENSITIVE));
    TRIGGERS.put("APPOINTMENT", Pattern.compile("\\bnominat[aeio]\\b", Pattern.CASE_INSENSITIVE));
    TRIGGERS.put("DEATH", Pattern.compile("\\bmor(?:ì|to|ta|irono)\\b", Pattern.CASE_INSENSITIVE));
    TRIGGERS.put("FOUNDING", Pattern.compile("\\bfondat[aeio]\\b", Pattern.CASE_INSENSITIVE));
    TRIGGERS.put("DEFEAT", Pattern.compile("\\bsconfitt[aeio]\\b", Pattern.CASE_INSENSITIVE));
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", required = true, description = "The corpora (../shared/data).")
  Path data;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "Where to build the index.")
  Path index;

  @Option(names = "--passages", paramLabel = "N", defaultValue = "100000",
      description = "Index at least N passages (the corpus is repeated under new sources when it is smaller).")
  int passages;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "300", description = "Timed queries per kind.")
  int queries;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Extraction/indexing threads.")
  int threads;

  @Option(names = "--facts", paramLabel = "gold|pipeline", defaultValue = "gold",
      description = "Entities/events to index: corpus gold names + regex years/triggers, or the pipeline's.")
  String facts;

  @Option(names = "--seed", defaultValue = "7", description = "Random seed of the query mix.")
  long seed;

  /** A benchmark document before extraction: text plus gold name spans. */
  record Raw(String id, String text, List<int[]> spans, List<EntityType> types) {}

  @Override
  public Integer call() throws Exception {
    if (!facts.equals("gold") && !facts.equals("pipeline")) {
      throw new ExitCodes.UsageException("--facts must be gold or pipeline, got '" + facts + "'");
    }
    if (!Files.isDirectory(data)) {
      throw new ExitCodes.UsageException("--data " + data + " is not a directory");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Raw> raws = readCorpora(data);
    out.printf(Locale.ROOT, "corpus: %d documents, %d characters%n", raws.size(),
        raws.stream().mapToLong(r -> r.text().length()).sum());

    Extractor extractor = Extractor.withDefaults();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<ExtractedDocument> docs = new ArrayList<>();
    long t0 = System.nanoTime();
    long cpu0 = processCpu();
    try {
      List<Future<ExtractedDocument>> fs = new ArrayList<>();
      for (Raw r : raws) {
        fs.add(pool.submit(() -> slim(extractor.extract(r.text(), r.id(), r.id()), r)));
      }
      for (Future<ExtractedDocument> f : fs) {
        docs.add(f.get());
      }
      double extractSecs = (System.nanoTime() - t0) / 1e9;
      double extractCpu = (processCpu() - cpu0) / 1e9;
      long unique = docs.stream().mapToLong(d -> d.sentences().size()).sum();
      out.printf(Locale.ROOT, "extraction: %d passages in %.1f s = %.0f passages/s (%d threads); "
          + "%.1f CPU s = %.0f passages per CPU-second%n", unique, extractSecs, unique / extractSecs, threads,
          extractCpu, unique / extractCpu);

      List<ExtractedDocument> all = new ArrayList<>(docs);
      int round = 1;
      long total = unique;
      while (total < passages && unique > 0) {
        round++;
        for (ExtractedDocument d : docs) {
          all.add(new ExtractedDocument(d.id() + "~" + round, d.source() + "~" + round, d.text(), null,
              d.sentences(), List.of(), d.entities(), d.events(), d.referents()));
          total += d.sentences().size();
        }
      }
      long t1 = System.nanoTime();
      long cpu1 = processCpu();
      try (PassageIndex idx = PassageIndex.create(index)) {
        List<Future<?>> adds = new ArrayList<>();
        for (ExtractedDocument d : all) {
          adds.add(pool.submit(() -> {
            idx.add(d);
            return null;
          }));
        }
        for (Future<?> f : adds) {
          f.get();
        }
        idx.commit();
        double indexSecs = (System.nanoTime() - t1) / 1e9;
        double indexCpu = (processCpu() - cpu1) / 1e9;
        int size = idx.size();
        out.printf(Locale.ROOT, "lucene: %d passages (%d copies of the corpus) in %.1f s = %.0f passages/s "
            + "(%d threads); %.1f CPU s = %.0f passages per CPU-second; %.0f MB on disk%n", size, round,
            indexSecs, size / indexSecs, threads, indexCpu, size / indexCpu, du(index) / 1e6);
      }
    } finally {
      pool.shutdownNow();
    }
    try (PassageIndex idx = PassageIndex.openReadOnly(index)) {
      searchBench(out, idx, docs);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void searchBench(PrintWriter out, PassageIndex idx, List<ExtractedDocument> docs) throws IOException {
    Random rnd = new Random(seed);
    List<String> persons = new ArrayList<>();
    for (ExtractedDocument d : docs) {
      for (Entity e : d.entities()) {
        if (e.type() == EntityType.PERSON && e.text().length() > 3) {
          persons.add(e.text());
        }
      }
    }
    Map<String, List<SearchRequest>> kinds = new LinkedHashMap<>();
    kinds.put("text", new ArrayList<>());
    kinds.put("text+filters", new ArrayList<>());
    kinds.put("filters only", new ArrayList<>());
    for (int i = 0; i < queries; i++) {
      kinds.get("text").add(SearchRequest.of(randomQuery(rnd, docs)));
      kinds.get("text+filters").add(randomFilters(rnd, SearchRequest.of(randomQuery(rnd, docs)), persons));
      kinds.get("filters only").add(randomFilters(rnd, SearchRequest.filtersOnly(), persons));
    }
    for (List<SearchRequest> qs : kinds.values()) {
      for (SearchRequest q : qs.subList(0, Math.min(100, qs.size()))) {
        idx.search(q);
      }
    }
    List<Long> overall = new ArrayList<>();
    out.printf(Locale.ROOT, "search latency (limit 10, highlighting, near-duplicate collapse; after warm-up; "
        + "load average %.1f on %d cores):%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    for (Map.Entry<String, List<SearchRequest>> k : kinds.entrySet()) {
      long[] ns = new long[k.getValue().size()];
      long[] cpu = new long[ns.length];
      long hits = 0;
      for (int i = 0; i < ns.length; i++) {
        long s = System.nanoTime();
        long c = THREADS.getCurrentThreadCpuTime();
        SearchResults r = idx.search(k.getValue().get(i));
        ns[i] = System.nanoTime() - s;
        cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
        hits += r.total();
        overall.add(ns[i]);
      }
      Arrays.sort(ns);
      Arrays.sort(cpu);
      out.printf(Locale.ROOT, "  %-13s n=%d  wall p50 %.2f ms  p99 %.2f ms  max %.2f ms | CPU p50 %.2f ms  "
              + "p99 %.2f ms  (mean matches %.0f)%n", k.getKey(), ns.length, pct(ns, 50), pct(ns, 99),
          ns[ns.length - 1] / 1e6, pct(cpu, 50), pct(cpu, 99), (double) hits / ns.length);
    }
    long[] all = overall.stream().mapToLong(Long::longValue).sorted().toArray();
    out.printf(Locale.ROOT, "  %-13s n=%d  p50 %.2f ms  p99 %.2f ms%n", "all", all.length, pct(all, 50),
        pct(all, 99));
    out.println("examples: " + kinds.get("text").get(0).query() + " | " + kinds.get("text+filters").get(1));
  }

  private static long processCpu() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    throw new IllegalStateException("this JVM does not report process CPU time");
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static String randomQuery(Random rnd, List<ExtractedDocument> docs) {
    while (true) {
      ExtractedDocument d = docs.get(rnd.nextInt(docs.size()));
      Sentence s = d.sentences().get(rnd.nextInt(d.sentences().size()));
      List<String> words = new ArrayList<>();
      for (String w : d.text().substring(s.begin(), s.end()).split("[^\\p{L}]+")) {
        if (w.length() >= 5) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
      if (words.size() < 2) {
        continue;
      }
      int k = rnd.nextInt(words.size() - 1);
      return switch (rnd.nextInt(5)) {
        case 0 -> words.get(k);
        case 1 -> words.get(k) + " " + words.get(rnd.nextInt(words.size()));
        case 2 -> "\"" + words.get(k) + " " + words.get(k + 1) + "\"~3";
        case 3 -> words.get(k).substring(0, 4) + "*";
        default -> words.get(k) + " OR " + words.get(k + 1);
      };
    }
  }

  private static SearchRequest randomFilters(Random rnd, SearchRequest r, List<String> persons) {
    int from = 1880 + rnd.nextInt(130);
    return switch (rnd.nextInt(4)) {
      case 0 -> r.withYears(from, from + rnd.nextInt(10));
      case 1 -> persons.isEmpty() ? r.withYears(from, null) : r.withPerson(persons.get(rnd.nextInt(persons.size())));
      case 2 -> r.withType(new ArrayList<>(TRIGGERS.keySet()).get(rnd.nextInt(TRIGGERS.size())))
          .withYears(null, from);
      default -> r.withYears(from, from + 20).withFacets(true);
    };
  }

  /** Drops tokens (the index does not read them) and, with gold facts, sets the corpus's entities and events. */
  private ExtractedDocument slim(ExtractedDocument d, Raw raw) {
    if (facts.equals("pipeline")) {
      return new ExtractedDocument(d.id(), d.source(), d.text(), d.documentDate(), d.sentences(), List.of(),
          d.entities(), d.events(), d.referents());
    }
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < raw.spans().size(); i++) {
      int[] sp = raw.spans().get(i);
      int s = sentenceAt(d.sentences(), sp[0]);
      if (s >= 0) {
        String t = d.text().substring(sp[0], sp[1]);
        entities.add(new Entity(raw.types().get(i), t, sp[0], sp[1], s, t, null, null, null));
      }
    }
    Matcher m = YEAR.matcher(d.text());
    while (m.find()) {
      int s = sentenceAt(d.sentences(), m.start());
      boolean inName = entities.stream().anyMatch(e -> e.overlaps(m.start(), m.end()));
      if (s >= 0 && !inName) {
        entities.add(new Entity(EntityType.DATE, m.group(), m.start(), m.end(), s, null, null, m.group(), null));
      }
    }
    entities.sort(Comparator.comparingInt(Entity::begin));
    List<Event> events = new ArrayList<>();
    for (Map.Entry<String, Pattern> t : TRIGGERS.entrySet()) {
      Matcher tm = t.getValue().matcher(d.text());
      while (tm.find()) {
        int s = sentenceAt(d.sentences(), tm.start());
        if (s >= 0) {
          events.add(new Event(t.getKey(), s, new EventTrigger(tm.group(), tm.start(), tm.end(), null), List.of(),
              null, null));
        }
      }
    }
    events.sort(Comparator.comparingInt(e -> e.trigger().begin()));
    return new ExtractedDocument(d.id(), d.source(), d.text(), null, d.sentences(), List.of(), entities, events,
        List.of());
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.begin() && offset < s.end()) {
        return s.index();
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------ corpora

  private static List<Raw> readCorpora(Path data) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<Raw> out = new ArrayList<>();
    for (Path f : files) {
      String rel = data.relativize(f).toString();
      String name = f.getFileName().toString();
      if (rel.startsWith("dadoeval-degasperi") && name.endsWith(".txt")) {
        out.add(new Raw(rel, TextInputs.read(f), List.of(), List.of()));
      } else if (name.endsWith(".conllu") && rel.startsWith("UD_")) {
        udSentences(f, rel, out);
      } else if ((rel.startsWith("kind") || rel.startsWith("evalita2009")) && name.endsWith(".tsv")
          || rel.startsWith("wikineural") && name.endsWith(".conllu")) {
        nerSentences(f, rel, out);
      }
    }
    return out;
  }

  private static final int SENTENCES_PER_DOC = 20;

  private static void udSentences(Path f, String rel, List<Raw> out) throws IOException {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    int part = 0;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      if (line.startsWith("# text = ")) {
        sb.append(line.substring(9).strip()).append('\n');
        if (++n % SENTENCES_PER_DOC == 0) {
          out.add(new Raw(rel + "#" + part++, sb.toString(), List.of(), List.of()));
          sb.setLength(0);
        }
      }
    }
    if (sb.length() > 0) {
      out.add(new Raw(rel + "#" + part, sb.toString(), List.of(), List.of()));
    }
  }

  /** Token-per-line NER files (token then label as the last two columns); sentences end at blank lines. */
  private static void nerSentences(Path f, String rel, List<Raw> out) throws IOException {
    StringBuilder sb = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<EntityType> types = new ArrayList<>();
    int[] open = null;
    EntityType openType = null;
    int n = 0;
    int part = 0;
    boolean glue = true;
    List<String> lines;
    try {
      lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
    lines = new ArrayList<>(lines);
    lines.add("");
    for (String line : lines) {
      if (line.isBlank()) {
        if (open != null) {
          spans.add(open);
          types.add(openType);
          open = null;
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
          sb.append('\n');
          glue = true;
          if (++n % SENTENCES_PER_DOC == 0) {
            out.add(new Raw(rel + "#" + part++, sb.toString(), List.copyOf(spans), List.copyOf(types)));
            sb.setLength(0);
            spans.clear();
            types.clear();
          }
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] cols = line.strip().split("\\s+");
      if (cols.length < 2) {
        continue;
      }
      String token = cols[cols.length - 2];
      String label = cols[cols.length - 1];
      boolean noSpaceBefore = token.matches("[.,;:!?)\\]»%]+") || glue;
      if (!noSpaceBefore) {
        sb.append(' ');
      }
      int begin = sb.length();
      sb.append(token);
      glue = token.endsWith("'") || token.equals("(") || token.equals("«");
      EntityType t = label.length() > 2 ? typeOf(label.substring(2)) : null;
      if (label.startsWith("I-") && open != null && t == openType) {
        open[1] = sb.length();
      } else {
        if (open != null) {
          spans.add(open);
          types.add(openType);
          open = null;
        }
        if (t != null && (label.startsWith("B-") || label.startsWith("I-"))) {
          open = new int[] {begin, sb.length()};
          openType = t;
        }
      }
    }
    if (sb.length() > 0) {
      out.add(new Raw(rel + "#" + part, sb.toString(), List.copyOf(spans), List.copyOf(types)));
    }
  }

  private static EntityType typeOf(String tag) {
    return switch (tag) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC", "GPE" -> EntityType.LOCATION;
      default -> null;
    };
  }

  private static long du(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
