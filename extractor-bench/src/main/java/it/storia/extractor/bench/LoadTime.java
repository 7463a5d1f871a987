package it.storia.extractor.bench;

import it.storia.extractor.io.TextInputs;
import it.storia.extractor.json.DocumentJson;
import it.storia.extractor.pipeline.Extractor;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures, in a fresh JVM, how long {@link Extractor#withDefaults()} takes (model and data loading) and how long
 * the first and a warm extraction of a text take, and prints them as {@code key=value} lines.
 *
 * <p>Input: optionally a text file (default the bundled sample {@code samples/texts/lotta-per-il-potere.txt}).
 * Output: {@code load_ms}, {@code load_cpu_ms} (the main thread's CPU time: robust to other load; JIT compiler
 * threads not counted), {@code first_extract_ms}, {@code first_extract_cpu_ms}, {@code warm_extract_ms} on standard
 * output. Single-threaded.
 */
public final class LoadTime {
  private LoadTime() {}

  /**
   * Runs the measurement.
   *
   * @param args optionally the text file to extract
   */
  public static void main(String[] args) throws Exception {
    Path sample = Path.of(args.length > 0 ? args[0] : "samples/texts/lotta-per-il-potere.txt");
    String text = TextInputs.read(sample);
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Extractor extractor = Extractor.withDefaults();
    long t1 = System.nanoTime();
    long c1 = mx.getCurrentThreadCpuTime();
    int size = DocumentJson.write(extractor.extract(text, "sample", sample.toString())).length();
    long t2 = System.nanoTime();
    long c2 = mx.getCurrentThreadCpuTime();
    long warm = Long.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      long a = System.nanoTime();
      size += DocumentJson.write(extractor.extract(text, "sample", sample.toString())).length();
      warm = Math.min(warm, System.nanoTime() - a);
    }
    System.out.printf(Locale.ROOT, "load_ms=%.1f%nload_cpu_ms=%.1f%nfirst_extract_ms=%.1f%nfirst_extract_cpu_ms=%.1f%n"
        + "warm_extract_ms=%.2f%njson_chars=%d%n", (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6,
        (c2 - c1) / 1e6, warm / 1e6, size);
  }
}
