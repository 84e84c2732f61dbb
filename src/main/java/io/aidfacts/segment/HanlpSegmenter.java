package io.aidfacts.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.aidfacts.model.CharSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Segmentation by HanLP portable's Viterbi segmenter, sentence by sentence, with exact offsets.
 *
 * <p>HanLP keeps its configuration in global static state; {@link HanlpRuntime} sets it once
 * and each instance here configures its own {@code Segment} at construction, before it is
 * shared. One instance is safe to use from many threads (measured: identical output on two
 * threads, see the README).
 */
public final class HanlpSegmenter implements Segmenter {

  /** What HanLP recognizes on top of the dictionary. */
  public enum Mode {
    /** Dictionary and bigram model only, as {@code HanLP.segment}: the fastest. */
    PLAIN,
    /** With HanLP's person, place and organisation role-tagging recognizers. */
    NAMES,
    /**
     * Dictionary words only, with every name recognizer off (HanLP's default segment tags
     * person names): a word then segments the same way whatever surrounds it, which search
     * needs, since a query is segmented without the context its words have in the text.
     */
    WORDS
  }

  private final Segment segment;

  public HanlpSegmenter(Mode mode) {
    this(mode, HanlpLexicon.EMPTY);
  }

  /**
   * A segmenter that also keeps the lexicon's words whole, with the lexicon's tags. The words
   * go into a dictionary of this instance only, so other pipelines and plain {@code HanLP}
   * calls in the same JVM are not affected.
   */
  public HanlpSegmenter(Mode mode, HanlpLexicon lexicon) {
    HanlpRuntime.init();
    Segment s = HanLP.newSegment();
    if (mode == Mode.NAMES) {
      s.enableOrganizationRecognize(true).enablePlaceRecognize(true).enableNameRecognize(true);
    } else if (mode == Mode.WORDS) {
      s.enableNameRecognize(false).enableTranslatedNameRecognize(false)
          .enableJapaneseNameRecognize(false).enablePlaceRecognize(false)
          .enableOrganizationRecognize(false);
    }
    if (!lexicon.isEmpty()) {
      s.enableCustomDictionary(LexiconDictionary.of(lexicon));
    }
    this.segment = s;
  }

  @Override
  public List<Token> segment(String text) {
    List<Token> out = new ArrayList<>(text.length() / 2 + 1);
    for (CharSpan sentence : SentenceSplitter.split(text)) {
      segmentSentence(text, sentence.start(), sentence.end(), out);
    }
    return out;
  }

  /** Segments {@code text[from, to)} as one sentence, appending tokens with offsets into text. */
  public void segmentSentence(String text, int from, int to, List<Token> out) {
    if (from >= to) {
      return;
    }
    List<Term> terms = segment.seg(text.substring(from, to));
    int pos = from;
    for (Term t : terms) {
      String w = t.word;
      if (w == null || w.isEmpty()) {
        continue;
      }
      int at = text.startsWith(w, pos) ? pos : text.indexOf(w, pos);
      if (at < 0 || at + w.length() > to) {
        // HanLP returned a word that is not in the text (it does not normalize by default,
        // so this does not happen in practice): skip it rather than report a wrong offset.
        continue;
      }
      pos = at + w.length();
      if (w.isBlank()) {
        continue;
      }
      out.add(new Token(w, t.nature == null ? "x" : t.nature.toString(), at, pos));
    }
  }
}
