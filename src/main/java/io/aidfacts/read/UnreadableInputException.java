package io.aidfacts.read;

/**
 * An input that cannot be read as an article. The message is one line naming the input and
 * the problem, suitable for a batch's error report.
 */
public final class UnreadableInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String reason;

  public UnreadableInputException(String source, String reason) {
    this(source, reason, null);
  }

  public UnreadableInputException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
    this.source = source;
    this.reason = reason;
  }

  /** The input, as the caller named it (an absolute path, {@code file.jsonl:17}, {@code -}). */
  public String source() {
    return source;
  }

  public String reason() {
    return reason;
  }
}
