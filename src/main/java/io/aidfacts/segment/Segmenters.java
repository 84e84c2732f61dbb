package io.aidfacts.segment;

import java.util.function.Predicate;

/**
 * The segmenters the library builds: the one extraction runs (with the entity lexicon, which
 * {@code AidFacts.standardSegmenter} supplies) and the baselines {@code eval seg} compares
 * it with.
 */
public final class Segmenters {

  private Segmenters() {}

  /**
   * What extraction runs: HanLP's dictionary segmentation with its person names (PLAIN, about
   * 4x faster than its role-tagging place and organisation recognizers) and the words of
   * {@code lexicon} kept whole, which is how the entity recognizer keeps organisation and
   * division names in one piece instead.
   */
  public static Segmenter forEntities(HanlpLexicon lexicon) {
    return new HanlpSegmenter(HanlpSegmenter.Mode.PLAIN, lexicon);
  }

  /**
   * What the search index runs ({@code io.aidfacts.index.ChineseAnalyzer}): HanLP's dictionary
   * words without any name recognizer, so text and queries segment alike (see
   * {@link HanlpSegmenter.Mode#WORDS}).
   */
  public static Segmenter forSearch() {
    return new HanlpSegmenter(HanlpSegmenter.Mode.WORDS);
  }

  /**
   * HanLP portable's own default output, {@code HanLP.segment(text)} on the whole text, with
   * no sentence splitting and no normalization: the baseline every table shows beside ours.
   */
  public static Segmenter hanlpDefault() {
    return HanlpDefaultSegmenter.INSTANCE;
  }

  /**
   * Lucene's SmartChineseAnalyzer tokenizer (the optional {@code lucene-analysis-smartcn}).
   *
   * @throws IllegalStateException if that jar is not on the classpath
   */
  public static Segmenter smartcn() {
    try {
      return new SmartcnSegmenter();
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("the smartcn baseline needs org.apache.lucene:"
          + "lucene-analysis-smartcn on the classpath (it is in the aidfacts jar; add it to "
          + "your own build to use it from the library)", e);
    }
  }

  /** Whether HanLP's core dictionary has the word: the default vocabulary for OOV recall. */
  public static Predicate<String> hanlpCoreDictionary() {
    HanlpRuntime.init();
    return HanlpDefaultSegmenter::inCoreDictionary;
  }

  /**
   * Whether HanLP's core dictionary tags the word as a place ({@code ns}): countries and
   * foreign cities the entity recognizer needs inside longer words ({@code 德国人}).
   */
  public static Predicate<String> hanlpPlaceWord() {
    HanlpRuntime.init();
    return HanlpDefaultSegmenter::isCorePlace;
  }
}
