package io.aidfacts.index;

import java.io.IOException;

/** An index this build cannot read: another schema version, or not an aidfacts index at all. */
public final class IncompatibleIndexException extends IOException {

  private static final long serialVersionUID = 1L;

  public IncompatibleIndexException(String message) {
    super(message);
  }
}
