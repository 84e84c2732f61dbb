package io.aidfacts.bulk;

import java.util.Locale;

/**
 * What a bulk run did. Every article read is counted once: written to the output
 * ({@code written}), left out by the stage (facts only, and none found: {@code withoutOutput}),
 * or reported as failed together with the inputs and records that could not be read
 * ({@code failed}).
 *
 * @param inputs inputs read in this run
 * @param inputsSkipped inputs skipped because a journal lists them as done
 * @param written articles written to the output
 * @param withoutOutput articles read and analysed that the stage left out of the output
 * @param failed error lines: bad inputs, bad records, articles whose extraction failed
 * @param facts aid facts in the written articles
 * @param bytes raw input bytes read
 * @param nanos wall time of the run
 */
public record BulkSummary(long inputs, long inputsSkipped, long written, long withoutOutput, long failed,
    long facts, long bytes, long nanos) {

  public long articlesOk() {
    return written + withoutOutput;
  }

  public double seconds() {
    return nanos / 1e9;
  }

  public double articlesPerSecond() {
    return nanos == 0 ? 0 : articlesOk() / seconds();
  }

  public double megabytesPerSecond() {
    return nanos == 0 ? 0 : bytes / 1048576.0 / seconds();
  }

  /** The one summary line: {@code 25 inputs, 26 articles ok, 0 failed, 40 facts in 3.1 s (8.4 articles/s, 0.1 MB/s)}. */
  public String line() {
    StringBuilder sb = new StringBuilder();
    sb.append(inputs).append(inputs == 1 ? " input" : " inputs");
    if (inputsSkipped > 0) {
      sb.append(" (").append(inputsSkipped).append(" done earlier, skipped)");
    }
    sb.append(", ").append(articlesOk()).append(" articles ok");
    if (withoutOutput > 0) {
      sb.append(" (").append(written).append(" with facts written)");
    }
    sb.append(", ").append(failed).append(" failed, ").append(facts).append(" facts in ")
        .append(String.format(Locale.ROOT, "%.1f s (%.1f articles/s, %.2f MB/s)", seconds(),
            articlesPerSecond(), megabytesPerSecond()));
    return sb.toString();
  }
}
