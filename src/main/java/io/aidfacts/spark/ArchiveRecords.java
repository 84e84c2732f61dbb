package io.aidfacts.spark;

import io.aidfacts.bulk.ArchiveReader;
import io.aidfacts.bulk.ArchiveRecord;
import io.aidfacts.spark.Extraction.Parsed;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * The articles of one input, as an iterator Spark can pull while it writes them to the
 * shuffle: the bulk engine's {@link ArchiveReader} (gzip, zip, JSON Lines, WARC, documents)
 * pushes records on a reader thread into a small queue, so a multi-gigabyte archive never has
 * more than a few records in memory. Records are decoded and parsed on the pulling thread.
 */
final class ArchiveRecords implements Iterator<Parsed>, AutoCloseable {

  private static final int QUEUE = 16;

  /** What the reader thread hands over: a record, an error, or the end. */
  private record Item(ArchiveRecord record, String source, String reason, boolean end) {}

  private static final Item END = new Item(null, null, null, true);

  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
  private final ArrayDeque<Parsed> ready = new ArrayDeque<>();
  private final String input;
  private final Thread reader;
  private boolean ended;

  /**
   * Starts reading.
   *
   * @param input the input's path, which names it in errors
   * @param open opens the input's bytes; closed when the input is read
   */
  ArchiveRecords(String input, Supplier<InputStream> open) {
    this.input = input;
    String fileName = Extraction.fileName(input);
    this.reader = new Thread(() -> produce(fileName, open), "aidfacts-archive-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void produce(String fileName, Supplier<InputStream> open) {
    try {
      try (InputStream in = open.get()) {
        ArchiveReader.read(input, fileName, in, new ArchiveReader.Visitor() {
          @Override
          public void record(ArchiveRecord r) throws InterruptedException {
            queue.put(new Item(r, null, null, false));
          }

          @Override
          public void error(String source, String reason) throws InterruptedException {
            queue.put(new Item(null, source, reason, false));
          }
        });
      } catch (InterruptedException e) {
        return; // the task was abandoned: nobody reads what is left
      } catch (RuntimeException | java.io.IOException e) {
        queue.put(new Item(null, input, "cannot read: " + e, false));
      }
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !ended) {
      Item item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted while reading " + input, e);
      }
      if (item.end()) {
        ended = true;
      } else if (item.record() == null) {
        ready.add(new Parsed(null, Outcome.failed(item.source(), item.reason())));
      } else {
        ready.addAll(Extraction.parse(input, item.record()));
      }
    }
    return !ready.isEmpty();
  }

  @Override
  public Parsed next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + input);
    }
    return ready.poll();
  }

  /** Stops the reader thread, if it still runs (a task that was killed or failed). */
  @Override
  public void close() {
    reader.interrupt();
  }
}
