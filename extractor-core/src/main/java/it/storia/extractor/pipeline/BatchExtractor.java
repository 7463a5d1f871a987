package it.storia.extractor.pipeline;

import it.storia.extractor.io.Input;
import it.storia.extractor.io.InputException;
import it.storia.extractor.io.TextInputs;
import it.storia.extractor.json.DocumentJson;
import it.storia.extractor.model.ExtractedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an {@link Extractor} over a batch of inputs on N threads, one shared extractor, results written in input
 * order. A failed input is reported to the listener and skipped; it never stops or corrupts the others: each
 * document is serialised completely before it is written, and files are written atomically (temporary file +
 * rename). At most {@code 2 × threads} documents are in memory at once.
 *
 * <p>Immutable; one batch call at a time per instance is not required (each call has its own executor).
 */
public final class BatchExtractor {
  /** Told about each input, in input order, from the calling thread. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param input the input
     * @param error null when it succeeded, else what went wrong (names the input)
     */
    void finished(Input input, InputException error);
  }

  /** Files larger than this many bytes are extracted in chunks by {@link ChunkedDocumentWriter} (its chunks on
   * {@code threads} threads). */
  public static final long DEFAULT_LARGE_FILE_BYTES = 8L << 20;

  private static final int CHUNK_CHARS = 1 << 20;

  /** Turns one extracted document into bytes (e.g. {@code EventLines::write}); must be thread-safe. */
  @FunctionalInterface
  public interface DocumentWriter {
    /** Writes the document's output, line terminators included. */
    void write(ExtractedDocument doc, OutputStream out) throws IOException;
  }

  private final Extractor extractor;
  private final DocumentJson.Options options;
  private final int threads;
  private final long largeFileBytes;
  private final int chunkChars;
  private final ChunkedDocumentWriter chunked;
  private final DocumentDates dates;

  /** A batch runner; files over {@link #DEFAULT_LARGE_FILE_BYTES} are streamed in chunks. */
  public BatchExtractor(Extractor extractor, DocumentJson.Options options, int threads) {
    this(extractor, options, threads, DEFAULT_LARGE_FILE_BYTES, CHUNK_CHARS);
  }

  /**
   * A batch runner with explicit streaming limits.
   *
   * @param largeFileBytes files larger than this are extracted in chunks
   * @param chunkChars the chunk size for those files
   */
  public BatchExtractor(Extractor extractor, DocumentJson.Options options, int threads, long largeFileBytes,
      int chunkChars) {
    this(extractor, options, threads, largeFileBytes, chunkChars, DocumentDates.NONE);
  }

  private BatchExtractor(Extractor extractor, DocumentJson.Options options, int threads, long largeFileBytes,
      int chunkChars, DocumentDates dates) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.options = Objects.requireNonNull(options, "options");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
    this.largeFileBytes = largeFileBytes;
    this.chunkChars = chunkChars;
    this.chunked = new ChunkedDocumentWriter(extractor, chunkChars, threads);
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  /**
   * A copy that gives each input listed in {@code dates} its own document date (the inputs it does not list keep
   * the extractor's).
   */
  public BatchExtractor withDocumentDates(DocumentDates dates) {
    return new BatchExtractor(extractor, options, threads, largeFileBytes, chunkChars, dates);
  }

  /**
   * Writes one JSON line per successful input to {@code out}, in input order, flushing after each line.
   *
   * @return true when every input succeeded
   */
  public boolean toJsonLines(List<Input> inputs, java.io.Writer out, Listener listener) throws IOException {
    DocumentJson.Options lines = options.withPretty(false);
    Path tmpDir = Path.of(System.getProperty("java.io.tmpdir"));
    return run(inputs, listener, input -> produce(input, lines, tmpDir), (input, payload) -> {
      if (payload.file() != null) {
        try (java.io.Reader r = Files.newBufferedReader(payload.file(), java.nio.charset.StandardCharsets.UTF_8)) {
          r.transferTo(out);
        } finally {
          Files.deleteIfExists(payload.file());
        }
      } else {
        out.write(new String(payload.bytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
      out.write('\n');
      out.flush();
    });
  }

  /**
   * Writes each successful input's output, made by {@code writer} on the worker threads, to {@code out} in input
   * order (for formats other than the document JSON, such as one line per event).
   *
   * @return true when every input succeeded
   */
  public boolean toStream(List<Input> inputs, OutputStream out, DocumentWriter writer, Listener listener)
      throws IOException {
    Objects.requireNonNull(writer, "writer");
    return run(inputs, listener, input -> new Payload(serialise(input, writer), null), (input, payload) -> {
      out.write(payload.bytes());
      out.flush();
    });
  }

  /**
   * Writes {@code <id>.json} per successful input into {@code dir} (created if missing), each atomically. Ids
   * that repeat get a numeric suffix ("a.json", "a-2.json").
   *
   * @return true when every input succeeded
   */
  public boolean toDirectory(List<Input> inputs, Path dir, Listener listener) throws IOException {
    Files.createDirectories(dir);
    Map<String, Integer> seen = new HashMap<>();
    Map<Input, String> names = new HashMap<>();
    for (Input in : inputs) {
      int n = seen.merge(in.id(), 1, Integer::sum);
      names.put(in, n == 1 ? in.id() + ".json" : in.id() + "-" + n + ".json");
    }
    return run(inputs, listener, input -> produce(input, options, dir), (input, payload) -> {
      Path target = dir.resolve(names.get(input));
      Path tmp = payload.file() != null ? payload.file() : Files.createTempFile(dir, ".extract-", ".tmp");
      try {
        if (payload.file() == null) {
          Files.write(tmp, payload.bytes());
        }
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    });
  }

  /** A serialised document: in memory, or in a temporary file for large inputs. */
  private record Payload(byte[] bytes, Path file) {}

  private Payload produce(Input input, DocumentJson.Options opts, Path tmpDir) throws InputException {
    if (!input.isStdin() && size(input) > largeFileBytes) {
      Path tmp = null;
      try {
        tmp = Files.createTempFile(tmpDir, ".extract-", ".tmp");
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
          chunked.write(input.path(), input.id(), dates.dateFor(input), opts, os, tmpDir);
        }
        Path done = tmp;
        tmp = null;
        return new Payload(null, done);
      } catch (InputException e) {
        throw e;
      } catch (IOException e) {
        throw new InputException(input.name(), "cannot process: " + e.getMessage(), e);
      } catch (RuntimeException e) {
        throw new InputException(input.name(), "extraction failed: " + e, e);
      } finally {
        if (tmp != null) {
          try {
            Files.deleteIfExists(tmp);
          } catch (IOException e) {
            throw new InputException(input.name(), "cannot delete temporary file " + tmp + ": " + e.getMessage(), e);
          }
        }
      }
    }
    return new Payload(serialise(input, opts), null);
  }

  private static long size(Input input) throws InputException {
    try {
      return Files.size(input.path());
    } catch (IOException e) {
      throw new InputException(input.name(), "cannot read: " + e.getMessage(), e);
    }
  }

  private byte[] serialise(Input input, DocumentJson.Options opts) throws InputException {
    return serialise(input, (doc, out) -> DocumentJson.write(doc, opts, out));
  }

  /**
   * Reads one input (a file, or standard input) as strict UTF-8 and extracts it with its own date of writing when it
   * has one, else with the extractor's default ({@link Extractor#extractDatedOrDefault}); the source is the file's
   * path (none for standard input).
   *
   * @param extractor the pipeline
   * @param input the input
   * @param documentDate the input's date of writing, or null
   * @return the extracted document; its text is the input's
   * @throws InputException naming the input when it cannot be read or its extraction fails
   */
  public static ExtractedDocument extract(Extractor extractor, Input input, String documentDate)
      throws InputException {
    String text = input.isStdin() ? TextInputs.read(input.name(), System.in) : TextInputs.read(input.path());
    try {
      String source = input.isStdin() ? null : input.path().toString();
      return extractor.extractDatedOrDefault(text, input.id(), source, documentDate);
    } catch (RuntimeException e) {
      throw new InputException(input.name(), "extraction failed: " + e, e);
    }
  }

  private byte[] serialise(Input input, DocumentWriter writer) throws InputException {
    ExtractedDocument doc = extract(extractor, input, dates.dateFor(input));
    String text = doc.text();
    ByteArrayOutputStream buf = new ByteArrayOutputStream(text.length() * 2 + 256);
    try {
      writer.write(doc, buf);
    } catch (IOException e) {
      throw new InputException(input.name(), "cannot write the output: " + e.getMessage(), e);
    }
    return buf.toByteArray();
  }

  private interface Task {
    Payload run(Input input) throws InputException;
  }

  private interface Sink {
    void accept(Input input, Payload payload) throws IOException;
  }

  private boolean run(List<Input> inputs, Listener listener, Task task, Sink sink) throws IOException {
    boolean ok = true;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "extract-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Payload>> window = new ArrayDeque<>();
      int next = 0;
      int written = 0;
      while (written < inputs.size()) {
        while (next < inputs.size() && window.size() < 2 * threads) {
          Input in = inputs.get(next++);
          window.add(pool.submit(() -> task.run(in)));
        }
        Input in = inputs.get(written++);
        Future<Payload> f = window.poll();
        try {
          Payload payload = f.get();
          try {
            sink.accept(in, payload);
          } catch (IOException e) {
            throw new IOException("cannot write the output of " + in.name() + ": " + e.getMessage(), e);
          }
          listener.finished(in, null);
        } catch (ExecutionException e) {
          ok = false;
          Throwable c = e.getCause();
          InputException ie = c instanceof InputException x ? x
              : new InputException(in.name(), c instanceof OutOfMemoryError ? "out of memory" : String.valueOf(c), c);
          listener.finished(in, ie);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return ok;
  }
}
