package io.aidfacts.facts;

import io.aidfacts.facts.ViewDoc.Located;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.OrgMention;
import io.aidfacts.extract.FirstCharIndex;

/**
 * The fullest form of a giver's name in the article: a short form ({@code 九三企业家联合会},
 * {@code 香洲区慈善会}) becomes the longer name that ends with it ({@code 大连九三企业家联合会},
 * {@code 珠海市香洲区慈善会}). Abbreviations that are not a tail of the full name
 * ({@code 荔湾区工商联}) stay as written.
 */
final class FullNames {

  /** Heads that end an organisation's name. */
  private static final FirstCharIndex ORG_HEAD = new FirstCharIndex(
      "有限责任公司", "有限公司", "公司", "集团", "总会", "商会", "协会", "基金会", "委员会", "委会", "工商联", "红十字会",
      "联合会", "慈善会", "同乡会", "办事处", "新区", "服务中心", "中心", "医院", "学校", "小学", "中学", "政府", "局", "厅");
  /** Characters a name does not run across. */
  private static final String STOPS = "向为给对在与及把被由的、，,。；;：:“”\"《》（）() \t\n0123456789";

  private FullNames() {}

  /**
   * A name the recognizer cut short, completed up to the head that ends an organisation's
   * name right after it: 厦门市 + 慈善总会, 新乡豫北实业 + 集团有限公司, 成都 + 天府联合商会. The
   * completion stops at punctuation, prepositions, digits and the next name, and reaches at
   * most 12 characters. A place completed this way is an organisation.
   */
  static Party extend(ViewDoc doc, Party p) {
    if (p.type() == MentionType.PERSON) {
      return p;
    }
    int limit = Math.min(doc.text.length(), p.end() + 12);
    // Mentions are in start order: the first one from p.end() on, not glued, is the limit.
    for (int k = doc.firstFrom(p.end()); k < doc.mentions.size(); k++) {
      ViewDoc.Located l = doc.mentions.get(k);
      // 香港 + 嘉瑞 + 慈善基金会: a "person" glued to a place before an organisation's head is
      // part of that organisation's name.
      boolean glued = l.type() == MentionType.PERSON && l.start() == p.end();
      if (l.start() >= limit) {
        break;
      }
      if (!glued) {
        limit = l.start();
        break;
      }
    }
    int stop = p.end();
    while (stop < limit && STOPS.indexOf(doc.text.charAt(stop)) < 0) {
      stop++;
    }
    int end = -1;
    String t = doc.text;
    for (int at = ORG_HEAD.find(t, p.end(), stop); at >= 0; at = ORG_HEAD.find(t, end, stop)) {
      end = at + ORG_HEAD.word(ORG_HEAD.at(t, at, stop)).length();
    }
    if (end < 0) {
      return p;
    }
    return Party.spanning(doc, MentionType.ORG, p.start(), end, p.canonical());
  }

  static Party fullest(ViewDoc doc, Party p) {
    if (p.type() != MentionType.ORG) {
      return p;
    }
    Located best = null;
    int tailLength = p.viewNameLength();
    for (Located l : doc.mentions) {
      if (l.type() != MentionType.ORG) {
        continue;
      }
      int length = l.end() - l.start();
      if (length > tailLength && p.viewNameBefore(doc.text, l.end())
          && (best == null || length > best.end() - best.start())) {
        best = l;
      }
    }
    if (best == null) {
      return p;
    }
    String canonical = ((OrgMention) best.mention()).canonical();
    return p.named(best.start(), best.end(), canonical != null ? canonical : p.canonical());
  }
}
