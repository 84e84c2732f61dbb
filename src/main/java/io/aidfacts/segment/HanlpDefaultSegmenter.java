package io.aidfacts.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code HanLP.segment} exactly as a HanLP user calls it: the whole text at once, HanLP's
 * global default configuration, no normalization. A baseline for evaluation, not used by the
 * pipeline.
 */
final class HanlpDefaultSegmenter implements Segmenter {

  static final HanlpDefaultSegmenter INSTANCE = new HanlpDefaultSegmenter();

  private HanlpDefaultSegmenter() {
    HanlpRuntime.init();
  }

  @Override
  public List<Token> segment(String text) {
    List<Term> terms = HanLP.segment(text);
    List<Token> out = new ArrayList<>(terms.size());
    int pos = 0;
    for (Term t : terms) {
      String w = t.word;
      if (w == null || w.isEmpty()) {
        continue;
      }
      int at = text.startsWith(w, pos) ? pos : text.indexOf(w, pos);
      if (at < 0) {
        // Not in the text (HanLP does not normalize by default, so not expected): skip it
        // rather than report a wrong offset.
        continue;
      }
      pos = at + w.length();
      if (!w.isBlank()) {
        out.add(new Token(w, t.nature == null ? "x" : t.nature.toString(), at, pos));
      }
    }
    return out;
  }

  static boolean inCoreDictionary(String word) {
    return CoreDictionary.contains(word);
  }

  static boolean isCorePlace(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    return a != null && a.hasNatureStartsWith("ns");
  }
}
