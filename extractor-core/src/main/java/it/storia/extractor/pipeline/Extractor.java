package it.storia.extractor.pipeline;

import it.storia.extractor.event.EventExtractor;
import it.storia.extractor.event.PatternEventExtractor;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.ner.EntityRecognizer;
import it.storia.extractor.parse.DependencyParser;
import it.storia.extractor.resolve.ReferentResolver;
import it.storia.extractor.resolve.Resolution;
import it.storia.extractor.tag.Tagger;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.Normalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.text.SentenceSplitter;
import it.storia.extractor.time.TemporalAnnotation;
import it.storia.extractor.time.TemporalTagger;
import it.storia.extractor.token.ItalianTokenizer;
import it.storia.extractor.token.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import opennlp.tools.postag.POSModel;

/**
 * The extraction pipeline: normalise → tokenise → split sentences → tag → names → referents → dates → events.
 *
 * <p>Built once ({@link #withDefaults()} loads the bundled models and data files; {@link #builder()} replaces any
 * stage), then used from any number of threads: it is immutable and its stages are thread-safe. It composes the
 * stages and holds no extraction logic of its own.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.withDefaults();
 * ExtractedDocument doc = extractor.extract(text, "lotta", "samples/texts/lotta-per-il-potere.txt");
 * }</pre>
 */
public final class Extractor {
  private final Segmenter segmenter;
  private final Tagger tagger;
  private final EntityRecognizer names;
  private final ReferentResolver resolver;
  private final TemporalTagger dates;
  private final EventExtractor events;
  private final String documentDate;

  private Extractor(Builder b) {
    this.segmenter = new Segmenter(b.normalizer, b.tokenizer, b.splitter);
    this.tagger = b.tagger;
    this.names = b.names;
    this.resolver = b.resolver;
    this.dates = b.dates;
    this.events = b.events;
    this.documentDate = b.documentDate;
  }

  /** An extractor with every bundled stage. */
  public static Extractor withDefaults() {
    return builder().build();
  }

  /** A builder that starts from the bundled stages. */
  public static Builder builder() {
    return new Builder();
  }

  /** Extracts a text with id "doc" and no source. */
  public ExtractedDocument extract(String text) {
    return extract(text, "doc", null);
  }

  /**
   * Extracts one document.
   *
   * @param text the original input; every offset of the result points into it
   * @param id the document id
   * @param source where the text came from (a path), or null
   */
  public ExtractedDocument extract(String text, String id, String source) {
    return extract(text, id, source, documentDate);
  }

  /**
   * Extracts one document whose date of writing is known (e.g. the year a corpus gives for it).
   *
   * @param text the original input; every offset of the result points into it
   * @param id the document id
   * @param source where the text came from (a path), or null
   * @param documentDate when the text was written: "1933", "1933-05" or "1933-05-16", or null when not known; it
   *     anchors yearless and deictic dates ("il 15 maggio", "l'anno scorso") and is the result's document date
   * @throws IllegalArgumentException when {@code documentDate} is not such a date
   */
  public ExtractedDocument extract(String text, String id, String source, String documentDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(id, "id");
    AnalyzedText segmented = segmenter.segment(text);
    AnalyzedText tagged = segmented.withTokens(tagger.tag(segmented));
    List<Entity> found = names.recognize(tagged);
    Resolution resolution = resolver.resolve(tagged, found);
    TemporalAnnotation temporal = dates.annotate(tagged, documentDate);
    List<Entity> entities = merge(resolution.entities(), temporal.dates());
    List<Event> evs = events.extract(tagged, entities);
    List<it.storia.extractor.model.Referent> referents = reindex(resolution, entities);
    return new ExtractedDocument(id, source, text, temporal.documentDate(), tagged.sentences(), tagged.tokens(),
        entities, evs, referents);
  }

