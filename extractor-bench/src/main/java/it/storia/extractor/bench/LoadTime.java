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
 * Output: {@code load_ms}, {@code load_cpu_ms} (the CPU time of the process during loading less that of its JIT
 * compiler and GC threads, i.e. of the threads that load — the extractor loads its stages on two threads —: robust
 * to other load), {@code load_jit_cpu_ms} and {@code load_process_cpu_ms} (JIT threads, whole process),
 * {@code first_extract_ms}, {@code first_extract_cpu_ms} (main thread), {@code warm_extract_ms} on standard output.
 * The per-model figures are {@link LoadProfile}'s. Runs the extractions on the main thread.
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
    VmCounters v0 = VmCounters.now();
    long t0 = System.nanoTime();
    Extractor extractor = Extractor.withDefaults();
    long t1 = System.nanoTime();
    VmCounters load = VmCounters.now().minus(v0);
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
    double loaders = load.processCpuMs() - Math.max(0, load.jitThreadCpuMs()) - Math.max(0, load.gcThreadCpuMs());
    System.out.printf(Locale.ROOT, "load_ms=%.1f%nload_cpu_ms=%.1f%nload_jit_cpu_ms=%.1f%nload_process_cpu_ms=%.1f%n"
        + "first_extract_ms=%.1f%nfirst_extract_cpu_ms=%.1f%nwarm_extract_ms=%.2f%njson_chars=%d%n", (t1 - t0) / 1e6,
        loaders, load.jitThreadCpuMs(), load.processCpuMs(), (t2 - t1) / 1e6, (c2 - c1) / 1e6, warm / 1e6, size);
  }
}
