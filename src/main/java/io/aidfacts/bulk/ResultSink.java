package io.aidfacts.bulk;

import java.io.IOException;

/**
 * Where a bulk run's results go, in the order the runner hands them over (one thread calls
 * it). A sink that can resume reports a durable position for the journal.
 */
public interface ResultSink<T> extends AutoCloseable {

  void write(T result) throws IOException;

  /** The position after everything written, as {@link #sync()} will make durable; -1 if untracked. */
  default long position() {
    return -1;
  }

  /** Makes everything written so far durable (called before the journal records it). */
  default void sync() throws IOException {}

  /** The run finished: complete the output (an atomic file is moved into place). */
  void commit() throws IOException;

  /** Called always, last; after a failure without {@link #commit()}, abandons the output. */
  @Override
  void close() throws IOException;
}
