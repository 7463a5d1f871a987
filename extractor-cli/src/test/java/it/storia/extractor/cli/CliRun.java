package it.storia.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One run of the {@code extractor} command line in-process: its exit code, standard output and error. */
record CliRun(int code, String out, String err) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Runs {@link Main} with these arguments, capturing what it writes. */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Standard output read as JSON Lines. */
  List<JsonNode> lines() throws Exception {
    List<JsonNode> docs = new ArrayList<>();
    for (String l : out.split("\n")) {
      if (!l.isBlank()) {
        docs.add(MAPPER.readTree(l));
      }
    }
    return docs;
  }
}
