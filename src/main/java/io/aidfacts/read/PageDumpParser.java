package io.aidfacts.read;

import io.aidfacts.model.Article;
import io.aidfacts.model.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw page dump: the text of a news page as copied or crawled, with menus, a title, a
 * {@code 2019-12-06 09:30:16    来源:大连日报} line, the body, then share buttons,
 * disclaimers and a footer. Keeps the title, date, outlet and body; drops the rest.
 * Also reads plain text without a header (the whole text is then the body).
 */
final class PageDumpParser {

  private static final Pattern OUTLET = Pattern.compile("来\\s*源\\s*[:：]\\s*([^\\s\\u00a0\\u3000|｜/丨]{1,30})");
  private static final Pattern META = Pattern.compile(
      "^[\\[【(（]?\\s*(作者|编辑|责编|记者|通讯员|字号|字体|浏览|阅读|点击|发布时间|发布日期|时间|来源|打印|【?大|小】?)\\s*[:：】]?.{0,40}$");
  // A line where the page's furniture starts again after the body.
  private static final Pattern FOOTER = Pattern.compile(
      "^[\\[【(（]?\\s*(分享到|分享[:：]|责任编辑|【?打印|【?关闭|打印本页|关闭窗口|.{0,12}声明\\s*[:：]|免责声明"
          + "|版权所有|Copyright|©|备案号|.{0,12}ICP[备证]|地址\\s*[:：]|邮编\\s*[:：]|电话\\s*[:：]|传真\\s*[:：]"
          + "|评论排行|相关(新闻|阅读|文章|链接|报道)|上一篇|下一篇|扫一扫|热点推荐|网友评论|主办单位|联系我们|返回顶部"
          + "|本文转载|转载请注明|如有侵权|(本文)?来源[:：].{0,20}(转载|侵删))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MENU_WORDS = Pattern.compile("首页|当前位置|您的位置|位置\\s*[:：]|>|＞|›|»");

  private PageDumpParser() {}

  static Article parse(String text, String id) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    int dateLine = findDateLine(lines);
    String published = null;
    String outlet = null;
    String title = null;
    int bodyFrom;
    if (dateLine >= 0) {
      published = PublishedDates.find(fold(lines[dateLine]));
      outlet = findOutlet(lines, dateLine);
      title = findTitleBefore(lines, dateLine);
      bodyFrom = dateLine + 1;
    } else {
      int t = firstContentLine(lines, 0);
      // A short first line over a longer text is a headline; otherwise all of it is body.
      if (t >= 0 && isHeadline(lines[t]) && firstContentLine(lines, t + 1) >= 0) {
        title = lines[t].strip();
        bodyFrom = t + 1;
      } else {
        bodyFrom = 0;
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (int i = bodyFrom; i < lines.length; i++) {
      String line = strip(lines[i]);
      if (line.isEmpty()) {
        continue;
      }
      // Page furniture is recognised on the simplified view: 責任編輯 is 责任编辑.
      String folded = fold(line);
      if (FOOTER.matcher(folded).find() && !paragraphs.isEmpty()) {
        break;
      }
      if (paragraphs.isEmpty() && (META.matcher(folded).matches() || FOOTER.matcher(folded).find())) {
        if (outlet == null) {
          outlet = outletIn(line);
        }
        continue;
      }
      paragraphs.add(line);
    }
    return new Article(id, null, title, published, outlet, String.join("\n", paragraphs),
        io.aidfacts.model.Script.SIMPLIFIED);
  }

  /** The line carrying the publication stamp: short, near the top, with a date. */
  private static int findDateLine(String[] lines) {
    int limit = Math.min(lines.length, 60);
    for (int i = 0; i < limit; i++) {
      String line = strip(lines[i]);
      if (line.isEmpty() || line.length() > 120 || line.endsWith("。")) {
        continue;
      }
      Matcher m = PublishedDates.STAMP.matcher(TextNormalizer.normalize(line).text());
      if (m.find() && (m.group(4) != null || line.contains("来源") || line.contains("发布")
          || line.contains("时间") || line.length() < 40)) {
        return i;
      }
    }
    return -1;
  }

  private static String findOutlet(String[] lines, int dateLine) {
    for (int i = dateLine; i < Math.min(lines.length, dateLine + 3); i++) {
      String o = outletIn(lines[i]);
      if (o != null) {
        return o;
      }
    }
    return dateLine > 0 ? outletIn(lines[dateLine - 1]) : null;
  }

  private static String outletIn(String line) {
    Matcher m = OUTLET.matcher(fold(line));
    // The view keeps lengths within a line's CJK text, but glosses and entities may not:
    // return the outlet as the view has it only when the original has it too.
    if (!m.find()) {
      return null;
    }
    NormalizedText v = TextNormalizer.normalize(line);
    return v.originalText(m.start(1), m.end(1));
  }

  private static String fold(String line) {
    return TextNormalizer.normalize(line).text();
  }

  private static String findTitleBefore(String[] lines, int dateLine) {
    for (int i = dateLine - 1; i >= 0; i--) {
      String line = strip(lines[i]);
      if (line.isEmpty() || isMenu(fold(line)) || outletIn(line) != null) {
        continue;
      }
      return line;
    }
    return null;
  }

  private static int firstContentLine(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      String line = strip(lines[i]);
      if (!line.isEmpty() && !isMenu(line)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isHeadline(String line) {
    String s = line.strip();
    return s.length() <= 40 && !s.endsWith("。") && !s.endsWith(",") && !s.endsWith("，");
  }

  /** Navigation: breadcrumbs, or a row of short words separated by spaces. */
  static boolean isMenu(String line) {
    if (MENU_WORDS.matcher(line).find() || line.startsWith("分享")) {
      return true;
    }
    String[] words = line.split("[\\s|｜]+");
    if (words.length < 3) {
      return false;
    }
    for (String w : words) {
      if (w.length() > 5) {
        return false;
      }
    }
    return true;
  }

  private static String strip(String line) {
    int b = 0;
    int e = line.length();
    while (b < e && isSpace(line.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(line.charAt(e - 1))) {
      e--;
    }
    return line.substring(b, e);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
  }
}
