package io.aidfacts.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Analyzer for names of donors, recipients and places: folded by
 * {@link ChineseFoldingCharFilter}, then character bigrams by {@link NameTokenizer}, so a
 * search for any part of a name ({@code 大连市委}) finds it, in simplified or traditional,
 * full- or half-width form. Aliases ({@code 民盟} = 中国民主同盟) are expanded before analysis
 * by {@link OrgAliases}, on both the indexed and the searched names. Thread-safe.
 */
public final class NameAnalyzer extends Analyzer {

  /** Between two values of one field, so no phrase matches across names. */
  public static final int POSITION_GAP = 100;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new NameTokenizer();
    return new TokenStreamComponents(source);
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
    return new org.apache.lucene.analysis.LowerCaseFilter(in);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return POSITION_GAP;
  }
}
