package io.aidfacts.bulk;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error (me.tongfei:progressbar): input read (KB or MB) with its rate and,
 * when the total size is known, the ETA; inputs and articles done as its message. Shown only
 * when standard error is a terminal, so logs and pipes stay clean.
 */
public final class TerminalProgress implements AutoCloseable {

  /** Receives the runner's counts, from its writing thread. */
  public interface Listener {
    void update(long bytesRead, long inputsDone, long articles, long failed);

    default void close() {}
  }

  public static final Listener NONE = (b, i, a, f) -> {};

  private final ProgressBar bar;
  private final long inputs;
  private long lastNanos;

  private TerminalProgress(long totalBytes, long inputs, PrintStream err) {
    this.inputs = inputs;
    this.bar = new ProgressBarBuilder()
        .setTaskName("extract")
        .setInitialMax(totalBytes > 0 ? totalBytes : -1)
        // MB for archives, KB for a few files, so the bar does not read 0/0
        .setUnit(totalBytes > 0 && totalBytes < 16L << 20 ? " KB" : " MB", totalBytes > 0 && totalBytes < 16L << 20 ? 1 << 10 : 1 << 20)
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .build();
  }

  /**
   * A listener drawing the bar, or {@link #NONE} when {@code quiet} or standard error is not
   * a terminal.
   *
   * @param totalBytes the inputs' total size, or -1 when unknown (standard input)
   */
  public static Listener create(long totalBytes, long inputs, boolean quiet) {
    if (quiet || !stderrIsTerminal()) {
      return NONE;
    }
    TerminalProgress p = new TerminalProgress(totalBytes, inputs, System.err);
    return new Listener() {
      @Override
      public void update(long bytesRead, long inputsDone, long articles, long failed) {
        p.update(bytesRead, inputsDone, articles, failed);
      }

      @Override
      public void close() {
        p.close();
      }
    };
  }

  /** Whether standard error is a terminal (Linux: fd 2 is a tty device; elsewhere: a console). */
  public static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // not Linux: fall through
    }
    return System.console() != null;
  }

  void update(long bytesRead, long inputsDone, long articles, long failed) {
    long now = System.nanoTime();
    if (now - lastNanos < 100_000_000L) {
      return;
    }
    lastNanos = now;
    bar.stepTo(bytesRead);
    // the bar prints its message right after the rate: the leading space keeps them apart
    bar.setExtraMessage(" " + inputsDone + "/" + inputs + " inputs, " + articles + " articles, " + failed + " failed");
  }

  @Override
  public void close() {
    bar.close();
  }
}
