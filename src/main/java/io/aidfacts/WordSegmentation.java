package io.aidfacts;

import io.aidfacts.model.CharSpan;
import io.aidfacts.model.NormalizedText;
import io.aidfacts.read.TextNormalizer;
import io.aidfacts.segment.HanlpLexicon;
import io.aidfacts.segment.Segmenter;
import io.aidfacts.segment.Segmenters;
import io.aidfacts.segment.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Text cut into words the way the pipeline sees it: normalized (so full-width digits and
 * traditional characters segment like their plain forms), segmented, and mapped back, so the
 * words are the original characters. Every non-space character belongs to exactly one word;
 * white space only separates words. Thread-safe when its segmenter is.
 */
public final class WordSegmentation {

  private final Segmenter segmenter;
  private final boolean normalize;

  /**
   * @param normalize whether to segment the normalized view (as extraction does) or the raw
   *     text (as a baseline segmenter is used on its own)
   */
  public WordSegmentation(Segmenter segmenter, boolean normalize) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.normalize = normalize;
  }

  /** The library's own segmentation, the one {@link AidFacts} runs by default. */
  public static WordSegmentation standard() {
    return new WordSegmentation(AidFacts.standardSegmenter(HanlpLexicon.EMPTY), true);
  }

  /** The names {@link #named} knows: the library's own and the baselines. */
  public static final List<String> NAMES = List.of("aidfacts", "hanlp", "smartcn");

  /**
   * A segmentation by name: {@code aidfacts} (the library's own), {@code hanlp} (HanLP
   * portable's default {@code HanLP.segment} on the raw text) or {@code smartcn} (Lucene's
   * SmartChineseAnalyzer tokenizer on the raw text).
   */
  public static WordSegmentation named(String name) {
    return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "aidfacts" -> standard();
      case "hanlp" -> new WordSegmentation(Segmenters.hanlpDefault(), false);
      case "smartcn" -> new WordSegmentation(Segmenters.smartcn(), false);
      default -> throw new IllegalArgumentException(
          "unknown segmenter '" + name + "': use one of " + String.join(", ", NAMES));
    };
  }

  /** The words of {@code text} as spans into it, in order, covering every non-space char. */
  public List<CharSpan> words(String text) {
    int n = text.length();
    BitSet cuts = new BitSet(n + 1);
    if (normalize) {
      NormalizedText view = TextNormalizer.normalize(text);
      for (Token t : segmenter.segment(view.text())) {
        CharSpan s = view.toOriginal(t.start(), t.end());
        cuts.set(s.start());
        cuts.set(s.end());
      }
    } else {
      for (Token t : segmenter.segment(text)) {
        cuts.set(t.start());
        cuts.set(t.end());
      }
    }
    List<CharSpan> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean space = i < n && Character.isWhitespace(text.charAt(i));
      // Never cut between the two halves of a surrogate pair.
      boolean cut = i == n || space
          || cuts.get(i) && !Character.isLowSurrogate(text.charAt(i));
      if (cut && start >= 0) {
        out.add(new CharSpan(start, i));
        start = -1;
      }
      if (!space && i < n && start < 0) {
        start = i;
      }
    }
    return out;
  }

  /** {@code line} as its words separated by single spaces, characters unchanged. */
  public String spaced(String line) {
    StringBuilder b = new StringBuilder(line.length() + line.length() / 2);
    for (CharSpan w : words(line)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(line, w.start(), w.end());
    }
    return b.toString();
  }
}
