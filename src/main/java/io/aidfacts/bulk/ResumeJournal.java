package io.aidfacts.bulk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The record of which inputs a run has finished, kept beside its output
 * ({@code OUTPUT.journal}) so that {@code --resume} skips them.
 *
 * <p>Each line is {@code done<TAB>outputBytes<TAB>errorsBytes<TAB>input} and is appended,
 * and forced to disk, only after the output and errors files were forced to disk up to those
 * lengths. A resumed run cuts both files back to the last complete line's lengths, dropping
 * whatever a killed run wrote after it (possibly half a line), and skips the inputs listed:
 * every article ends up in the output exactly once. A torn last journal line (a kill while
 * writing it) is ignored, which only means its input is read again.
 */
public final class ResumeJournal implements AutoCloseable {

  /** One finished input and the lengths of output and errors right after its last line. */
  public record Entry(String input, long outputBytes, long errorBytes) {}

  private final Path path;
  private final Set<String> done;
  private final long outputBytes;
  private final long errorBytes;
  private FileChannel channel;

  private ResumeJournal(Path path, Set<String> done, long outputBytes, long errorBytes) {
    this.path = path;
    this.done = done;
    this.outputBytes = outputBytes;
    this.errorBytes = errorBytes;
  }

  /** The journal file for an output. */
  public static Path pathFor(Path output) {
    Path abs = output.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + ".journal");
  }

  /** Reads the journal beside {@code output}, if any; an absent one means nothing is done yet. */
  public static ResumeJournal open(Path output) throws IOException {
    Path path = pathFor(output);
    Set<String> done = new HashSet<>();
    long out = 0;
    long err = 0;
    if (Files.exists(path)) {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      int start = 0;
      int lineNo = 0;
      for (int nl = text.indexOf('\n'); nl >= 0; start = nl + 1, nl = text.indexOf('\n', start)) {
        lineNo++;
        String[] f = text.substring(start, nl).split("\t", 4);
        if (f.length != 4 || !f[0].equals("done")) {
          throw new IOException(path + ":" + lineNo + ": not a resume journal line; delete the journal"
              + " (and the output) to start again");
        }
        out = Long.parseLong(f[1]);
        err = Long.parseLong(f[2]);
        done.add(f[3]);
      }
      if (start < text.length()) {
        // torn last line from a kill: cut it so appends start on a line of their own
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
          ch.truncate(text.substring(0, start).getBytes(StandardCharsets.UTF_8).length);
        }
      }
    }
    return new ResumeJournal(path, done, out, err);
  }

  public Path path() {
    return path;
  }

  public boolean isDone(String input) {
    return done.contains(input);
  }

  public int doneCount() {
    return done.size();
  }

  /** Length of the output the journal vouches for; the resumed output is cut back to it. */
  public long outputBytes() {
    return outputBytes;
  }

  public long errorBytes() {
    return errorBytes;
  }

  /** Appends finished inputs and forces them to disk. Call only after the output was synced. */
  public void append(List<Entry> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    if (channel == null) {
      channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    }
    StringBuilder sb = new StringBuilder(entries.size() * 80);
    for (Entry e : entries) {
      if (e.input().indexOf('\n') >= 0 || e.input().indexOf('\t') >= 0) {
        throw new IllegalArgumentException("input name with a tab or line break cannot be journaled: " + e.input());
      }
      sb.append("done\t").append(e.outputBytes()).append('\t').append(e.errorBytes()).append('\t')
          .append(e.input()).append('\n');
    }
    ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      channel.write(buf);
    }
    channel.force(false);
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
