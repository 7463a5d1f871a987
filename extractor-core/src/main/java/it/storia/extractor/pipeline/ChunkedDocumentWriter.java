package it.storia.extractor.pipeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import it.storia.extractor.io.InputException;
import it.storia.extractor.io.TextInputs;
import it.storia.extractor.json.DocumentJson;
import it.storia.extractor.json.EventJson;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.model.EventDate;
import it.storia.extractor.model.EventTrigger;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Referent;
import it.storia.extractor.model.Sentence;
import it.storia.extractor.model.Token;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extracts a file too large to hold as one analysed document, in bounded memory: the text is read as a stream and
 * cut into chunks at paragraph breaks (else at a line break, a sentence end or a space) of about
 * {@code chunkChars} characters; each chunk is extracted on its own, and the one JSON document is written as it
 * goes — sentences straight to the output, tokens, entities and events through temporary files — with every
 * offset and sentence index shifted to the whole file. Referents of equal type and canonical name are merged across
 * chunks. Relative dates and aliases are resolved within a chunk.
 *
 * <p>With {@code threads} > 1 the next chunks are extracted on that many worker threads while the current one
 * is written (reading and writing stay on the calling thread, in order, so the output is the same).
 *
 * <p>Memory stays near the size of {@code threads} chunks' analysis plus the JSON buffers, whatever the file
 * size. Immutable and thread-safe; each call uses its own temporary files and, with {@code threads} > 1, its own
 * worker threads.
 */
public final class ChunkedDocumentWriter {
  private final Extractor extractor;
  private final int chunkChars;
  private final int threads;

  /**
   * A writer that extracts one chunk at a time on the calling thread.
   *
   * @param extractor the pipeline to run on each chunk
   * @param chunkChars target chunk size in characters (at least 1,000)
   */
  public ChunkedDocumentWriter(Extractor extractor, int chunkChars) {
    this(extractor, chunkChars, 1);
  }

  /**
   * @param extractor the pipeline to run on each chunk
   * @param chunkChars target chunk size in characters (at least 1,000)
   * @param threads chunks extracted at once (at least 1; 1 = on the calling thread)
   */
  public ChunkedDocumentWriter(Extractor extractor, int chunkChars, int threads) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    if (chunkChars < 1000) {
      throw new IllegalArgumentException("chunkChars must be >= 1000, got " + chunkChars);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.chunkChars = chunkChars;
    this.threads = threads;
  }

  /**
   * Extracts {@code file} and writes its JSON document to {@code out} (not closed).
   *
   * @param id document id
   * @param tmpDir where the temporary spool files go
   * @throws InputException when the file is binary, not UTF-8 or unreadable (nothing usable has been written:
   *     callers write to a temporary target)
   */
  public void write(Path file, String id, DocumentJson.Options options, OutputStream out, Path tmpDir)
      throws IOException {
    write(file, id, null, options, out, tmpDir);
  }

