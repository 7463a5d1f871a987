package it.storia.extractor.cli;

import it.storia.extractor.event.EventSummary;
import it.storia.extractor.io.InputException;
import it.storia.extractor.io.TextInputs;
import it.storia.extractor.json.DocumentJson;
import it.storia.extractor.json.EventLines;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.pipeline.BatchExtractor;
import it.storia.extractor.pipeline.DocumentDates;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extractor extract}: texts in, one JSON document per input out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract sentences, entities, dates and events from Italian texts.",
        "Without --output: JSON Lines on standard output, one document per input, in input order.",
        "With --output DIR: one <name>.json per input, each written atomically.",
        "Exit codes: 0 all good, 1 some inputs failed (the others are written), 2 usage error."})
final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Text files, directories (searched recursively for *.txt), or - for standard input "
          + "(the default when none is given).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--tokens", description = "Include tokens (with POS, lemma and multi-word parts).")
  boolean tokens;

  @Option(names = "--pretty", description = "Indent the JSON (with --output; JSON Lines stay one per line).")
  boolean pretty;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Documents processed in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--output", paramLabel = "DIR", description = "Write one <name>.json per input into DIR.")
  Path output;

  /** What {@code --format} writes to standard output. */
  enum Format { json, events, text }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (one document per line, the default), events (one JSON event per line with its "
          + "document id, source and sentence) or text (per document a header and one line per event: date, "
          + "type, who, whom, where).")
  Format format;

  @CommandLine.Mixin
  DocumentDateOptions dateOptions = new DocumentDateOptions();

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || threads > 256) {
      throw new ExitCodes.UsageException("--threads must be between 1 and 256, got " + threads);
    }
    Extractor extractor = dateOptions.extractor();
    DocumentDates dates = dateOptions.dates();
    if (format != Format.json && output != null) {
      throw new ExitCodes.UsageException("--format " + format + " writes to standard output; drop --output");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<String> args = inputs.isEmpty() ? List.of("-") : inputs;
    TextInputs.Expansion expansion = TextInputs.expand(args);
    for (InputException e : expansion.errors()) {
      err.println("extractor: " + e.getMessage());
    }
    boolean ok = expansion.errors().isEmpty();
    if (expansion.inputs().isEmpty()) {
      err.flush();
      return ok ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
    DocumentJson.Options options = DocumentJson.Options.DEFAULT.withTokens(tokens)
        .withPretty(pretty && output != null);
    BatchExtractor batch = new BatchExtractor(extractor, options, threads).withDocumentDates(dates);
    Progress progress = Progress.forTerminal(err, expansion.inputs().size());
    BatchExtractor.Listener listener = (input, error) -> {
      if (error != null) {
        err.println("extractor: " + error.getMessage());
      }
      progress.step();
    };
    boolean batchOk;
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      batchOk = switch (format) {
        case json -> batch.toJsonLines(expansion.inputs(), out, listener);
        case events -> batch.toStream(expansion.inputs(), new WriterStream(out), EventLines::write, listener);
        case text -> batch.toStream(expansion.inputs(), new WriterStream(out), ExtractCommand::summary, listener);
      };
      out.flush();
    } else {
      batchOk = batch.toDirectory(expansion.inputs(), output, listener);
    }
    progress.done();
    err.flush();
    return ok && batchOk ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static void summary(ExtractedDocument doc, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    EventSummary.write(doc, w);
    w.flush();
  }

  /** UTF-8 bytes to the command's writer, decoded at each flush (after a whole document: no character split). */
  private static final class WriterStream extends OutputStream {
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    private final PrintWriter out;

    WriterStream(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      buffer.write(b, off, len);
    }

    @Override
    public void flush() {
      out.write(buffer.toString(StandardCharsets.UTF_8));
      buffer.reset();
      out.flush();
    }
  }
}
