package io.aidfacts.read;

import io.aidfacts.model.Article;
import io.aidfacts.model.NormalizedText;
import io.aidfacts.model.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads an HTML news page with jsoup: the title from {@code <h1>} (else {@code <title>} without
 * the site's suffix), the stamp and outlet from the text around the title, and the body from
 * the block whose paragraphs hold the most Chinese text, the way readability-style extractors
 * pick the main content.
 */
final class HtmlParser {

  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*[_|｜\\-–—]+\\s*[^_|｜\\-–—]{1,30}$");
  private static final Pattern OUTLET = Pattern.compile("来\\s*源\\s*[:：]\\s*([^\\s\\u00a0\\u3000|｜/丨]{1,30})");

  private HtmlParser() {}

  static Article parse(String html, String id, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    doc.select("script, style, noscript, iframe, nav, header, footer, form, button, select").remove();
    String title = null;
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      title = h1.text().strip();
    } else if (!doc.title().isBlank()) {
      title = TITLE_SUFFIX.matcher(doc.title().strip()).replaceFirst("");
    }
    Element main = mainContent(doc);
    List<String> paragraphs = main == null ? List.of() : paragraphs(main);
    String published = metaPublished(doc);
    String outlet = null;
    // The stamp and outlet sit between the headline and the body: read the page's text up to
    // the first paragraph of the body.
    String head = headText(doc, paragraphs);
    NormalizedText headView = TextNormalizer.normalize(head);
    if (published == null) {
      published = PublishedDates.find(headView.text());
    }
    Matcher om = OUTLET.matcher(headView.text());
    if (om.find()) {
      outlet = headView.originalText(om.start(1), om.end(1));
    }
    return new Article(id, url, title, published, outlet, String.join("\n", paragraphs), Script.SIMPLIFIED);
  }

  private static String metaPublished(Document doc) {
    for (String sel : new String[] {"meta[property=article:published_time]", "meta[name=pubdate]",
        "meta[name=PubDate]", "meta[name=publishdate]", "meta[itemprop=datePublished]"}) {
      Element m = doc.selectFirst(sel);
      if (m != null) {
        String v = PublishedDates.normalize(m.attr("content"));
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  private static String headText(Document doc, List<String> paragraphs) {
    String all = doc.body() == null ? "" : doc.body().text();
    if (!paragraphs.isEmpty()) {
      int at = all.indexOf(paragraphs.get(0));
      if (at > 0) {
        return all.substring(0, at);
      }
    }
    return all.substring(0, Math.min(all.length(), 2000));
  }

  /** The element whose direct paragraph children carry the most Chinese characters. */
  private static Element mainContent(Document doc) {
    Element best = null;
    int bestScore = 0;
    for (Element e : doc.select("div, article, section, td, main, body")) {
      int score = 0;
      for (Element child : e.children()) {
        if (child.tagName().equals("p")) {
          score += hanCount(child.text());
        }
      }
      if (score == 0) {
        score = hanCount(ownTextWithBreaks(e)) / 2;
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  private static List<String> paragraphs(Element main) {
    List<String> out = new ArrayList<>();
    Elements ps = main.children().select("p");
    if (!ps.isEmpty()) {
      for (Element p : ps) {
        if (p.parent() == main) {
          addLines(out, textWithBreaks(p));
        }
      }
      return out;
    }
    addLines(out, textWithBreaks(main));
    return out;
  }

  private static void addLines(List<String> out, String text) {
    for (String line : text.split("\n")) {
      String s = line.replace('\u00a0', ' ').strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
  }

  /** Text where {@code <br>} and block ends become line breaks. */
  private static String textWithBreaks(Element e) {
    StringBuilder b = new StringBuilder();
    appendText(e, b);
    return b.toString();
  }

  private static void appendText(Node node, StringBuilder b) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        b.append(t.text());
      } else if (child instanceof Element el) {
        if (el.tagName().equals("br")) {
          b.append('\n');
        } else {
          appendText(el, b);
          if (el.isBlock()) {
            b.append('\n');
          }
        }
      }
    }
  }

  private static String ownTextWithBreaks(Element e) {
    StringBuilder b = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        b.append(t.text());
      } else if (child instanceof Element el && el.tagName().equals("br")) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  private static int hanCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (TextNormalizer.isHan(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