  /**
   * Extracts one document with its own date of writing when it has one, else with this extractor's default document
   * date (the one {@link #extract(String, String, String)} uses).
   *
   * @param text the original input; every offset of the result points into it
   * @param id the document id
   * @param source where the text came from (a path), or null
   * @param documentDate the document's own date ("1933", "1933-05" or "1933-05-16"), or null for the default
   * @throws IllegalArgumentException when {@code documentDate} is not such a date
   */
  public ExtractedDocument extractDatedOrDefault(String text, String id, String source, String documentDate) {
    return documentDate == null ? extract(text, id, source) : extract(text, id, source, documentDate);
  }

  /** The segmentation stages alone (for training and evaluation tools). */
  public Segmenter segmenter() {
    return segmenter;
  }

  /** The stages this extractor composes, for tools that run or time one stage alone (benchmarks). */
  public Stages stages() {
    return new Stages(segmenter, tagger, names, resolver, dates, events);
  }

  /**
   * The stages of an {@link Extractor}, in pipeline order. Immutable; the stages are thread-safe.
   *
   * @param segmenter normalise + tokenise + split sentences
   * @param tagger POS tags and lemmas
   * @param names the name recogniser
   * @param resolver the referent resolver
   * @param dates the temporal tagger
   * @param events the event extractor
   */
  public record Stages(Segmenter segmenter, Tagger tagger, EntityRecognizer names, ReferentResolver resolver,
      TemporalTagger dates, EventExtractor events) {}

  /** A century or decade value: "13" (the Trecento), "192" (the 1920s), "BC06", a range "18/19". */
  private static final java.util.regex.Pattern CENTURY_OR_DECADE =
      java.util.regex.Pattern.compile("(?:BC)?[0-9]{2,3}(?:/(?:BC)?[0-9]{2,3})?");

  /** A day of a known year: "1300-04-09". */
  private static final java.util.regex.Pattern DAY_OF_A_YEAR =
      java.util.regex.Pattern.compile("[0-9]{4}-(?:0[1-9]|1[0-2])-[0-3][0-9]");

  /** A value with a month: "1925-06", "XXXX-06-02", "1946-06-02/1946-06-03". */
  private static final java.util.regex.Pattern MONTH_VALUE =
      java.util.regex.Pattern.compile("(?:[0-9]{4}|XXXX)-(?:0[1-9]|1[0-2])(?:[-/].*)?");

  /**
   * Names first, dates dropped where they overlap a name; then sorted by offset. Exceptions: a century or decade
   * DATE ("il Trecento", "gli anni Venti") beats a one-word name inside its span (the name finder's guess that
   * "Trecento" is an ORGANIZATION), and so does a DATE with a month that is longer than a one-word name without
   * digits inside it (the capitalised month of "nel mese di Giugno" or "il 2 Maggio", which the name finder reads
   * as a place or a person); since session 19 also a DATE of exactly a name's span, without digits, that is a day of
   * a known year (the movable feast "(Sabato Santo)" after "9 aprile 1300", which the name finder reads as an
   * organization).
   */
  private static List<Entity> merge(List<Entity> names, List<Entity> dates) {
    List<Entity> kept = new ArrayList<>();
    for (Entity n : names) {
      if (!beatenByPeriod(n, dates)) {
        kept.add(n);
      }
    }
    List<Entity> all = new ArrayList<>(kept);
    for (Entity d : dates) {
      boolean clash = false;
      for (Entity n : kept) {
        if (n.overlaps(d.begin(), d.end())) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        all.add(d);
      }
    }
    all.sort(Comparator.comparingInt(Entity::begin).thenComparingInt(Entity::end));
    return all;
  }

  /**
   * True for a one-word name inside the span of a century or decade date, or inside a longer date with a month when
   * the name has no digit; and for a name without digits whose span is exactly that of a day of a known year.
   */
  private static boolean beatenByPeriod(Entity name, List<Entity> dates) {
    boolean oneWord = name.text().strip().chars().noneMatch(Character::isWhitespace);
    boolean noDigit = name.text().chars().noneMatch(Character::isDigit);
    for (Entity d : dates) {
      if (d.begin() <= name.begin() && name.end() <= d.end() && d.value() != null
          && (oneWord && CENTURY_OR_DECADE.matcher(d.value()).matches()
              || oneWord && noDigit && d.end() - d.begin() > name.end() - name.begin()
                  && MONTH_VALUE.matcher(d.value()).matches()
              || noDigit && d.begin() == name.begin() && d.end() == name.end()
                  && DAY_OF_A_YEAR.matcher(d.value()).matches())) {
        return true;
      }
    }
    return false;
  }


