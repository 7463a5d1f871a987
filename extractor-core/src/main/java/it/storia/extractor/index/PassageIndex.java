package it.storia.extractor.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Referent;
import it.storia.extractor.model.Sentence;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index of passages (one document per sentence) built from {@link ExtractedDocument}s, and its search.
 *
 * <p><b>Fields.</b> The passage text through the Italian chain of {@link ItalianAnalysis} ({@code text}, stemmed,
 * stored, with offsets for highlighting) and unstemmed ({@code text_exact}); persons, organisations and places by
 * canonical name (stored, keyword) and by folded name keys of the canonical name, its aliases and the mention
 * ({@link NameFolding}); event types; the days of the passage's dates as {@link IntRange}s of epoch days ({@link DayRange});
 * the events as stored JSON; SortedSet facets for persons, organisations, places and types; a near-duplicate
 * fingerprint (hash of the lowercased, accent-folded text reduced to letters and digits).
 *
 * <p><b>Updates.</b> {@link #add} replaces every passage of the document's source (its path, or its id when it has
 * none) in one atomic {@code updateDocuments}; re-adding a source whose text and document date are unchanged (same
 * SHA-256) is a no-op, while a new document date (which changes the values of yearless dates) replaces it.
 * Nothing is visible to other processes, nor survives a crash, before {@link #commit()}: Lucene commits are
 * atomic, so an interrupted run leaves the previous commit intact and searchable. {@link #close()} does NOT
 * commit. {@link #create(Path)} starts afresh, yet the old index stays readable until the first commit.
 *
 * <p><b>Format.</b> Every commit carries {@value #FORMAT_KEY}={@value #FORMAT} and
 * {@value #VERSION_KEY}={@value #VERSION} in its user data; opening checks them (a rebuild accepts an older
 * version: version 2 folds names with {@code resolve.Transliteration}; version 3 adds the folded place keys of the
 * place filter; version 4 indexes the days of each date instead of its years, for day and month filters).
 *
 * <p><b>Threads.</b> Thread-safe: any number of threads may {@link #search} while others {@link #add}. Searches
 * see the last commit (or the last {@link #refresh()}); a read-only index ({@link #openReadOnly}) picks up other
 * processes' commits on each search.
 */
public final class PassageIndex implements AutoCloseable {
  /** Commit user-data key of the format marker. */
  public static final String FORMAT_KEY = "storia.format";
  /** The format marker's value. */
  public static final String FORMAT = "storia-passages";
  /** Commit user-data key of the format version. */
  public static final String VERSION_KEY = "storia.version";
  /** The format version this class reads and writes. */
  public static final String VERSION = "4";

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final FieldType TEXT_TYPE = textType();
  private static final Sort LISTING = new Sort(new SortField(PassageFields.SOURCE, SortField.Type.STRING),
      new SortField(PassageFields.SENTENCE, SortField.Type.LONG));
  private static final int FACET_TOP = 10;

  /** What {@link #add} did. */
  public enum Outcome {
    /** The source was new. */
    ADDED,
    /** The source's earlier passages were replaced. */
    REPLACED,
    /** The source was already indexed with the same text: nothing changed. */
    UNCHANGED
  }

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ItalianAnalysis analysis;
  private final NameFolding folding;
  private final FacetsConfig facets;
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

  private PassageIndex(Path path, Directory directory, IndexWriter writer, ItalianAnalysis analysis,
      NameFolding folding) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.analysis = analysis;
    this.folding = folding;
    this.facets = facetsConfig();
    SearcherFactory factory = new FacetSearcherFactory(facets);
    this.searchers = writer != null ? new SearcherManager(writer, true, false, factory)
        : new SearcherManager(directory, factory);
  }

  /** Opens the index in {@code dir} for adding and searching, creating it when the directory is new or empty. */
  public static PassageIndex open(Path dir) throws IOException {
    return open(dir, ItalianAnalysis.fromClasspath(), NameFolding.fromClasspath(), false);
  }

  /**
   * Starts a new, empty index in {@code dir}, replacing a passage index there at the first {@link #commit()}
   * (until then the old one stays readable).
   */
  public static PassageIndex create(Path dir) throws IOException {
    return open(dir, ItalianAnalysis.fromClasspath(), NameFolding.fromClasspath(), true);
  }

  /**
   * Opens or creates a writable index with the given analysis and name folding (use the same ones for every open
   * of an index).
   *
   * @param rebuild true to start afresh, as {@link #create(Path)}
   */
  public static PassageIndex open(Path dir, ItalianAnalysis analysis, NameFolding folding, boolean rebuild)
      throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new PassageIndexException("index path " + dir + " is not a directory");
    }
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      if (exists) {
        checkFormat(dir, directory, rebuild);
      } else if (hasOtherFiles(dir)) {
        throw new PassageIndexException("directory " + dir + " is not empty and holds no passage index; "
            + "choose an empty or new directory");
      }
      IndexWriterConfig config = new IndexWriterConfig(analysis.perField())
          .setOpenMode(rebuild || !exists ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.APPEND)
          .setCommitOnClose(false)
          .setUseCompoundFile(false)
          .setRAMBufferSizeMB(128);
      TieredMergePolicy merges = new TieredMergePolicy();
      merges.setNoCFSRatio(0);
      config.setMergePolicy(merges);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw new PassageIndexException("passage index at " + dir + " is being written by another process "
            + "(lock " + IndexWriter.WRITE_LOCK_NAME + " held); wait for it to finish", e);
      }
      try {
        if (!exists) {
          commit(writer);
        }
        return new PassageIndex(dir, directory, writer, analysis, folding);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Opens an existing index for searching only; it sees other processes' commits as they happen. */
  public static PassageIndex openReadOnly(Path dir) throws IOException {
    return openReadOnly(dir, ItalianAnalysis.fromClasspath(), NameFolding.fromClasspath());
  }

  /** Opens an existing index for searching only, with the given analysis and name folding. */
  public static PassageIndex openReadOnly(Path dir, ItalianAnalysis analysis, NameFolding folding)
      throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new PassageIndexException("no passage index at " + dir + " (no such directory); build one with "
          + "'extractor index --index " + dir + " INPUT...'");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new PassageIndexException("no passage index at " + dir + "; build one with "
            + "'extractor index --index " + dir + " INPUT...'");
      }
      checkFormat(dir, directory, false);
      return new PassageIndex(dir, directory, null, analysis, folding);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static void checkFormat(Path dir, Directory directory, boolean rebuild) throws IOException {
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    String format = data.get(FORMAT_KEY);
    String version = data.get(VERSION_KEY);
    if (!FORMAT.equals(format)) {
      throw new PassageIndexException("index at " + dir + " is not a passage index (format marker "
          + (format == null ? "missing" : "'" + format + "'") + ", expected '" + FORMAT + "')");
    }
    if (!rebuild && !VERSION.equals(version)) {
      throw new PassageIndexException("passage index at " + dir + " has format version '" + version
          + "', this program reads version '" + VERSION + "'; rebuild it with 'extractor index --rebuild'");
    }
  }

  private static boolean hasOtherFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME));
    }
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : List.of(PassageFields.DIM_PERSON, PassageFields.DIM_ORG, PassageFields.DIM_LOCATION,
        PassageFields.DIM_TYPE)) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  private static FieldType textType() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The index directory. */
  public Path path() {
    return path;
  }

  /** True when this index was opened read-only. */
  public boolean isReadOnly() {
    return writer == null;
  }

  /**
   * Indexes the passages of a document, replacing those of an earlier document with the same source. Visible to
   * searches after {@link #commit()} (or {@link #refresh()}).
   *
   * @return whether the source was new, replaced, or unchanged
   */
  public Outcome add(ExtractedDocument doc) throws IOException {
    Objects.requireNonNull(doc, "doc");
    requireWritable();
    String source = sourceKey(doc);
    String hash = doc.documentDate() == null ? sha256(doc.text())
        : sha256(doc.text() + '\u0000' + doc.documentDate());
    commitLock.readLock().lock();
    try {
      boolean seenSinceCommit = !pending.add(source);
      Outcome outcome;
      if (seenSinceCommit) {
        outcome = Outcome.REPLACED;
      } else {
        IndexSearcher s = searchers.acquire();
        try {
          Query same = new BooleanQuery.Builder()
              .add(new TermQuery(new Term(PassageFields.SOURCE, source)), BooleanClause.Occur.FILTER)
              .add(new TermQuery(new Term(PassageFields.HASH, hash)), BooleanClause.Occur.FILTER)
              .build();
          if (s.count(same) > 0) {
            return Outcome.UNCHANGED;
          }
          outcome = s.count(new TermQuery(new Term(PassageFields.SOURCE, source))) > 0 ? Outcome.REPLACED
              : Outcome.ADDED;
        } finally {
          searchers.release(s);
        }
      }
      writer.updateDocuments(new Term(PassageFields.SOURCE, source), passages(doc, source, hash));
      return outcome;
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /** Makes every added passage durable and visible, atomically (with the format marker in the commit). */
  public void commit() throws IOException {
    requireWritable();
    commitLock.writeLock().lock();
    try {
      commit(writer);
      searchers.maybeRefreshBlocking();
      pending.clear();
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  private static void commit(IndexWriter writer) throws IOException {
    Map<String, String> data = new LinkedHashMap<>();
    data.put(FORMAT_KEY, FORMAT);
    data.put(VERSION_KEY, VERSION);
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
  }

  /**
   * Makes passages added so far visible to searches in this process without committing them (near-real-time);
   * on a read-only index, picks up the latest commit.
   */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** How many passages the current searcher sees. */
  public int size() throws IOException {
    IndexSearcher s = acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("passage index at " + path + " was opened read-only");
    }
  }

  private IndexSearcher acquire() throws IOException {
    if (writer == null) {
      searchers.maybeRefresh();
    }
    return searchers.acquire();
  }

  // ---------------------------------------------------------------- indexing

  private static String sourceKey(ExtractedDocument doc) {
    return doc.source() != null ? doc.source() : "id:" + doc.id();
  }

  private List<Document> passages(ExtractedDocument doc, String source, String hash) {
    Map<Integer, List<Entity>> entitiesBySentence = new HashMap<>();
    for (Entity e : doc.entities()) {
      entitiesBySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
    }
    Map<Integer, List<Event>> eventsBySentence = new HashMap<>();
    for (Event e : doc.events()) {
      eventsBySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
    }
    Map<String, List<String>> aliases = new HashMap<>();
    for (Referent r : doc.referents()) {
      aliases.computeIfAbsent(r.type() + "\t" + r.canonical(), k -> new ArrayList<>()).addAll(r.aliases());
    }
    List<Document> out = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      String text = doc.text().substring(s.begin(), s.end());
      if (text.isBlank()) {
        continue;
      }
      out.add(passage(doc, source, hash, s, text,
          entitiesBySentence.getOrDefault(s.index(), List.of()),
          eventsBySentence.getOrDefault(s.index(), List.of()), aliases));
    }
    return out;
  }

  private Document passage(ExtractedDocument doc, String source, String hash, Sentence s, String text,
      List<Entity> entities, List<Event> events, Map<String, List<String>> aliases) {
    Document d = new Document();
    d.add(new StringField(PassageFields.SOURCE, source, Field.Store.YES));
    d.add(new SortedDocValuesField(PassageFields.SOURCE, new BytesRef(source)));
    if (doc.source() != null) {
      d.add(new StoredField(PassageFields.SOURCE_PATH, doc.source()));
    }
    d.add(new StringField(PassageFields.DOC_ID, doc.id(), Field.Store.YES));
    d.add(new StringField(PassageFields.HASH, hash, Field.Store.NO));
    d.add(new StoredField(PassageFields.SENTENCE, s.index()));
    d.add(new NumericDocValuesField(PassageFields.SENTENCE, s.index()));
    d.add(new StoredField(PassageFields.BEGIN, s.begin()));
    d.add(new StoredField(PassageFields.END, s.end()));
    d.add(new Field(PassageFields.TEXT, text, TEXT_TYPE));
    d.add(new TextField(PassageFields.TEXT_EXACT, text, Field.Store.NO));
    NearDuplicates.Profile profile = NearDuplicates.of(text);
    d.add(new StringField(PassageFields.FINGERPRINT, profile.fingerprint(), Field.Store.NO));
    d.add(new BinaryDocValuesField(PassageFields.FINGERPRINT, new BytesRef(profile.fingerprint())));
    if (profile.signature().length > 0) {
      d.add(new BinaryDocValuesField(PassageFields.SIGNATURE, new BytesRef(profile.signature())));
    }

    Set<String> persons = new LinkedHashSet<>();
    Set<String> orgs = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    Set<String> personKeys = new LinkedHashSet<>();
    Set<String> orgKeys = new LinkedHashSet<>();
    Set<String> placeKeys = new LinkedHashSet<>();
    Set<String> dates = new LinkedHashSet<>();
    Set<DayRange> days = new LinkedHashSet<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.DATE) {
        if (e.value() != null) {
          dates.add(e.value());
          DayRange.of(e.value()).ifPresent(days::add);
        }
        continue;
      }
      String name = e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text();
      List<String> names = new ArrayList<>();
      names.add(name);
      names.add(e.text());
      names.addAll(aliases.getOrDefault(e.type() + "\t" + name, List.of()));
      switch (e.type()) {
        case PERSON -> {
          persons.add(name);
          names.forEach(n -> personKeys.addAll(folding.keys(n)));
        }
        case ORGANIZATION -> {
          orgs.add(name);
          names.forEach(n -> orgKeys.addAll(folding.queryKeys(n)));
        }
        case LOCATION -> {
          places.add(name);
          names.forEach(n -> placeKeys.addAll(folding.queryKeys(n)));
        }
        default -> throw new IllegalStateException("unexpected entity type " + e.type());
      }
    }
    Set<String> types = new LinkedHashSet<>();
    for (Event ev : events) {
      types.add(ev.type().toUpperCase(Locale.ROOT));
      if (ev.date() != null) {
        dates.add(ev.date().value());
        DayRange.of(ev.date().value()).ifPresent(days::add);
      }
    }
    for (String p : persons) {
      d.add(new StoredField(PassageFields.PERSON, p));
      d.add(new SortedSetDocValuesFacetField(PassageFields.DIM_PERSON, p));
    }
    for (String k : personKeys) {
      d.add(new StringField(PassageFields.PERSON_KEY, k, Field.Store.NO));
    }
    for (String o : orgs) {
      d.add(new StoredField(PassageFields.ORG, o));
      d.add(new SortedSetDocValuesFacetField(PassageFields.DIM_ORG, o));
    }
    for (String k : orgKeys) {
      d.add(new StringField(PassageFields.ORG_KEY, k, Field.Store.NO));
    }
    for (String l : places) {
      d.add(new StoredField(PassageFields.LOCATION, l));
      d.add(new SortedSetDocValuesFacetField(PassageFields.DIM_LOCATION, l));
    }
    for (String k : placeKeys) {
      d.add(new StringField(PassageFields.LOCATION_KEY, k, Field.Store.NO));
    }
    for (String t : types) {
      d.add(new StringField(PassageFields.TYPE, t, Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(PassageFields.DIM_TYPE, t));
    }
    for (String v : dates) {
      d.add(new StoredField(PassageFields.DATE, v));
    }
    for (DayRange r : days) {
      d.add(new IntRange(PassageFields.DAYS, new int[] {epochDay(r.from())}, new int[] {epochDay(r.to())}));
    }
    if (!events.isEmpty()) {
      d.add(new StoredField(PassageFields.EVENTS_JSON, eventsJson(events)));
    }
    try {
      return facets.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build facet fields for " + source + " sentence " + s.index(), e);
    }
  }

  private static String eventsJson(List<Event> events) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartArray();
      for (Event e : events) {
        g.writeStartObject();
        g.writeStringField("type", e.type());
        g.writeStringField("trigger", e.trigger().text());
        g.writeNumberField("begin", e.trigger().begin());
        g.writeNumberField("end", e.trigger().end());
        g.writeArrayFieldStart("arguments");
        for (EventArgument a : e.arguments()) {
          g.writeStartObject();
          g.writeStringField("role", a.role());
          g.writeStringField("text", a.text());
          if (a.canonical() != null) {
            g.writeStringField("canonical", a.canonical());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        if (e.date() != null) {
          g.writeStringField("date", e.date().value());
        }
        if (e.modality() != null) {
          g.writeStringField("modality", e.modality());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write events JSON", e);
    }
    return w.toString();
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  // ---------------------------------------------------------------- search

  /**
   * Runs a search.
   *
   * @throws InvalidQueryException when the query does not parse, the event type is unknown, or the request has
   *     neither a query nor a filter
   */
  public SearchResults search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new InvalidQueryException("give a query or at least one filter (person, org, place, type, dates)");
    }
    Query textQuery = request.query().isBlank() ? null : parse(request.query());
    Query query = filtered(textQuery, request);
    IndexSearcher s = acquire();
    try {
      return run(s, textQuery, query, request);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("query '" + request.query() + "' expands to too many words; "
          + "make its wildcards more specific", e);
    } finally {
      searchers.release(s);
    }
  }

  private Query parse(String q) {
    try {
      return new PassageQueryParser(analysis.perField()).parse(q);
    } catch (ParseException e) {
      throw new InvalidQueryException(explain(q, e), e);
    }
  }

  private static String explain(String q, ParseException e) {
    long quotes = q.chars().filter(c -> c == '"').count();
    if (quotes % 2 != 0) {
      return "unbalanced quotes in query '" + q + "'";
    }
    int depth = 0;
    for (char c : q.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        break;
      }
    }
    if (depth != 0) {
      return "unbalanced parentheses in query '" + q + "'";
    }
    String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    int colon = msg.indexOf("': ");
    return "cannot parse query '" + q + "': " + (colon >= 0 ? msg.substring(colon + 3) : msg);
  }

  private Query filtered(Query textQuery, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(textQuery != null ? textQuery : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    if (r.person() != null) {
      b.add(nameQuery(PassageFields.PERSON_KEY, r.person()), BooleanClause.Occur.FILTER);
    }
    if (r.org() != null) {
      b.add(nameQuery(PassageFields.ORG_KEY, r.org()), BooleanClause.Occur.FILTER);
    }
    if (r.place() != null) {
      b.add(nameQuery(PassageFields.LOCATION_KEY, r.place()), BooleanClause.Occur.FILTER);
    }
    if (r.type() != null) {
      b.add(new TermQuery(new Term(PassageFields.TYPE, EventTypes.check(r.type()))), BooleanClause.Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      int from = r.from() != null ? epochDay(r.from()) : Integer.MIN_VALUE;
      int to = r.to() != null ? epochDay(r.to()) : Integer.MAX_VALUE;
      b.add(IntRange.newIntersectsQuery(PassageFields.DAYS, new int[] {from}, new int[] {to}),
          BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** A day as an int range bound: its epoch day (every year of four digits fits). */
  private static int epochDay(LocalDate day) {
    return Math.toIntExact(day.toEpochDay());
  }

  private Query nameQuery(String field, String name) {
    List<String> keys = folding.queryKeys(name);
    if (keys.isEmpty()) {
      throw new InvalidQueryException("name '" + name + "' has no letters to search for");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String k : keys) {
      b.add(new TermQuery(new Term(field, k)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private SearchResults run(IndexSearcher s, Query textQuery, Query query, SearchRequest r) throws IOException {
    StoredFields stored = s.storedFields();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int want = r.limit();
    int window = r.all() ? want : Math.min(Math.max(want * 4, 40), Math.max(want, 50_000));
    List<ScoreDoc> kept = new ArrayList<>();
    List<Integer> dupCounts = new ArrayList<>();
    int collapsed;
    long total;
    while (true) {
      TopDocs top = textQuery == null
          ? s.search(query, new TopFieldCollectorManager(LISTING, window, null, Integer.MAX_VALUE))
          : s.search(query, new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE));
      total = top.totalHits.value;
      kept.clear();
      dupCounts.clear();
      collapsed = 0;
      List<String> keptFp = new ArrayList<>();
      List<byte[]> keptSig = new ArrayList<>();
      int i = 0;
      for (; i < top.scoreDocs.length && kept.size() < want; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        if (r.all()) {
          kept.add(sd);
          dupCounts.add(0);
          continue;
        }
        String fp = dedupValue(leaves, sd.doc, PassageFields.FINGERPRINT).utf8ToString();
        BytesRef sigRef = dedupValue(leaves, sd.doc, PassageFields.SIGNATURE);
        byte[] sig = Arrays.copyOfRange(sigRef.bytes, sigRef.offset, sigRef.offset + sigRef.length);
        int dupOf = -1;
        for (int k = 0; k < kept.size() && dupOf < 0; k++) {
          if (NearDuplicates.near(fp, sig, keptFp.get(k), keptSig.get(k))) {
            dupOf = k;
          }
        }
        if (dupOf >= 0) {
          dupCounts.set(dupOf, dupCounts.get(dupOf) + 1);
          collapsed++;
        } else {
          kept.add(sd);
          keptFp.add(fp);
          keptSig.add(sig);
          dupCounts.add(0);
        }
      }
      boolean exhausted = top.scoreDocs.length < window || window >= total;
      if (kept.size() >= want || exhausted) {
        break;
      }
      window *= 4;
    }
    List<List<Hit.Span>> spans = textQuery == null ? null : highlight(s, textQuery, kept);
    List<Hit> hits = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      ScoreDoc sd = kept.get(i);
      Document d = stored.document(sd.doc);
      int begin = d.getField(PassageFields.BEGIN).numericValue().intValue();
      List<Hit.Span> m = spans == null ? List.of() : spans.get(i);
      hits.add(new Hit(textQuery == null ? Float.NaN : sd.score, d.get(PassageFields.SOURCE_PATH),
          d.get(PassageFields.DOC_ID), d.getField(PassageFields.SENTENCE).numericValue().intValue(), begin,
          d.getField(PassageFields.END).numericValue().intValue(), d.get(PassageFields.TEXT),
          shift(m, begin), List.of(d.getValues(PassageFields.PERSON)), List.of(d.getValues(PassageFields.ORG)),
          List.of(d.getValues(PassageFields.LOCATION)), List.of(d.getValues(PassageFields.TYPE)),
          d.get(PassageFields.EVENTS_JSON) == null ? "[]" : d.get(PassageFields.EVENTS_JSON),
          List.of(d.getValues(PassageFields.DATE)), dupCounts.get(i)));
    }
    Map<String, Map<String, Integer>> counts = r.facets() ? facetCounts(s, query) : Map.of();
    return new SearchResults(total, hits, collapsed, counts);
  }

  /** A binary doc value of a top-level doc id; empty when the passage has none. */
  private static BytesRef dedupValue(List<LeafReaderContext> leaves, int doc, String field) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
    if (values != null && values.advanceExact(doc - leaf.docBase)) {
      return values.binaryValue();
    }
    return new BytesRef();
  }

  private static List<Hit.Span> shift(List<Hit.Span> spans, int by) {
    List<Hit.Span> out = new ArrayList<>(spans.size());
    for (Hit.Span sp : spans) {
      out.add(new Hit.Span(sp.begin() + by, sp.end() + by));
    }
    return out;
  }

  private List<List<Hit.Span>> highlight(IndexSearcher s, Query textQuery, List<ScoreDoc> docs)
      throws IOException {
    int[] ids = new int[docs.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = docs.get(i).doc;
    }
    SpanHighlighter h = new SpanHighlighter(UnifiedHighlighter.builder(s, analysis.perField())
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new SpanFormatter(analysis))
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withHighlightPhrasesStrictly(true));
    Object[] found = h.spans(PassageFields.TEXT, textQuery, ids);
    List<List<Hit.Span>> out = new ArrayList<>(ids.length);
    for (Object o : found) {
      @SuppressWarnings("unchecked")
      List<Hit.Span> l = o == null ? List.of() : (List<Hit.Span>) o;
      out.add(l);
    }
    return out;
  }

  private Map<String, Map<String, Integer>> facetCounts(IndexSearcher s, Query query) throws IOException {
    SortedSetDocValuesReaderState state = ((FacetSearcher) s).state;
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    List<String> dims = List.of(PassageFields.DIM_PERSON, PassageFields.DIM_ORG, PassageFields.DIM_LOCATION,
        PassageFields.DIM_TYPE);
    if (state == null) {
      dims.forEach(dim -> out.put(dim, Map.of()));
      return out;
    }
    FacetsCollector fc = s.search(query, new FacetsCollectorManager());
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
    Set<String> present = new java.util.HashSet<>();
    state.getDims().forEach(present::add);
    for (String dim : dims) {
      Map<String, Integer> values = new LinkedHashMap<>();
      if (present.contains(dim)) {
        FacetResult fr = counts.getTopChildren(FACET_TOP, dim);
        if (fr != null) {
          for (LabelAndValue lv : fr.labelValues) {
            values.put(lv.label, lv.value.intValue());
          }
        }
      }
      out.put(dim, Collections.unmodifiableMap(values));
    }
    return out;
  }

  /** Closes the index WITHOUT committing: passages added since the last {@link #commit()} are dropped. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        if (writer != null) {
          writer.rollback();
        }
      } finally {
        directory.close();
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /** An IndexSearcher that carries the facet state of its reader (built once per reader). */
  private static final class FacetSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState state;

    FacetSearcher(IndexReader reader, FacetsConfig config) throws IOException {
      super(reader);
      boolean hasFacets = FieldInfos.getMergedFieldInfos(reader)
          .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
      this.state = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }
  }

  private static final class FacetSearcherFactory extends SearcherFactory {
    private final FacetsConfig config;

    FacetSearcherFactory(FacetsConfig config) {
      this.config = config;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new FacetSearcher(reader, config);
    }
  }

  /** Exposes the highlighter's per-document objects (our span lists). */
  private static final class SpanHighlighter extends UnifiedHighlighter {
    SpanHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Object[] spans(String field, Query query, int[] docIds) throws IOException {
      return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1}).get(field);
    }
  }

  /**
   * Formats a highlighted passage as its match spans, relative to the field text; matches that overlap or are
   * separated only by spaces are merged (a phrase is one span); an elided article is left out ("l'«opposizione»").
   */
  private static final class SpanFormatter extends PassageFormatter {
    private final ItalianAnalysis analysis;

    SpanFormatter(ItalianAnalysis analysis) {
      this.analysis = analysis;
    }

    @Override
    public Object format(Passage[] passages, String content) {
      List<int[]> raw = new ArrayList<>();
      for (Passage p : passages) {
        for (int i = 0; i < p.getNumMatches(); i++) {
          int b = p.getMatchStarts()[i];
          int e = p.getMatchEnds()[i];
          raw.add(new int[] {b + analysis.elisionLength(content.subSequence(b, e)), e});
        }
      }
      raw.sort(java.util.Comparator.comparingInt(a -> a[0]));
      List<Hit.Span> spans = new ArrayList<>();
      for (int[] m : raw) {
        if (!spans.isEmpty() && (m[0] <= spans.get(spans.size() - 1).end()
            || content.substring(spans.get(spans.size() - 1).end(), m[0]).isBlank())) {
          Hit.Span last = spans.remove(spans.size() - 1);
          spans.add(new Hit.Span(last.begin(), Math.max(last.end(), m[1])));
        } else {
          spans.add(new Hit.Span(m[0], m[1]));
        }
      }
      return spans;
    }
  }
}
