package io.aidfacts.bulk;

import io.aidfacts.model.Article;
import io.aidfacts.read.ReadBatch;
import io.aidfacts.read.UnreadableInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a stage (extraction) over every article of many inputs: one thread reads inputs as a
 * stream of records ({@link ArchiveReader}), N worker threads parse and process them, and the
 * calling thread writes results to a {@link ResultSink}, errors to an {@link ErrorReport},
 * and finished inputs to a {@link ResumeJournal}.
 *
 * <p>Memory stays flat however large the archive: the reader may run ahead of the writer by
 * a bounded window of in-flight records, weighted by their size (one unit per started 64 KB),
 * and blocks when the window is full (back-pressure). Output is in input order unless built
 * {@code unordered}, in which case results are written as they finish; the journal needs
 * input order, since only then does a finished input mark a clean cut in the output.
 *
 * <p>A bad input, record or article costs only itself: each becomes one error line naming it.
 * An error writing the output (disk full) stops the run and the output is abandoned.
 * A runner is immutable; each {@link #run} uses its own threads.
 */
public final class BulkRunner {

  /** What is done with each article, on a worker thread; must be thread-safe. */
  public interface Stage<T> {
    /** The result for one article, or null to leave it out of the output (it still counts as ok). */
    T process(Article article) throws Exception;

    /** Aid facts in a result, for the summary. */
    default int facts(T result) {
      return 0;
    }
  }

  /** Size of one window unit: a record of up to this many bytes takes one place. */
  static final int UNIT_BYTES = 64 * 1024;

  private final int threads;
  private final boolean ordered;
  private final int window;
  private final long commitIntervalNanos;

  private BulkRunner(Builder b) {
    this.threads = b.threads;
    this.ordered = b.ordered;
    this.window = b.window;
    this.commitIntervalNanos = TimeUnit.MILLISECONDS.toNanos(b.commitIntervalMillis);
  }

  public static Builder builder() {
    return new Builder();
  }

  public int threads() {
    return threads;
  }

  /**
   * Processes every input not already done according to {@code journal}.
   *
   * @param journal records finished inputs, or null (no resume)
   * @throws IOException if the output or errors cannot be written; nothing is committed then
   */
  public <R> BulkSummary run(List<Input> inputs, Stage<R> stage, ResultSink<? super R> sink,
      ErrorReport errors, ResumeJournal journal, TerminalProgress.Listener progress)
      throws IOException, InterruptedException {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(errors, "errors");
    if (journal != null && !ordered) {
      throw new IllegalArgumentException("a resumable run must write in input order: drop unordered");
    }
    return new Run<R>(inputs, stage, sink, errors, journal, progress == null ? TerminalProgress.NONE : progress).run();
  }

  private final class Run<R> {
    private final List<Input> inputs;
    private final Stage<R> stage;
    private final ResultSink<? super R> sink;
    private final ErrorReport errors;
    private final ResumeJournal journal;
    private final TerminalProgress.Listener progress;
    private final Semaphore permits = new Semaphore(window);
    private final BlockingQueue<CompletableFuture<Item>> queue = new LinkedBlockingQueue<>();
    private final AtomicLong bytesRead = new AtomicLong();
    private final List<ResumeJournal.Entry> pending = new ArrayList<>();
    private ExecutorService workers;
    private long written;
    private long withoutOutput;
    private long failed;
    private long facts;
    private long inputsDone;
    private long inputsSkipped;
    private long lastCommit = System.nanoTime();

    Run(List<Input> inputs, Stage<R> stage, ResultSink<? super R> sink, ErrorReport errors,
        ResumeJournal journal, TerminalProgress.Listener progress) {
      this.inputs = List.copyOf(inputs);
      this.stage = stage;
      this.sink = sink;
      this.errors = errors;
      this.journal = journal;
      this.progress = progress;
    }

    BulkSummary run() throws IOException, InterruptedException {
      long start = System.nanoTime();
      workers = Executors.newFixedThreadPool(threads, daemon("aidfacts-worker-"));
      Thread reader = daemon("aidfacts-reader").newThread(this::readAll);
      reader.start();
      boolean ok = false;
      try {
        write();
        ok = true;
      } finally {
        if (!ok) {
          reader.interrupt();
          workers.shutdownNow();
        } else {
          workers.shutdown();
        }
        progress.close();
      }
      reader.join();
      return new BulkSummary(inputs.size() - inputsSkipped, inputsSkipped, written, withoutOutput, failed,
          facts, bytesRead.get(), System.nanoTime() - start);
    }

    // ---- reading thread ----

    private void readAll() {
      long submitted = 0;
      Throwable failure = null;
      try {
        for (Input in : inputs) {
          if (journal != null && journal.isDone(in.name())) {
            queue.put(CompletableFuture.completedFuture(new Skipped()));
            continue;
          }
          InputState state = new InputState(in.name());
          Counter counter = new Counter();
          ArchiveReader.read(in, new ArchiveReader.Visitor() {
            @Override
            public void record(ArchiveRecord r) throws InterruptedException {
              int weight = Math.min(window, 1 + r.bytes().length / UNIT_BYTES);
              permits.acquire(weight);
              state.outstanding.incrementAndGet();
              counter.n++;
              CompletableFuture<Item> f = CompletableFuture.supplyAsync(() -> process(state, r, weight), workers);
              if (ordered) {
                queue.put(f);
              } else {
                f.whenComplete((item, ex) -> queue.add(f));
              }
            }

            @Override
            public void error(String source, String reason) throws InterruptedException {
              permits.acquire(1);
              state.outstanding.incrementAndGet();
              counter.n++;
              queue.put(CompletableFuture.completedFuture(
                  new Done(state, List.of(), List.of(new Failure(source, reason)), 0, 0, 1)));
            }
          }, bytesRead);
          submitted += counter.n;
          queue.put(CompletableFuture.completedFuture(new End(state)));
        }
      } catch (InterruptedException e) {
        failure = e;
      } catch (RuntimeException | Error e) {
        failure = e;
      } finally {
        queue.add(CompletableFuture.completedFuture(new Finish(submitted, failure)));
      }
    }

    private Item process(InputState state, ArchiveRecord r, int weight) {
      List<Failure> failures = new ArrayList<>(0);
      List<Object> results = new ArrayList<>(1);
      int left = 0;
      int found = 0;
      ReadBatch batch;
      try {
        batch = r.read();
      } catch (RuntimeException | StackOverflowError e) {
        batch = ReadBatch.failed(new UnreadableInputException(r.source(), "cannot read: " + e, e));
      }
      for (UnreadableInputException e : batch.errors()) {
        failures.add(new Failure(e.source(), e.reason()));
      }
      for (Article a : batch.articles()) {
        try {
          R result = stage.process(a);
          if (result == null) {
            left++;
          } else {
            results.add(result);
            found += stage.facts(result);
          }
        } catch (Exception | StackOverflowError e) {
          failures.add(new Failure(r.source(), "article '" + a.id() + "': extraction failed: " + e));
        }
      }
      return new Done(state, results, failures, left, found, weight);
    }

    // ---- writing thread (the caller) ----

    @SuppressWarnings("unchecked")
    private void write() throws IOException, InterruptedException {
      long handled = 0;
      Finish finish = null;
      while (finish == null || handled < finish.submitted()) {
        CompletableFuture<Item> f = queue.poll(200, TimeUnit.MILLISECONDS);
        if (f == null) {
          report();
          continue;
        }
        Item item;
        try {
          item = f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
        if (item instanceof Finish fin) {
          if (fin.failure() instanceof InterruptedException ie) {
            throw ie;
          }
          if (fin.failure() != null) {
            throw new IllegalStateException("reading inputs failed: " + fin.failure(), fin.failure());
          }
          finish = fin;
        } else if (item instanceof Skipped) {
          inputsSkipped++;
        } else if (item instanceof End end) {
          end.state().ended = true;
          completeIfDone(end.state());
        } else if (item instanceof Done done) {
          handled++;
          for (Object r : done.results()) {
            sink.write((R) r);
          }
          for (Failure x : done.failures()) {
            errors.report(x.source(), x.reason());
          }
          written += done.results().size();
          withoutOutput += done.withoutOutput();
          failed += done.failures().size();
          facts += done.facts();
          permits.release(done.weight());
          done.state().outstanding.decrementAndGet();
          completeIfDone(done.state());
        }
        maybeCommit(false);
        report();
      }
      maybeCommit(true);
      sink.commit();
      errors.commit();
      report();
    }

    private void completeIfDone(InputState s) {
      if (s.ended && s.outstanding.get() == 0 && !s.completed) {
        s.completed = true;
        inputsDone++;
        if (journal != null) {
          pending.add(new ResumeJournal.Entry(s.name, sink.position(), errors.position()));
        }
      }
    }

    private void maybeCommit(boolean force) throws IOException {
      if (journal == null || pending.isEmpty()) {
        return;
      }
      long now = System.nanoTime();
      if (!force && now - lastCommit < commitIntervalNanos) {
        return;
      }
      // output and errors first: the journal must never vouch for bytes not on disk
      sink.sync();
      errors.sync();
      journal.append(pending);
      pending.clear();
      lastCommit = now;
    }

    private void report() {
      progress.update(bytesRead.get(), inputsDone + inputsSkipped, written + withoutOutput, failed);
    }
  }

  private static final class Counter {
    long n;
  }

  private static final class InputState {
    final String name;
    final AtomicInteger outstanding = new AtomicInteger();
    boolean ended;
    boolean completed;

    InputState(String name) {
      this.name = name;
    }
  }

  private sealed interface Item permits Done, End, Finish, Skipped {}

  private record Done(InputState state, List<?> results, List<Failure> failures, int withoutOutput,
      int facts, int weight) implements Item {}

  private record End(InputState state) implements Item {}

  private record Skipped() implements Item {}

  private record Finish(long submitted, Throwable failure) implements Item {}

  private record Failure(String source, String reason) {}

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + (prefix.endsWith("-") ? n.incrementAndGet() : ""));
      t.setDaemon(true);
      return t;
    };
  }

  /** Configures a runner. */
  public static final class Builder {
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean ordered = true;
    private int window = 512;
    private long commitIntervalMillis = 1000;

    private Builder() {}

    /** Worker threads (default: all cores). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Whether output keeps input order (default true); false writes results as they finish. */
    public Builder ordered(boolean ordered) {
      this.ordered = ordered;
      return this;
    }

    /** In-flight window in units of 64 KB of input (default 512, i.e. 32 MB). */
    public Builder window(int units) {
      if (units < 1) {
        throw new IllegalArgumentException("window must be at least 1 unit, got " + units);
      }
      this.window = units;
      return this;
    }

    /** How often finished inputs are made durable in the journal (default 1000 ms; 0: each input). */
    public Builder commitIntervalMillis(long millis) {
      if (millis < 0) {
        throw new IllegalArgumentException("commit interval must not be negative, got " + millis);
      }
      this.commitIntervalMillis = millis;
      return this;
    }

    public BulkRunner build() {
      return new BulkRunner(this);
    }
  }
}
