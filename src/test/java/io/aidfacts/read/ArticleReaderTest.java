package io.aidfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.Article;
import io.aidfacts.model.Script;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

  static final Path SEED = Path.of("../shared/seed/000_d1515b0f2a6da45e.txt");

  private static final String DUMP = String.join("\n",
      "首页 新闻 评论 专题 图片",
      "您当前的位置: 首页 > 本地新闻 > 正文",
      "",
      "爱心企业捐资助学",
      "",
      "发布时间：2021-03-15 10:20  来源：毕节日报  作者：王小明",
      "【字体：大 中 小】",
      "",
      "    3月12日，贵州某某建材有限公司向纳雍县第一中学捐赠50万元。",
      "    该公司此前已累计捐款捐物300余万元。",
      "",
      "【打印】【关闭】",
      "责任编辑：李四",
      "地址：毕节市七星关区某某路1号 电话：0857-1234567",
      "版权所有 毕节日报社 黔ICP备12345678号");

  private static Article only(ReadBatch b) {
    assertTrue(b.errors().isEmpty(), () -> b.errors().toString());
    assertEquals(1, b.articles().size());
    return b.articles().get(0);
  }

  @Test
  void readsTheSeedPageDump() {
    Article a = only(ArticleReader.read(SEED));
    assertEquals("000_d1515b0f2a6da45e", a.id());
    assertEquals("发挥统战优势凝聚帮扶合力", a.title());
    assertEquals("2019-12-06T09:30:16", a.published());
    assertEquals("大连日报", a.outlet());
    assertEquals(Script.SIMPLIFIED, a.script());
    assertTrue(a.body().startsWith("为深入贯彻落实党中央"), a.body().substring(0, 20));
    assertTrue(a.body().endsWith("签订《氢能源产业发展规划》合作协议,共谋发展。"));
    for (String noise : new String[] {"分享到", "首页", "声明", "备案号", "版权所有", "地址", "评论排行", "www.dljrw.com"}) {
      assertFalse(a.body().contains(noise), noise);
    }
    assertEquals(15, a.body().split("\n").length);
  }

  @Test
  void readsAPageDumpWithAnotherLayout() {
    Article a = only(ArticleReader.read("dump.txt", "dump", DUMP.getBytes(StandardCharsets.UTF_8)));
    assertEquals("爱心企业捐资助学", a.title());
    assertEquals("2021-03-15T10:20", a.published());
    assertEquals("毕节日报", a.outlet());
    assertEquals("3月12日，贵州某某建材有限公司向纳雍县第一中学捐赠50万元。\n该公司此前已累计捐款捐物300余万元。", a.body());
  }

  @Test
  void readsGbkAndBig5PageDumps() {
    Article gbk = only(ArticleReader.read("a.txt", "a", DUMP.getBytes(CharsetDetector.GB18030)));
    assertEquals("毕节日报", gbk.outlet());
    String trad = "港澳愛心人士捐資興學\n\n2020年07月08日 08:15 來源: 香港文匯網\n\n    香港某某慈善基金會日前向昭覺縣捐贈港幣五千萬元，用於興建學校。\n\n責任編輯：陳大文";
    Article big5 = only(ArticleReader.read("b.txt", "b", trad.getBytes(CharsetDetector.BIG5)));
    assertEquals(Script.TRADITIONAL, big5.script());
    assertEquals("香港文匯網", big5.outlet());
    assertEquals("2020-07-08T08:15", big5.published());
    assertEquals("香港某某慈善基金會日前向昭覺縣捐贈港幣五千萬元，用於興建學校。", big5.body());
  }

  @Test
  void readsAMirrorPageWithFullWidthStampAndRepostFooter() {
    String page = "资讯 镜像站 | 首页 | 资讯 | 联系我们\n当前位置：首页 ＞ 协作\n\n某区助力某县\n\n"
        + "２０２０年０３月２６日 １０：３０  来源：某某新闻网  （转载）\n\n"
        + "    ２０２０年３月，某区向某县拨付帮扶资金１２００万元。\n\n"
        + "（本文转载自网络，如有侵权请联系删除）\n上一篇：某某  下一篇：某某\nＣｏｐｙｒｉｇｈｔ © 某某";
    Article a = only(ArticleReader.read("m.txt", "m", page.getBytes(StandardCharsets.UTF_8)));
    assertEquals("某区助力某县", a.title());
    assertEquals("2020-03-26T10:30", a.published());
    assertEquals("某某新闻网", a.outlet());
    assertEquals("２０２０年３月，某区向某县拨付帮扶资金１２００万元。", a.body());
  }

  @Test
  void plainTextWithoutHeaderIsAllBody() {
    Article a = only(ArticleReader.read("p.txt", "p",
        "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。".getBytes(StandardCharsets.UTF_8)));
    assertNull(a.title());
    assertNull(a.published());
    assertEquals("民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。", a.body());
  }

  @Test
  void readsHtml() {
    String html = "<!DOCTYPE html><html><head><meta charset=utf-8><title>爱心企业捐资助学_毕节新闻网</title></head><body>"
        + "<div class=nav><a href=/>首页</a> <a href=/n>新闻</a></div>"
        + "<h1>爱心企业捐资助学</h1><div class=info>2021-03-15 10:20:05 来源：毕节日报</div>"
        + "<div id=content><p>&nbsp;&nbsp;3月12日，贵州某某建材有限公司向纳雍县第一中学捐赠50万元。</p>"
        + "<p>该公司表示将&ldquo;长期帮扶&rdquo;&amp;持续投入。</p></div>"
        + "<div class=side><p>热门</p></div><div class=footer>版权所有</div></body></html>";
    Article a = only(ArticleReader.read("x.html", "x", html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("x", a.id());
    assertEquals("爱心企业捐资助学", a.title());
    assertEquals("2021-03-15T10:20:05", a.published());
    assertEquals("毕节日报", a.outlet());
    assertEquals("3月12日，贵州某某建材有限公司向纳雍县第一中学捐赠50万元。\n该公司表示将“长期帮扶”&持续投入。", a.body());
  }

  @Test
  void htmlTitleFallsBackToTitleWithoutSiteSuffix() {
    String html = "<html><head><title>某县获赠救灾物资 - 某某新闻网</title></head><body><div><p>某县获赠救灾物资一批，价值约30万元。</p><p>次日分发到户。</p></div></body></html>";
    Article a = only(ArticleReader.read("y.htm", "y", html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("某县获赠救灾物资", a.title());
  }

  @Test
  void readsJsonLinesAndReportsTheBadLineAlone() {
    String jsonl = "{\"id\":\"a1\",\"title\":\"T\",\"published\":\"2019-12-06 09:30:16\",\"url\":\"http://x/1\",\"outlet\":\"大连日报\",\"body\":\"民盟捐赠5万元。\"}\n"
        + "{\"id\": \"a2\", \"body\": \n"
        + "\n"
        + "{\"body\":\"只有正文。\"}\n"
        + "{\"id\":\"a4\",\"title\":\"no body\"}\n";
    ReadBatch b = ArticleReader.read("/in/x.jsonl", "x", jsonl.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, b.articles().size());
    Article a1 = b.articles().get(0);
    assertEquals("a1", a1.id());
    assertEquals("2019-12-06T09:30:16", a1.published());
    assertEquals("http://x/1", a1.url());
    assertEquals("大连日报", a1.outlet());
    assertEquals("x_4", b.articles().get(1).id());
    assertEquals(2, b.errors().size());
    assertTrue(b.errors().get(0).getMessage().startsWith("/in/x.jsonl:2: not valid JSON"), b.errors().get(0).getMessage());
    assertEquals("/in/x.jsonl:5: JSON object has no text field \"body\"", b.errors().get(1).getMessage());
  }

  @Test
  void aSingleJsonObjectFileIsOneArticle() {
    String json = "{\n  \"title\": \"T\",\n  \"body\": \"正文。\"\n}\n";
    Article a = only(ArticleReader.read("one.json", "one", json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("one", a.id());
    assertEquals("正文。", a.body());
  }

  @Test
  void badInputsGetOneLineNamingThem() {
    assertEquals("/in/e.txt: empty input",
        ArticleReader.read("/in/e.txt", "e", new byte[0]).errors().get(0).getMessage());
    assertEquals("/in/w.txt: empty input (only white space)",
        ArticleReader.read("/in/w.txt", "w", " \n\t\n".getBytes(StandardCharsets.UTF_8)).errors().get(0).getMessage());
    String bin = ArticleReader.read("/in/b.bin", "b", new byte[] {1, 2, 0, 3}).errors().get(0).getMessage();
    assertEquals("/in/b.bin: binary data (a NUL byte at offset 2), not text", bin);
    assertFalse(bin.contains("\n"));
  }

  @Test
  void missingFileIsReportedNotThrown(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope.txt");
    ReadBatch b = ArticleReader.read(missing);
    assertEquals(1, b.errors().size());
    assertTrue(b.errors().get(0).getMessage().startsWith(missing.toAbsolutePath() + ": cannot read"));
    Path ok = Files.writeString(dir.resolve("ok.txt"), "正文。");
    assertEquals("ok", only(ArticleReader.read(ok)).id());
  }

  @Test
  void idDropsTheExtension() {
    assertEquals("000_abc", ArticleReader.idOf("000_abc.txt"));
    assertEquals("crawl", ArticleReader.idOf("crawl.jsonl.gz"));
    assertEquals("noext", ArticleReader.idOf("noext"));
  }
}
