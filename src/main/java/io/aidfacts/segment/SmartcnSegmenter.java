package io.aidfacts.segment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words of Lucene's SmartChineseAnalyzer: its {@link HMMChineseTokenizer} without the stop
 * filter, so punctuation stays a word as in segmented corpora. A baseline for evaluation.
 * Tokenizers are not thread-safe, so each thread reuses its own.
 */
final class SmartcnSegmenter implements Segmenter {

  private final ThreadLocal<Tokenizer> tokenizers = ThreadLocal.withInitial(HMMChineseTokenizer::new);

  SmartcnSegmenter() {
    tokenizers.get();
  }

  @Override
  public List<Token> segment(String text) {
    Tokenizer tok = tokenizers.get();
    List<Token> out = new ArrayList<>();
    try {
      tok.setReader(new StringReader(text));
      CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = tok.addAttribute(OffsetAttribute.class);
      tok.reset();
      while (tok.incrementToken()) {
        int start = off.startOffset();
        int end = off.endOffset();
        if (end > start && end <= text.length()) {
          // The term may be folded (full-width to ASCII); the word is the text it covers.
          out.add(new Token(text.substring(start, end), "x", start, end));
        }
      }
      tok.end();
    } catch (IOException e) {
      throw new UncheckedIOException("smartcn tokenizer failed on a string", e);
    } finally {
      try {
        tok.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
