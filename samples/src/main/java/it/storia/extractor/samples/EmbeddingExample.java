package it.storia.extractor.samples;

import it.storia.extractor.json.DocumentJson;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a Java developer embeds the library: build one {@link Extractor} (it loads the bundled models once and is
 * thread-safe), extract a text, read the records, write the versioned JSON.
 *
 * <p>Run after {@code ./mvnw -q -DskipTests package}, from the project root:
 * {@code java -cp extractor-cli/target/extractor.jar:samples/target/classes it.storia.extractor.samples.EmbeddingExample}
 * (the command's jar carries the library and its dependencies).
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) throws IOException {
    Path input = Path.of(args.length > 0 ? args[0] : "samples/texts/lotta-per-il-potere.txt");
    String text = Files.readString(input, StandardCharsets.UTF_8);

    Extractor extractor = Extractor.withDefaults();
    ExtractedDocument doc = extractor.extract(text, "lotta", input.toString());

    System.out.printf("%d sentences, %d tokens, %d entities, %d events%n", doc.sentences().size(),
        doc.tokens().size(), doc.entities().size(), doc.events().size());
    for (Entity e : doc.entities()) {
      if (e.canonical() != null || e.value() != null) {
        System.out.printf("%-12s %-30s %s%n", e.type(), e.text(), e.value() != null ? e.value() : e.canonical());
      }
    }
    for (Event ev : doc.events()) {
      System.out.printf("%s %s %s%n", ev.date() == null ? "?" : ev.date().value(), ev.type(), ev.trigger().text());
    }
    String json = DocumentJson.write(doc, DocumentJson.Options.DEFAULT.withPretty(true));
    System.out.println(json.substring(0, Math.min(400, json.length())) + " ...");
  }
}
