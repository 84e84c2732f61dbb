package io.aidfacts.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines ({@code \n}, {@code \r\n}) from a stream without ever holding more than
 * the longest allowed line: a longer line is skipped to its end, unread, and reported as
 * too long, so one 200 MB line costs only itself. Bytes, not chars: each line is decoded on
 * its own later, so a badly encoded line cannot spoil its neighbours. Not thread-safe.
 */
public final class LineReader {

  /** What {@link #next()} found: a line (bytes, or null if too long) and its 1-based number. */
  public record Line(long number, byte[] bytes, long length) {
    public boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private long number;
  private boolean eof;

  public LineReader(InputStream in, int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
    }
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line without its terminator, or null at the end of the stream. */
  public Line next() throws IOException {
    if (eof && pos >= end) {
      return null;
    }
    byte[] line = new byte[Math.min(256, maxBytes)];
    int len = 0;
    long total = 0;
    boolean any = false;
    while (true) {
      if (pos >= end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          eof = true;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int stop = nl < 0 ? end : nl;
      int n = stop - pos;
      if (line != null) {
        if (total + n > maxBytes) {
          line = null;
        } else {
          if (len + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(len + n, 2L * line.length)));
          }
          System.arraycopy(buf, pos, line, len, n);
          len += n;
        }
      }
      total += n;
      pos = stop;
      if (nl >= 0) {
        pos = nl + 1;
        break;
      }
    }
    number++;
    if (line == null) {
      return new Line(number, null, total);
    }
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    return new Line(number, Arrays.copyOf(line, len), len);
  }
}
