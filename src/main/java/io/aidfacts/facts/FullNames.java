package io.aidfacts.facts;

import io.aidfacts.facts.ViewDoc.Located;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.OrgMention;

/**
 * The fullest form of a giver's name in the article: a short form ({@code 九三企业家联合会},
 * {@code 香洲区慈善会}) becomes the longer name that ends with it ({@code 大连九三企业家联合会},
 * {@code 珠海市香洲区慈善会}). Abbreviations that are not a tail of the full name
 * ({@code 荔湾区工商联}) stay as written.
 */
final class FullNames {

  private FullNames() {}

  static Party fullest(ViewDoc doc, Party p) {
    if (p.type() != MentionType.ORG) {
      return p;
    }
    Located best = null;
    for (Located l : doc.mentions) {
      if (l.type() != MentionType.ORG) {
        continue;
      }
      String name = doc.view(l);
      if (name.length() > p.viewName().length() && name.endsWith(p.viewName())
          && (best == null || name.length() > best.end() - best.start())) {
        best = l;
      }
    }
    if (best == null) {
      return p;
    }
    String canonical = ((OrgMention) best.mention()).canonical();
    return p.named(best.mention().text(), doc.view(best), canonical != null ? canonical : p.canonical());
  }
}