  /**
   * Referent mention indexes point into the resolver's list; map them to the merged entity list. A mention whose
   * name lost to a date is dropped, and so is a referent left without mentions.
   */
  private static List<it.storia.extractor.model.Referent> reindex(Resolution resolution, List<Entity> merged) {
    if (resolution.referents().isEmpty()) {
      return List.of();
    }
    java.util.IdentityHashMap<Entity, Integer> position = new java.util.IdentityHashMap<>();
    for (int i = 0; i < merged.size(); i++) {
      position.put(merged.get(i), i);
    }
    List<it.storia.extractor.model.Referent> out = new ArrayList<>();
    for (it.storia.extractor.model.Referent r : resolution.referents()) {
      List<Integer> mentions = new ArrayList<>();
      for (int m : r.mentions()) {
        Integer p = position.get(resolution.entities().get(m));
        if (p != null) {
          mentions.add(p);
        }
      }
      if (!mentions.isEmpty()) {
        out.add(new it.storia.extractor.model.Referent(r.id(), r.type(), r.canonical(), r.aliases(), mentions));
      }
    }
    return out;
  }

  /**
   * Chooses the stages of an {@link Extractor}. Starts from the bundled ones; each setter replaces one. Not
   * thread-safe; the extractor it builds is.
   */
  public static final class Builder {
    private Normalizer normalizer;
    private Tokenizer tokenizer;
    private SentenceSplitter splitter;
    private Tagger tagger;
    private EntityRecognizer names;
    private ReferentResolver resolver;
    private TemporalTagger dates;
    private EventExtractor events;
    private String documentDate;

    private Builder() {}

    /** Replaces the normaliser. */
    public Builder normalizer(Normalizer value) {
      this.normalizer = Objects.requireNonNull(value, "normalizer");
      return this;
    }

    /** Replaces the tokenizer. */
    public Builder tokenizer(Tokenizer value) {
      this.tokenizer = Objects.requireNonNull(value, "tokenizer");
      return this;
    }

    /** Replaces the sentence splitter. */
    public Builder sentenceSplitter(SentenceSplitter value) {
      this.splitter = Objects.requireNonNull(value, "sentenceSplitter");
      return this;
    }

    /** Replaces the POS tagger and lemmatiser. */
    public Builder tagger(Tagger value) {
      this.tagger = Objects.requireNonNull(value, "tagger");
      return this;
    }

    /** Replaces the name recogniser. */
    public Builder entityRecognizer(EntityRecognizer value) {
      this.names = Objects.requireNonNull(value, "entityRecognizer");
      return this;
    }

    /** Replaces the referent resolver. */
    public Builder referentResolver(ReferentResolver value) {
      this.resolver = Objects.requireNonNull(value, "referentResolver");
      return this;
    }

    /** Replaces the temporal tagger. */
    public Builder temporalTagger(TemporalTagger value) {
      this.dates = Objects.requireNonNull(value, "temporalTagger");
      return this;
    }

    /** Replaces the event extractor. */
    public Builder eventExtractor(EventExtractor value) {
      this.events = Objects.requireNonNull(value, "eventExtractor");
      return this;
    }

    /**
     * The date of writing of every document this extractor extracts without one of its own ("1933", "1933-05",
     * "1933-05-16"): for a batch from one known date.
     *
     * @throws IllegalArgumentException naming the value when it is not such a date
     */
    public Builder documentDate(String value) {
      this.documentDate = TemporalTagger.checkDocumentDate(value);
      return this;
    }

