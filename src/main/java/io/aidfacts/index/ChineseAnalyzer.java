package io.aidfacts.index;

import io.aidfacts.segment.Segmenter;
import io.aidfacts.segment.Segmenters;
import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Analyzer for Chinese text (titles, bodies, evidence, free-text queries): full-width and
 * traditional forms folded by {@link ChineseFoldingCharFilter}, words by
 * {@link ChineseTokenizer}, Latin letters lower-cased. {@code 捐贈} and {@code 捐赠} give the
 * same terms. Thread-safe, like every Lucene analyzer; the default segmenter is shared.
 */
public final class ChineseAnalyzer extends Analyzer {

  private final Segmenter segmenter;

  // Holder idiom: HanLP loads its dictionaries on first use, once per JVM.
  private static final class DefaultSegmenterHolder {
    static final Segmenter SEGMENTER = Segmenters.forSearch();
  }

  /**
   * With HanLP's dictionary words and no name recognizers ({@link Segmenters#forSearch()}):
   * faster, and a word segments the same in a query as in the text.
   */
  public ChineseAnalyzer() {
    this(DefaultSegmenterHolder.SEGMENTER);
  }

  public ChineseAnalyzer(Segmenter segmenter) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new ChineseTokenizer(segmenter);
    TokenStream result = new LowerCaseFilter(source);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ChineseFoldingCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new ChineseFoldingCharFilter(reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
