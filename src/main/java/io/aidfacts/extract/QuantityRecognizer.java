package io.aidfacts.extract;

import io.aidfacts.extract.ChineseNumbers.Reading;
import io.aidfacts.extract.money.MoneyScanner;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.Mention;
import io.aidfacts.model.QuantityMention;
import io.aidfacts.segment.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Counted quantities that are not money: a number with a measure word ({@code 3700余册},
 * {@code 100名学生}, {@code 200亩}, {@code 2万人次}) as QUANTITY mentions with value, unit and
 * approx. Money, dates and percentages are other recognizers' or nobody's: their units are not
 * here. A lone 一 ({@code 一个}, {@code 一批}) is an article, not a count. A Chinese-numeral
 * quantity that the segmenter puts inside a longer word ({@code 三家寨小学}) is part of a name
 * and is left out; {@link MentionMerger} also lets names win over quantities. Thread-safe.
 */
public final class QuantityRecognizer implements Recognizer {

  // Longest first where one unit starts another (人次 before 人, 平方米 before 米).
  private static final String[] UNITS = {
    "万人次", "人次", "台次", "平方公里", "平方米", "立方米", "公里", "千米", "公斤", "千克", "公顷", "千瓦", "兆瓦",
    "亩", "吨", "斤", "册", "本", "套", "台", "件", "箱", "袋", "桶", "包", "瓶", "盒", "双",
    "床", "条", "张", "辆", "头", "只", "匹", "名", "人", "位", "户", "家", "所", "个", "座", "间",
    "栋", "项", "场", "批", "支", "部", "架", "株", "棵", "篇", "份", "处", "米", "口", "眼",
  };
  private static final String[] APPROX_BEFORE = {"约", "近", "逾", "超过", "超", "将近", "大约", "不少于", "至少"};
  private static final String[] APPROX_AFTER = {"左右", "以上", "多", "余"};
  /** After 个 these make a duration, not a count: 3个月. */
  private static final String[] NOT_COUNT_AFTER_GE = {"月", "小时", "工作日", "星期", "季度", "百分点"};

  @Override
  public List<Mention> recognize(AnalyzedText text) {
    String s = text.text();
    List<Mention> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!MoneyScanner.mayStartNumber(s, i)) {
        i++;
        continue;
      }
      Reading r = ChineseNumbers.read(s, i);
      if (r == null) {
        i++;
        continue;
      }
      int end = quantityEnd(s, r);
      if (end < 0 || isLoneOne(s, r) || r.value().signum() == 0
          || !r.arabic() && text.crossesToken(r.start(), end)) {
        i = r.end();
        continue;
      }
      String unit = unitAt(s, r.end());
      boolean approx = r.approx();
      int start = r.start();
      for (String w : APPROX_BEFORE) {
        if (start >= w.length() && s.startsWith(w, start - w.length())) {
          start -= w.length();
          approx = true;
          break;
        }
      }
      for (String w : APPROX_AFTER) {
        if (s.startsWith(w, end)) {
          end += w.length();
          approx = true;
          break;
        }
      }
      CharSpan span = text.span(start, end);
      out.add(new QuantityMention(span, text.bodyText(span), r.value(), unit, approx));
      i = end;
    }
    return out;
  }

  private static String unitAt(String s, int p) {
    // The first unit of the list that stands at p: the list by first character, in list order.
    int k = UNIT_INDEX.at(s, p);
    return k < 0 ? null : UNITS[k];
  }

  private static final FirstCharIndex UNIT_INDEX = new FirstCharIndex(UNITS);

  /** The end of the measure word after the number, or -1 when none follows. */
  private static int quantityEnd(String s, Reading r) {
    String unit = unitAt(s, r.end());
    if (unit == null) {
      return -1;
    }
    int end = r.end() + unit.length();
    if (unit.equals("个")) {
      for (String w : NOT_COUNT_AFTER_GE) {
        if (s.startsWith(w, end)) {
          return -1;
        }
      }
    }
    return end;
  }

  private static boolean isLoneOne(String s, Reading r) {
    return r.end() - r.start() == 1 && s.charAt(r.start()) == '一';
  }
}
