package it.storia.extractor.time;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the gold expressions and the system's DATE entities of every date dev-set file (without and with document
 * dates) as one TSV for {@code dev/time_pooled_errors.py}, which pools and classifies the errors (session 13). The
 * held-out parts b of blind16, blind17, blind18, blind19 and blind20 are left out (blind17's part a is in since
 * session 16, blind18's since session 17, blind19's since session 23, blind20's since session 25). The dump holds a short context of each expression: it is
 * written outside the repository and read only (the ENEIDE, WikiNEuRal, UD and KIND texts are NonCommercial). Not a
 * test (it needs the corpus); run by hand after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp extractor-cli/target/extractor.jar:extractor-core/target/test-classes \
 *   it.storia.extractor.time.TemporalErrorDump /tmp/time-dump.tsv
 * </pre>
 */
final class TemporalErrorDump {
  /** Every date dev-set file. */
  static final List<String> SETS = List.of("tune", "heldout", "blind", "blind2", "blind3", "blind4", "blind4-news",
      "blind5", "blind5-wiki", "blind6", "blind6-nc", "blind7", "blind7-nc", "blind8", "blind8-nc", "blind9-nc",
      "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
      "blind19", "blind20");
  private static final int CONTEXT = 60;

  private TemporalErrorDump() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: TemporalErrorDump OUT.tsv, got " + List.of(args));
    }
    Extractor extractor = Extractor.builder().temporalTagger(RuleTemporalTagger.fromClasspath()).build();
    Map<String, String> parts16 = TemporalEvaluation.twoColumns("/devset/time/blind16-parts.tsv");
    Map<String, String> parts17 = TemporalEvaluation.twoColumns("/devset/time/blind17-parts.tsv");
    Map<String, String> parts18 = TemporalEvaluation.twoColumns("/devset/time/blind18-parts.tsv");
    Map<String, String> parts19 = TemporalEvaluation.twoColumns("/devset/time/blind19-parts.tsv");
    Map<String, String> parts20 = TemporalEvaluation.twoColumns("/devset/time/blind20-parts.tsv");
    Map<String, String> years = TemporalEvaluation.years();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
      out.println("set\tyears\tdoc\tdocdate\tkind\tbegin\tend\ttext\tvalue\tmod\tleft\tright\tpara");
      for (String set : SETS) {
        for (Map.Entry<String, List<TemporalEvaluation.Gold>> doc
            : TemporalEvaluation.read("/devset/time/" + set + ".tsv").entrySet()) {
          String id = doc.getKey();
          if (set.equals("blind16") && !"a".equals(parts16.get(id))
              || set.equals("blind17") && !"a".equals(parts17.get(id))
              || set.equals("blind18") && !"a".equals(parts18.get(id))
              || set.equals("blind19") && !"a".equals(parts19.get(id))
              || set.equals("blind20") && !"a".equals(parts20.get(id))) {
            continue;
          }
          String text = TemporalEvaluation.text(id);
          for (boolean withYears : List.of(false, true)) {
            String date = withYears ? years.get(id) : null;
            String head = set + "\t" + (withYears ? "with" : "without") + "\t" + id + "\t" + (date == null ? "" : date);
            for (TemporalEvaluation.Gold g : doc.getValue()) {
              out.println(head + "\tGOLD\t" + row(text, g.begin(), g.end(), g.value(), g.mod()));
            }
            for (Entity e : extractor.extract(text, id, null, date).entities()) {
              if (e.type() == EntityType.DATE) {
                out.println(head + "\tSYS\t" + row(text, e.begin(), e.end(), e.value(), e.mod()));
              }
            }
          }
        }
      }
    }
  }

  private static String row(String text, int begin, int end, String value, String mod) {
    return begin + "\t" + end + "\t" + clean(text.substring(begin, end)) + "\t" + value + "\t" + (mod == null ? "" : mod)
        + "\t" + clean(text.substring(Math.max(0, begin - CONTEXT), begin)) + "\t"
        + clean(text.substring(end, Math.min(text.length(), end + CONTEXT))) + "\t" + paragraph(text, begin);
  }

  /** The 0-based paragraph (blank-line separated) of an offset. */
  private static int paragraph(String text, int offset) {
    int n = 0;
    for (int i = text.indexOf("\n\n"); i >= 0 && i < offset; i = text.indexOf("\n\n", i + 2)) {
      n++;
    }
    return n;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
