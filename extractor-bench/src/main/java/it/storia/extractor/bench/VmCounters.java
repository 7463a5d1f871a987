package it.storia.extractor.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A snapshot of the JVM's own work, to attribute the CPU of a benchmark phase: garbage-collection pauses
 * ({@link GarbageCollectorMXBean}: count and accumulated pause time), JIT compilation time
 * ({@link CompilationMXBean}), the CPU time of the whole process and — on Linux, from {@code /proc/self/task} —
 * the CPU time of the JVM's JIT compiler threads (names {@code C1/C2 CompilerThre…}) and GC threads
 * ({@code GC Thread#…}, {@code G1 …}, and the {@code VM Thread}, which runs the serial collector's collections and
 * the other safepoint operations). Subtract two snapshots with {@link #minus}.
 *
 * <p>Input: none ({@link #now()}). Output: an immutable record. Thread-safe. Threads that ended between two
 * snapshots (the JVM stops idle compiler threads) are not in the per-thread figures but are in the process CPU.
 *
 * @param gcCount collections so far
 * @param gcPauseMs accumulated collection (pause) time, ms
 * @param jitMs accumulated JIT compilation time, ms ({@code -1} when the JVM does not report it)
 * @param processCpuMs CPU time of the whole process, ms ({@code -1} when not available)
 * @param jitThreadCpuMs CPU time of the live JIT compiler threads, ms ({@code -1} without {@code /proc})
 * @param gcThreadCpuMs CPU time of the live GC threads, ms ({@code -1} without {@code /proc})
 */
record VmCounters(long gcCount, double gcPauseMs, double jitMs, double processCpuMs, double jitThreadCpuMs,
    double gcThreadCpuMs) {

  private static final Path TASKS = Path.of("/proc/self/task");
  /** Linux's clock ticks per second for {@code /proc} times (USER_HZ, 100 on every mainstream kernel). */
  private static final double TICK_MS = 10.0;

  /** The counters now. */
  static VmCounters now() {
    long count = 0;
    long pause = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      pause += Math.max(0, gc.getCollectionTime());
    }
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    double jitMs = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    double process = -1;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      long ns = os.getProcessCpuTime();
      process = ns < 0 ? -1 : ns / 1e6;
    }
    double[] threads = vmThreadsCpuMs();
    return new VmCounters(count, pause, jitMs, process, threads[0], threads[1]);
  }

  /** What happened between {@code earlier} and this snapshot. */
  VmCounters minus(VmCounters earlier) {
    return new VmCounters(gcCount - earlier.gcCount, gcPauseMs - earlier.gcPauseMs,
        diff(jitMs, earlier.jitMs), diff(processCpuMs, earlier.processCpuMs),
        diff(jitThreadCpuMs, earlier.jitThreadCpuMs), diff(gcThreadCpuMs, earlier.gcThreadCpuMs));
  }

  /** One line: GC pauses, JIT time, process CPU and the JIT / GC threads' CPU. */
  String describe() {
    return String.format(Locale.ROOT, "%d GCs, GC pauses %.0f ms; JIT compilation %s ms; process CPU %s ms,"
        + " of which JIT threads %s ms, GC threads %s ms", gcCount, gcPauseMs, ms(jitMs), ms(processCpuMs),
        ms(jitThreadCpuMs), ms(gcThreadCpuMs));
  }

  private static String ms(double v) {
    return v < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", v);
  }

  private static double diff(double a, double b) {
    return a < 0 || b < 0 ? -1 : a - b;
  }

  /** CPU ms of the live JIT compiler threads and GC threads, or {-1, -1} when /proc/self/task is missing. */
  private static double[] vmThreadsCpuMs() {
    if (!Files.isDirectory(TASKS)) {
      return new double[] {-1, -1};
    }
    long jit = 0;
    long gc = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        String name;
        String stat;
        try {
          name = Files.readString(task.resolve("comm")).strip();
          stat = Files.readString(task.resolve("stat"));
        } catch (NoSuchFileException ended) {
          continue; // the thread ended after the directory was listed: its CPU is in the process figure
        }
        long ticks = ticks(stat);
        if (name.contains("CompilerThre")) {
          jit += ticks;
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
          gc += ticks;
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + TASKS + ": " + e.getMessage(), e);
    }
    return new double[] {jit * TICK_MS, gc * TICK_MS};
  }

  /** utime + stime of a {@code /proc/.../stat} line (fields 14 and 15, counted after the command's parenthesis). */
  static long ticks(String stat) {
    int close = stat.lastIndexOf(')');
    if (close < 0) {
      throw new IllegalArgumentException("not a /proc stat line: " + stat);
    }
    String[] f = stat.substring(close + 2).trim().split(" ");
    // f[0] is field 3 (state): utime = field 14 = f[11], stime = field 15 = f[12]
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }
}
