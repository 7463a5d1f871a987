package it.storia.extractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong configuration file given on the command line is a usage error (exit 2) that names the file, the line and
 * the value, before anything is extracted or indexed; never an internal error (3) or a silently ignored line.
 */
class ConfigFileErrorsCommandTest {
  @TempDir Path dir;

  @Test
  void aDaDoEvalGoldTableNotCutToTwoColumnsIsAUsageErrorInExtractAndIndex() throws IOException {
    Path text = Files.writeString(dir.resolve("dg1910.txt"), "Il 15 maggio la Dieta si riunì a Vienna.\n");
    Path table = Files.writeString(dir.resolve("anni.tsv"), "# DaDoEval\ndg1910.txt\t1910\tsame-genre\n");
    Path index = dir.resolve("index");
    for (String[] args : new String[][] {
        {"extract", "--document-dates", table.toString(), text.toString()},
        {"index", "--index", index.toString(), "--document-dates", table.toString(), text.toString()}}) {
      CliRun r = CliRun.run(args);
      assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains(table + ":2:").contains("expected NAME<TAB>DATE")
          .contains("'dg1910.txt\t1910\tsame-genre'").doesNotContain("internal error").doesNotContain("at it.storia");
      assertThat(r.out()).isEmpty();
    }
    assertThat(index).doesNotExist();
  }
}
