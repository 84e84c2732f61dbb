package io.aidfacts.extract;

import io.aidfacts.model.CharSpan;
import io.aidfacts.model.Mention;
import io.aidfacts.model.OrgMention;
import io.aidfacts.model.PersonMention;
import io.aidfacts.model.PlaceMention;
import io.aidfacts.segment.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Organisations, places and persons as HanLP's tags give them ({@code nt*} ORG, {@code ns*}
 * PLACE, {@code nr*} PERSON). The baseline the dedicated recognizers improve on.
 */
public final class HanlpEntityRecognizer implements Recognizer {

  @Override
  public List<Mention> recognize(AnalyzedText text) {
    List<Mention> out = new ArrayList<>();
    for (Token t : text.tokens()) {
      String tag = t.tag();
      if (t.word().length() < 2) {
        continue;
      }
      CharSpan span = text.span(t.start(), t.end());
      String surface = text.bodyText(span);
      if (tag.startsWith("nt")) {
        out.add(new OrgMention(span, surface, null));
      } else if (tag.startsWith("ns")) {
        out.add(PlaceMention.unresolved(span, surface));
      } else if (tag.startsWith("nr")) {
        out.add(new PersonMention(span, surface));
      }
    }
    return out;
  }
}