  /**
   * Extracts {@code file}, written on {@code documentDate}, and writes its JSON document to {@code out} (not closed).
   *
   * @param id document id
   * @param documentDate when the text was written ("1933", "1933-05", "1933-05-16"), anchoring every chunk; null
   *     for the extractor's own
   * @param tmpDir where the temporary spool files go
   * @throws InputException when the file is binary, not UTF-8 or unreadable (nothing usable has been written:
   *     callers write to a temporary target)
   */
  public void write(Path file, String id, String documentDate, DocumentJson.Options options, OutputStream out,
      Path tmpDir) throws IOException {
    String name = file.toString();
    try (InputStream sniff = Files.newInputStream(file)) {
      byte[] head = sniff.readNBytes(8192);
      TextInputs.checkNotBinary(name, head, head.length);
    }
    Path tokensTmp = options.tokens() ? Files.createTempFile(tmpDir, ".tokens-", ".json") : null;
    Path entitiesTmp = Files.createTempFile(tmpDir, ".entities-", ".json");
    Path eventsTmp = Files.createTempFile(tmpDir, ".events-", ".json");
    try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      Spool tokens = tokensTmp == null ? null : new Spool(tokensTmp, options.pretty());
      Spool entities = new Spool(entitiesTmp, options.pretty());
      Spool events = new Spool(eventsTmp, options.pretty());
      Map<String, MergedReferent> referents = new LinkedHashMap<>();
      JsonGenerator g = DocumentJson.factory().createGenerator(out, JsonEncoding.UTF8);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (options.pretty()) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      ChunkReader chunks = new ChunkReader(reader, chunkChars);
      int charBase = 0;
      int sentenceBase = 0;
      int entityBase = 0;
      boolean first = true;
      Lookahead ahead = new Lookahead(chunks, id, name, documentDate);
      try {
        ExtractedDocument d;
        while ((d = ahead.next()) != null) {
          String chunk = d.text();
          if (first) {
            g.writeStartObject();
            DocumentJson.header(g, id, name, d.documentDate());
            g.writeArrayFieldStart("sentences");
            first = false;
          }
          for (Sentence s : d.sentences()) {
            DocumentJson.sentence(g, new Sentence(s.index() + sentenceBase, s.begin() + charBase,
                s.end() + charBase));
          }
          if (tokens != null) {
            for (Token t : d.tokens()) {
              DocumentJson.token(tokens.g, shift(t, charBase, sentenceBase));
            }
          }
          for (Entity e : d.entities()) {
            DocumentJson.entity(entities.g, shift(e, charBase, sentenceBase));
          }
          for (Event e : d.events()) {
            EventJson.write(events.g, shift(e, charBase, sentenceBase));
          }
          for (Referent r : d.referents()) {
            MergedReferent m = referents.computeIfAbsent(r.type() + "\t" + r.canonical(),
                k -> new MergedReferent(r.type(), r.canonical()));
            m.aliases.addAll(r.aliases());
            for (int i : r.mentions()) {
              m.mentions.add(i + entityBase);
            }
          }
          charBase += chunk.length();
          sentenceBase += d.sentences().size();
          entityBase += d.entities().size();
        }
      } catch (CharacterCodingException e) {
        throw new InputException(name, "not valid UTF-8 text (undecodable bytes after character " + charBase + ")",
            e);
      } finally {
        ahead.close();
      }
      if (first) {
        g.writeStartObject();
        DocumentJson.header(g, id, name, null);
        g.writeArrayFieldStart("sentences");
      }
      g.writeEndArray();
      if (tokens != null) {
        appendSpool(g, "tokens", tokens, out);
      }
      appendSpool(g, "entities", entities, out);
      appendSpool(g, "events", events, out);
      if (!referents.isEmpty()) {
        g.writeArrayFieldStart("referents");
        int n = 0;
        for (MergedReferent m : referents.values()) {
          DocumentJson.referent(g, new Referent("r" + (++n), m.type, m.canonical, new ArrayList<>(m.aliases),
              m.mentions));
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.close();
    } finally {
      if (tokensTmp != null) {
        Files.deleteIfExists(tokensTmp);
      }
      Files.deleteIfExists(entitiesTmp);
      Files.deleteIfExists(eventsTmp);
    }
  }

  /**
   * The extracted chunks in order: on the calling thread, or with {@code threads} > 1 up to {@code threads}
   * chunks extracted ahead on worker threads. Chunks are read on the calling thread. Not thread-safe.
   */
  private final class Lookahead implements AutoCloseable {
    private final ChunkReader chunks;
    private final String id;
    private final String name;
    private final String documentDate;
    private final ExecutorService pool;
    private final java.util.ArrayDeque<Future<ExtractedDocument>> window = new java.util.ArrayDeque<>();
    private boolean exhausted;

    Lookahead(ChunkReader chunks, String id, String name, String documentDate) {
      this.chunks = chunks;
      this.id = id;
      this.name = name;
      this.documentDate = documentDate;
      this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "extract-chunk-worker");
        t.setDaemon(true);
        return t;
      });
    }

    private ExtractedDocument extract(String chunk) {
      return extractor.extractDatedOrDefault(chunk, id, name, documentDate);
    }

    /** The next chunk's extraction, or null after the last chunk. */
    ExtractedDocument next() throws IOException {
      if (pool == null) {
        String chunk = chunks.next();
        return chunk == null ? null : extract(chunk);
      }
      while (!exhausted && window.size() < threads) {
        String chunk = chunks.next();
        if (chunk == null) {
          exhausted = true;
        } else {
          window.add(pool.submit(() -> extract(chunk)));
        }
      }
      Future<ExtractedDocument> head = window.poll();
      if (head == null) {
        return null;
      }
      try {
        return head.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while extracting " + name);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IOException("cannot extract a chunk of " + name + ": " + cause, cause);
      }
    }

    @Override
    public void close() {
      if (pool != null) {
        for (Future<ExtractedDocument> f : window) {
          f.cancel(true);
        }
        pool.shutdownNow();
      }
    }
  }

  private static void appendSpool(JsonGenerator g, String field, Spool spool, OutputStream out) throws IOException {
    spool.finish();
    g.writeFieldName(field);
    g.writeRawValue("");
    g.flush();
    Files.copy(spool.path, out);
  }

  private static Token shift(Token t, int c, int s) {
    return new Token(t.begin() + c, t.end() + c, t.text(), t.norm(), t.sentence() + s, t.pos(), t.lemma(),
        t.words());
  }

  private static Entity shift(Entity e, int c, int s) {
    return new Entity(e.type(), e.text(), e.begin() + c, e.end() + c, e.sentence() + s, e.canonical(),
        e.confidence(), e.value(), e.mod());
  }

  private static Event shift(Event e, int c, int s) {
    EventTrigger t = e.trigger();
    List<EventArgument> args = new ArrayList<>();
    for (EventArgument a : e.arguments()) {
      args.add(new EventArgument(a.role(), a.text(), a.begin() + c, a.end() + c, a.type(), a.canonical()));
    }
    EventDate d = e.date() == null ? null
        : new EventDate(e.date().value(), e.date().text(), e.date().begin() + c, e.date().end() + c,
            e.date().inferred());
    return new Event(e.type(), e.sentence() + s, new EventTrigger(t.text(), t.begin() + c, t.end() + c, t.lemma()),
        args, d, e.modality());
  }

  /** A JSON array written to a temporary file. */
  private static final class Spool {
    final Path path;
    final OutputStream stream;
    final JsonGenerator g;

    Spool(Path path, boolean pretty) throws IOException {
      this.path = path;
      this.stream = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
      this.g = DocumentJson.factory().createGenerator(stream, JsonEncoding.UTF8);
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      g.writeStartArray();
    }

    void finish() throws IOException {
      g.writeEndArray();
      g.close();
      stream.close();
    }
  }

  private static final class MergedReferent {
    final EntityType type;
    final String canonical;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<Integer> mentions = new ArrayList<>();

    MergedReferent(EntityType type, String canonical) {
      this.type = type;
      this.canonical = canonical;
    }
  }

  /** Cuts a character stream into chunks at natural breaks. */
  static final class ChunkReader {
    private final Reader reader;
    private final int target;
    private final StringBuilder buf = new StringBuilder();
    private boolean eof;

    ChunkReader(Reader reader, int target) {
      this.reader = reader;
      this.target = target;
    }

    /** The next chunk, or null at the end. */
    String next() throws IOException {
      char[] tmp = new char[8192];
      while (!eof && buf.length() < 2 * target) {
        int n = reader.read(tmp);
        if (n < 0) {
          eof = true;
        } else {
          buf.append(tmp, 0, n);
        }
      }
      if (buf.length() == 0) {
        return null;
      }
      int cut = buf.length() <= target && eof ? buf.length() : cutPoint();
      String chunk = buf.substring(0, cut);
      buf.delete(0, cut);
      return chunk;
    }

    private int cutPoint() {
      int limit = Math.min(buf.length(), 2 * target);
      int from = Math.min(target, limit);
      int p = buf.lastIndexOf("\n\n", limit - 2);
      if (p >= from / 2) {
        return p + 2;
      }
      p = buf.lastIndexOf("\n", limit - 1);
      if (p >= from / 2) {
        return p + 1;
      }
      p = buf.lastIndexOf(". ", limit - 2);
      if (p >= from / 2) {
        return p + 2;
      }
      p = buf.lastIndexOf(" ", limit - 1);
      if (p >= from / 2) {
        return p + 1;
      }
      int cut = limit;
      if (Character.isHighSurrogate(buf.charAt(cut - 1))) {
        cut--;
      }
      return cut;
    }
  }
}
