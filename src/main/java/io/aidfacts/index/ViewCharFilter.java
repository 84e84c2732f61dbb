package io.aidfacts.index;

import io.aidfacts.model.NormalizedText;
import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads the normalized view of an article body (glosses and stray spaces dropped, script and
 * width folded) and maps offsets back into the body as read, so body tokens highlight the
 * original characters. A token that ends just before dropped text ends where the next kept
 * character starts.
 */
final class ViewCharFilter extends CharFilter {

  private final NormalizedText view;

  ViewCharFilter(NormalizedText view) {
    super(new StringReader(view.text()));
    this.view = view;
  }

  @Override
  protected int correct(int currentOff) {
    int n = view.text().length();
    if (currentOff >= n) {
      return view.original().length();
    }
    return view.toOriginal(currentOff, currentOff).start();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    return input.read(cbuf, off, len);
  }
}
