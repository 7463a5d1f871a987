package it.storia.extractor.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.junit.jupiter.api.Test;

/** The table's own line parser reads exactly the entries OpenNLP's {@link WordClusterDictionary} reads. */
class WordClusterTableTest {

  @Test
  void oddLinesAreReadAsOpenNlpReadsThem() throws IOException {
    String text = "Roma 101\r\nMilano 101 7\rTorino  5\n Pisa 3\nGenova 1 2 3\nBari 4   \n\nsolo\n   \n"
        + "Roma 110\ncittà 11\nLecce 9 8  \nàèì 12";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    WordClusterTable table = new WordClusterTable.Serializer().create(new ByteArrayInputStream(bytes));
    WordClusterDictionary openNlp = new WordClusterDictionary(new ByteArrayInputStream(bytes));
    for (String word : List.of("Roma", "Milano", "Torino", "", "Pisa", "Genova", "Bari", "solo", "città", "Lecce",
        "àèì", "Napoli", " ")) {
      assertThat(table.lookup(word)).as(word).isEqualTo(openNlp.lookupToken(word));
    }
    assertThat(table.lookup("Roma")).isEqualTo("110");
    assertThat(table.lookup("Torino")).isEmpty();
    assertThat(table.lookup("Genova")).isNull();
  }

  @Test
  void bundledModelTablesMatchOpenNlpWordForWord() throws IOException {
    for (String model : List.of("ner-it.bin", "it-pos.bin")) {
      int compared = 0;
      for (byte[] bytes : clusterEntries(model)) {
        WordClusterTable table = new WordClusterTable.Serializer().create(new ByteArrayInputStream(bytes));
        WordClusterDictionary openNlp = new WordClusterDictionary(new ByteArrayInputStream(bytes));
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
          String word = line.split(" ")[0];
          assertThat(table.lookup(word)).as(model + " " + word).isEqualTo(openNlp.lookupToken(word));
          compared++;
        }
      }
      assertThat(compared).as(model).isGreaterThan(100_000);
    }
  }

  private static List<byte[]> clusterEntries(String model) throws IOException {
    List<byte[]> out = new ArrayList<>();
    try (InputStream in = WordClusterTableTest.class.getResourceAsStream("/it/storia/extractor/models/" + model);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().matches("c[0-9]+")) {
          out.add(zip.readAllBytes());
        }
      }
    }
    assertThat(out).as(model).hasSize(3);
    return out;
  }
}
