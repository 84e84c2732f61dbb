package io.aidfacts.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aidfacts.extract.AnalyzedText;
import io.aidfacts.extract.DateRecognizer;
import io.aidfacts.model.Article;
import io.aidfacts.model.Mention;
import io.aidfacts.read.PublishedDates;
import io.aidfacts.read.TextNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Recall of the time expressions annotated in the CEC corpus ({@code ../shared/data/cec}, its
 * {@code <Time>} elements), the text rebuilt from each document's {@code <Content>} and
 * resolved against its {@code <ReportTime>}. Exact: a DATE mention has the gold span; overlap:
 * one overlaps it; core: exact once the framing words CEC includes (截至, 自…起) are set aside.
 * Misses are grouped (clock times, durations, non-calendar words, calendar)
 * and written to {@code target/cec-dates-misses.tsv}. Tagged {@code eval}; run with
 * {@code mvn -q test -Dtest=CecDatesEval -DexcludedTestGroups= -Dgroups=eval}.
 */
@Tag("eval")
class CecDatesEval {

  static final Path CEC = Path.of("../shared/data/cec");

  // A gold expression names a calendar day, month or year when it has one of these.
  static final Pattern CALENDAR = Pattern.compile(
      "[0-9０-９〇一二三四五六七八九十]+[日号月年]|[今昨前明次翌当同本上]天|[今昨前明次翌当同本]日|当[晚夜]|昨[晚夜]|今[晨早晚]"
          + "|[周星期礼拜][一二三四五六日天]|[本上下当]月|[今去前明当]年|年[底初末]|[上中下]旬|春节|国庆|元旦|中秋");
  static final Pattern DURATION = Pattern.compile(
      ".*([0-9０-９一二三四五六七八九十两几半多]+(个)?(多)?(小时|分钟|秒|天|周|个月|年|昼夜)|小时|分钟).*");
  static final Pattern CLOCK = Pattern.compile(".*([0-9０-９]+[:：][0-9０-９]+|[时点]|分).*");

  record Gold(String doc, int start, int end, String text, String type) {}

  // CEC spans take in the words that only frame a time (截至10日9时, 自1日起); the project's
  // convention (corpus/README.md) leaves them out. "core" scores without them.
  static final Pattern SIGNALS = Pattern.compile("^(截止到|截至|截止|直到|直至|至|到|自)?(.*?)(起|期间|，)?$");

  @Test
  void recallOfAnnotatedTimeExpressions() throws Exception {
    assumeTrue(Files.isDirectory(CEC), "CEC data not found at " + CEC.toAbsolutePath());
    List<Path> files;
    try (Stream<Path> s = Files.walk(CEC)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    DateRecognizer dates = new DateRecognizer();
    Map<String, int[]> byGroup = new LinkedHashMap<>();
    for (String g : List.of("all", "calendar", "clock", "duration", "other")) {
      byGroup.put(g, new int[4]);
    }
    List<String> misses = new ArrayList<>();
    int docs = 0;
    int predicted = 0;
    int unmatched = 0;
    for (Path f : files) {
      Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
      StringBuilder text = new StringBuilder();
      List<Gold> gold = new ArrayList<>();
      Node content = xml.getElementsByTagName("Content").item(0);
      if (content == null) {
        continue;
      }
      collect(content, text, gold, f.getFileName().toString());
      String report = xml.getElementsByTagName("ReportTime").getLength() > 0
          ? xml.getElementsByTagName("ReportTime").item(0).getTextContent() : null;
      Article a = Article.of("cec", text.toString()).withPublished(PublishedDates.normalize(report));
      List<Mention> found = dates.recognize(new AnalyzedText(a, TextNormalizer.normalize(a.body()), List.of()));
      docs++;
      predicted += found.size();
      for (Mention m : found) {
        if (gold.stream().noneMatch(g -> g.start < m.end() && m.start() < g.end)) {
          unmatched++;
        }
      }
      for (Gold g : gold) {
        boolean exact = found.stream().anyMatch(m -> m.start() == g.start && m.end() == g.end);
        boolean overlap = found.stream().anyMatch(m -> m.start() < g.end && g.start < m.end());
        var core = SIGNALS.matcher(g.text);
        core.matches();
        int cs = g.start + (core.group(1) == null ? 0 : core.group(1).length());
        int ce = cs + core.group(2).length();
        boolean coreExact = found.stream().anyMatch(m -> m.start() == cs && m.end() == ce);
        String group = group(g.text);
        for (String key : List.of("all", group)) {
          int[] c = byGroup.get(key);
          c[0]++;
          c[1] += exact ? 1 : 0;
          c[2] += overlap ? 1 : 0;
          c[3] += exact || coreExact ? 1 : 0;
        }
        if (!exact) {
          String near = found.stream().filter(m -> m.start() < g.end && g.start < m.end())
              .map(Mention::text).findFirst().orElse("");
          misses.add(group + "\t" + (overlap ? "overlap" : "miss") + "\t" + g.text + "\t" + near + "\t" + g.doc);
        }
      }
    }
    misses.sort(null);
    Path out = Path.of("target/cec-dates-misses.tsv");
    Files.createDirectories(out.getParent());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("group\tkind\tgold\tpredicted overlapping\tdocument");
      misses.forEach(w::println);
    }
    System.out.printf("CEC time expressions: %d documents, %d predicted DATE mentions (%d overlap no gold)%n",
        docs, predicted, unmatched);
    byGroup.forEach((k, c) -> System.out.printf(
        "  %-9s gold %4d  exact %4d (%.3f)  core %4d (%.3f)  overlap %4d (%.3f)%n",
        k, c[0], c[1], ratio(c[1], c[0]), c[3], ratio(c[3], c[0]), c[2], ratio(c[2], c[0])));
    System.out.println("  misses: " + out.toAbsolutePath());
    assertEquals(932, byGroup.get("all")[0], "gold time expressions in ../shared/data/cec");
    int[] cal = byGroup.get("calendar");
    assertTrue(cal[1] >= 0.9 * cal[0], "exact recall of calendar dates fell below 0.9: " + cal[1] + "/" + cal[0]);
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  static String group(String t) {
    if (CALENDAR.matcher(t).find()) {
      return "calendar";
    }
    if (DURATION.matcher(t).matches()) {
      return "duration";
    }
    if (CLOCK.matcher(t).matches()) {
      return "clock";
    }
    return "other";
  }

  /**
   * Appends the text under {@code node}, dropping the whitespace the XML is laid out with (the
   * corpus is Chinese, spaces carry nothing), and records the span of each {@code <Time>}.
   */
  static void collect(Node node, StringBuilder text, List<Gold> gold, String doc) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE) {
        text.append(c.getNodeValue().replaceAll("[\\s\\u00a0]+", ""));
      } else if (c.getNodeType() == Node.ELEMENT_NODE) {
        Element e = (Element) c;
        int start = text.length();
        collect(e, text, gold, doc);
        if (e.getTagName().equals("Paragraph")) {
          text.append('\n');
        }
        if (e.getTagName().equals("Time") && text.length() > start) {
          gold.add(new Gold(doc, start, text.length(), text.substring(start), e.getAttribute("type")));
        }
      }
    }
  }
}
