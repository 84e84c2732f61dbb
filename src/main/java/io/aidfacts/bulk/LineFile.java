package io.aidfacts.bulk;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A file of lines that a crash cannot corrupt, in one of two ways:
 * <ul>
 *   <li>{@link #atomic}: written to a temporary file beside the target and moved over it only
 *       by {@link #commit()}; until then an earlier file of that name stays as it was, and
 *       after a crash only the temporary file (named {@code .NAME.*.part}) remains;
 *   <li>{@link #resumable}: appended in place after cutting it back to the last durable
 *       position a journal recorded, so lines written after that (possibly torn) are dropped;
 *       {@link #sync()} makes what was written durable and returns its length.
 * </ul>
 * A target ending in {@code .gz} is gzip-compressed (atomic mode only). Not thread-safe.
 */
public final class LineFile implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream out;
  private long position;
  private boolean closed;

  private LineFile(Path target, Path temp, FileChannel channel, boolean gzip) throws IOException {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.position = channel.position();
    OutputStream s = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    this.out = gzip ? new BufferedOutputStream(new GZIPOutputStream(s, 1 << 16), 1 << 16) : s;
  }

  public static LineFile atomic(Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
    FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    return new LineFile(abs, temp, ch, isGzip(abs));
  }

  /** Opens {@code target} to append at {@code from}, cutting off anything after it. */
  public static LineFile resumable(Path target, long from) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    if (isGzip(abs)) {
      throw new IllegalArgumentException("cannot resume into a gzip file (" + abs
          + "): write plain .jsonl when resuming and compress it afterwards");
    }
    Files.createDirectories(abs.getParent());
    FileChannel ch = FileChannel.open(abs, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    if (from < 0 || from > ch.size()) {
      ch.close();
      throw new IOException(abs + " is " + Files.size(abs) + " bytes, shorter than the " + from
          + " its resume journal recorded: it was changed since; delete the journal to start again");
    }
    ch.truncate(from);
    ch.position(from);
    return new LineFile(abs, null, ch, false);
  }

  static boolean isGzip(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  public Path target() {
    return target;
  }

  public void write(byte[] line) throws IOException {
    out.write(line);
    out.write('\n');
    position += line.length + 1;
  }

  /** Bytes written so far (uncompressed), the position a journal records. */
  public long position() {
    return position;
  }

  /** Flushes and forces what was written to the disk. */
  public void sync() throws IOException {
    out.flush();
    channel.force(false);
  }

  /** Completes the file: durable, and (atomic mode) moved over the target. */
  public void commit() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    out.flush();
    out.close();  // finishes gzip, closes the channel
    if (temp != null) {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Gives up: the temporary file is deleted (atomic), or what was written is left for resume. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      // the file is being abandoned; its content no longer matters
    }
    if (temp != null) {
      Files.deleteIfExists(temp);
    }
  }
}