    /**
     * Builds the extractor, loading the bundled stage for every stage not replaced. The loads are independent, so
     * they run concurrently, the largest first, on a pool of at most {@value #LOADER_THREADS} threads (fewer when
     * the machine has fewer processors) that exists only during this call; the tagger's two parts (POS model;
     * lemma lexicon and its suffix rules) are loaded apart and the calling thread joins them while the pool loads
     * the rest. The stages are the same as when loaded one after the other.
     *
     * @throws IllegalStateException when the calling thread is interrupted while waiting for the stages
     */
    public Extractor build() {
      List<Load<?>> loads = new ArrayList<>();
      boolean loadTagger = tagger == null;
      Load<POSModel> posModel = load(loads, "POS model", loadTagger, DefaultStages::posModel);
      Load<DefaultStages.Lemmas> lemmas = load(loads, "lemma lexicon", loadTagger, DefaultStages::lemmas);
      Load<EntityRecognizer> namesLoad = load(loads, "name recogniser", names == null,
          DefaultStages::entityRecognizer);
      Load<TemporalTagger> datesLoad = load(loads, "temporal tagger", dates == null, DefaultStages::temporalTagger);
      Load<ReferentResolver> resolverLoad = load(loads, "referent resolver", resolver == null,
          DefaultStages::referentResolver);
      Load<DependencyParser> parserLoad = load(loads, "dependency parser", events == null,
          DefaultStages::dependencyParser);
      Load<PatternEventExtractor> eventsLoad = load(loads, "event extractor", events == null,
          DefaultStages::eventPatterns);
      Load<Tokenizer> tokenizerLoad = load(loads, "tokenizer", tokenizer == null, ItalianTokenizer::fromClasspath);
      Load<Normalizer> normalizerLoad = load(loads, "normaliser", normalizer == null,
          ItalianNormalizer::fromClasspath);
      int threads = Math.min(Math.min(LOADER_THREADS, Runtime.getRuntime().availableProcessors()), loads.size());
      ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, loaderThreads()) : null;
      try {
        for (Load<?> l : loads) {
          l.start(pool);
        }
        if (loadTagger) {
          tagger = DefaultStages.tagger(posModel.get(), lemmas.get());
        }
        names = namesLoad == null ? names : namesLoad.get();
        dates = datesLoad == null ? dates : datesLoad.get();
        resolver = resolverLoad == null ? resolver : resolverLoad.get();
        events = eventsLoad == null ? events : DefaultStages.eventExtractor(eventsLoad.get(), parserLoad.get());
        tokenizer = tokenizerLoad == null ? tokenizer : tokenizerLoad.get();
        normalizer = normalizerLoad == null ? normalizer : normalizerLoad.get();
      } finally {
        if (pool != null) {
          pool.shutdownNow();
        }
      }
      if (splitter == null) {
        splitter = new RuleSentenceSplitter();
      }
      return new Extractor(this);
    }

    /** Most threads {@link #build()} loads the bundled stages on (besides the calling thread). */
    private static final int LOADER_THREADS = 2;

    /**
     * One part to load: run on a pool ({@link #start}) or, without one, at once on the calling thread; its value is
     * read with {@link #get()} by the thread that started it.
     */
    private static final class Load<T> {
      private final String what;
      private final Supplier<T> factory;
      private Future<T> future;

      Load(String what, Supplier<T> factory) {
        this.what = what;
        this.factory = factory;
      }

      void start(ExecutorService pool) {
        future = pool != null ? pool.submit(factory::get) : CompletableFuture.completedFuture(factory.get());
      }

      T get() {
        return await(future, what);
      }
    }

    /** A load of a bundled part added to {@code loads} when {@code needed}, else null. */
    private static <T> Load<T> load(List<Load<?>> loads, String what, boolean needed, Supplier<T> factory) {
      if (!needed) {
        return null;
      }
      Load<T> l = new Load<>(what, factory);
      loads.add(l);
      return l;
    }

    /** The value of a load; its failure rethrown (an unchecked exception or error as it is). */
    private static <T> T await(Future<T> future, String stage) {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading the bundled " + stage, e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException("cannot load the bundled " + stage + ": " + cause, cause);
      }
    }

    /** Daemon threads named {@code extractor-loader-N}, so that a failed build never keeps the JVM alive. */
    private static ThreadFactory loaderThreads() {
      AtomicInteger count = new AtomicInteger();
      return r -> {
        Thread t = new Thread(r, "extractor-loader-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
    }
  }
}
