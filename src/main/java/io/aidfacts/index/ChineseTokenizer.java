package io.aidfacts.index;

import io.aidfacts.segment.Segmenter;
import io.aidfacts.segment.Token;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;
import org.apache.lucene.util.AttributeFactory;

/**
 * Words of Chinese text by the project's {@link Segmenter} (HanLP), sentence by sentence, in the
 * manner of smartcn's {@code HMMChineseTokenizer}. Offsets are exact: each token's offsets are
 * the segmenter's spans in the sentence, shifted by the sentence's position in the input and
 * passed through {@link #correctOffset(int)}, so highlighting through char filters points at
 * the original characters (the HanLP Lucene plugins are known for getting this wrong).
 *
 * <p>Tokens without a letter or digit (punctuation, symbols) are left out.
 */
public final class ChineseTokenizer extends SegmentingTokenizerBase {

  /** Token type of every word. */
  public static final String WORD_TYPE = "word";

  private static final BreakIterator SENTENCE_PROTO = BreakIterator.getSentenceInstance(Locale.ROOT);

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final Segmenter segmenter;

  private List<Token> tokens = List.of();
  private int next;
  private int sentenceStart;

  public ChineseTokenizer(Segmenter segmenter) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, segmenter);
  }

  public ChineseTokenizer(AttributeFactory factory, Segmenter segmenter) {
    super(factory, (BreakIterator) SENTENCE_PROTO.clone());
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  @Override
  protected void setNextSentence(int start, int end) {
    sentenceStart = start;
    tokens = segmenter.segment(new String(buffer, start, end - start));
    next = 0;
  }

  @Override
  protected boolean incrementWord() {
    while (next < tokens.size()) {
      Token t = tokens.get(next++);
      if (!hasLetterOrDigit(t.word())) {
        continue;
      }
      clearAttributes();
      termAtt.setEmpty().append(t.word());
      int base = offset + sentenceStart;
      offsetAtt.setOffset(correctOffset(base + t.start()), correctOffset(base + t.end()));
      typeAtt.setType(WORD_TYPE);
      return true;
    }
    return false;
  }

  // The base class only cuts its 1024-char buffer at line breaks; Chinese text often runs
  // longer than that without one, so sentence and clause ends are safe cut points too.
  // Cutting elsewhere could split a word (or a surrogate pair) in two.
  @Override
  protected boolean isSafeEnd(char ch) {
    switch (ch) {
      case '。':
      case '！':
      case '？':
      case '；':
      case '，':
      case '!':
      case '?':
      case ';':
        return true;
      default:
        return super.isSafeEnd(ch);
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    tokens = List.of();
    next = 0;
    sentenceStart = 0;
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
