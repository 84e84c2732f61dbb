package io.aidfacts.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.seg.common.Vertex;
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

  /** The highest char {@link Character#isWhitespace} holds for (U+3000, ideographic space). */
  static final char LAST_WHITESPACE = '\u3000';

  private final Segment segment;
  /** The same segment when it is ours, whose best path needs no terms; else null. */
  private final LatticeSegment lattice;

  public HanlpSegmenter(Mode mode) {
    this(mode, HanlpLexicon.EMPTY);
  }

  /**
   * A segmenter that also keeps the lexicon's words whole, with the lexicon's tags. The words
   * go into a dictionary of this instance only, so other pipelines and plain {@code HanLP}
   * calls in the same JVM are not affected.
   */
  public HanlpSegmenter(Mode mode, HanlpLexicon lexicon) {
    this(mode, lexicon, false);
  }

  /**
   * With {@code hanlpReference}, HanLP's own {@code ViterbiSegment} (what {@code
   * HanLP.newSegment()} returns) instead of {@link LatticeSegment}, which must segment
   * exactly as it does: the reference the identity tests compare with.
   */
  static HanlpSegmenter reference(Mode mode, HanlpLexicon lexicon) {
    return new HanlpSegmenter(mode, lexicon, true);
  }

  private HanlpSegmenter(Mode mode, HanlpLexicon lexicon, boolean hanlpReference) {
    HanlpRuntime.init();
    Segment s = hanlpReference ? HanLP.newSegment() : new LatticeSegment();
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
    this.lattice = s instanceof LatticeSegment l ? l : null;
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
    char[] sentence = new char[to - from];
    text.getChars(from, to, sentence, 0);
    List<Vertex> path = lattice == null ? null : lattice.bestPath(sentence);
    int pos = from;
    if (path == null) {
      for (Term t : segment.seg(sentence)) {
        pos = append(text, pos, to, t.word, t.nature, out);
      }
      return;
    }
    // The path starts and ends with HanLP's begin and end markers.
    int last = path.size() - 1;
    int i = 0;
    if (lattice.normalizes()) {
      for (Vertex v : path) {
        if (i > 0 && i < last) {
          pos = append(text, pos, to, v.realWord, v.guessNature(), out);
        }
        i++;
      }
      return;
    }
    // Unnormalized, the path's words are the sentence's characters in order, each made from
    // them (first-pass words, or runs of them joined by the custom dictionary and the name
    // recognizers): each word is where the previous one ended, with no search. (The identity
    // tests compare these tokens with HanLP's terms placed by search.)
    for (Vertex v : path) {
      if (i > 0 && i < last) {
        String w = v.realWord;
        int end = pos + w.length();
        // Most words start with a CJK character or symbol, above every whitespace character.
        if (!w.isEmpty() && (w.charAt(0) > LAST_WHITESPACE || !w.isBlank())) {
          Nature nature = v.guessNature();
          out.add(new Token(w, nature == null ? "x" : nature.toString(), pos, end));
        }
        pos = end;
      }
      i++;
    }
  }

  /**
   * Appends HanLP's word {@code w}, found at {@code pos} (where it always is: HanLP does not
   * normalize by default) or after it, unless blank; returns the position after it.
   */
  private static int append(String text, int pos, int to, String w, Nature nature, List<Token> out) {
    if (w == null || w.isEmpty()) {
      return pos;
    }
    int at = text.startsWith(w, pos) ? pos : text.indexOf(w, pos);
    if (at < 0 || at + w.length() > to) {
      // HanLP returned a word that is not in the text (it does not normalize by default,
      // so this does not happen in practice): skip it rather than report a wrong offset.
      return pos;
    }
    int end = at + w.length();
    if (!w.isBlank()) {
      out.add(new Token(w, nature == null ? "x" : nature.toString(), at, end));
    }
    return end;
  }
}
