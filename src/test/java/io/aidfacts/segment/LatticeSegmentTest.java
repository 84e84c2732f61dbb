package io.aidfacts.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.aidfacts.AidFacts;
import io.aidfacts.bulk.SyntheticArchive;
import io.aidfacts.extract.EntityRecognizer;
import io.aidfacts.model.Article;
import io.aidfacts.read.ArticleReader;
import io.aidfacts.read.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link LatticeSegment} must segment exactly as HanLP's own {@code ViterbiSegment} with the
 * same configuration and dictionaries: same words, tags and offsets, sentence by sentence.
 */
class LatticeSegmentTest {

  /** Cases picked for the parts of HanLP's lattice that are easy to get wrong. */
  static final List<String> HARD = List.of(
      "",
      "。",
      "，，、；！？",
      "   ",
      "a",
      "1",
      "一",
      "民进大连市委会向中寨乡小学捐赠价值约9万元的各类图书。",
      "2023年12月3日，3.5万元、1,200元、12.5%、１２３４５元、0.5吨、-3度、3-4月",
      "二〇二三年十二月，三千五百万元，一百二十三点五，第十二届，十几个，两三百",
      "iPhone 15 Pro Max、COVID-19、GDP增长6.5%、http://www.example.com/a?b=1、user@mail.cn",
      "ＡＢＣ公司与ABC公司，Ｘ光机，Ｗｉ－Ｆｉ，５Ｇ基站，4G网络",
      "张伟、李娜、王芳、刘洋、陈静、杨帆、赵天喜、黄磊、周敏、吴刚等人出席。",
      "习近平总书记在北京会见了来访的美国总统拜登和英国首相苏纳克。",
      "记者向唐胜利了解情况，欧阳修曾称，诸葛亮说，司马光砸缸，上官婉儿",
      "克里斯蒂亚诺·罗纳尔多与莱昂内尔·梅西、阿诺德·施瓦辛格在洛杉矶会面",
      "村民何家寨村的何家兄弟和海嘎村的余册3700余册图书",
      "ａｂｃ１２３ＡＢＣ！＠＃￥％……＆＊（）——＋",
      "\u3000\u3000第一条　为了规范捐赠行为，制定本办法。",
      "㐀㐁𠀀𠀁丂丄丅 emoji 😀👍 混合",
      "九三学社大连市委会、农工党大连市委会、大连市红十字会联合六盘水市第二人民医院",
      "一二三四五六七八九十百千万亿零〇两壹贰叁肆伍陆柒捌玖拾佰仟",
      "第1234567890123456789个，编号A1B2C3，型号XJ-2000，版本v1.2.3",
      "他说：“我们会继续支持。”她回答：‘好的’。（完）【责任编辑：王小明】",
      "。。。……——～～～···",
      "中华人民共和国中央人民政府国务院扶贫开发领导小组办公室主任刘永富");

  private static final HanlpLexicon LEXICON = EntityRecognizer.lexicon();

  @Test
  void sentencesSegmentAsHanlpDoes() throws IOException {
    List<String> texts = new ArrayList<>(HARD);
    texts.addAll(files(Path.of("corpus/articles")));
    texts.addAll(files(Path.of("../shared/seed")));
    SyntheticArchive archive = new SyntheticArchive(7L);
    for (int i = 0; i < 300; i++) {
      texts.add(archive.article("s" + i, i % 3 == 0));
    }
    int sentences = compareSentences(texts);
    assertTrue(sentences > 5_000, "compared only " + sentences + " sentences");
  }

  /** Whole texts at once, up to thousands of characters, as one HanLP call each. */
  @Test
  void longTextsSegmentAsHanlpDoes() throws IOException {
    List<String> texts = new ArrayList<>(HARD);
    texts.addAll(files(Path.of("corpus/articles")));
    SyntheticArchive archive = new SyntheticArchive(11L);
    for (int i = 0; i < 20; i++) {
      texts.add(archive.article("l" + i, true));
    }
    String all = String.join("", texts);
    texts.add(all.length() > 20_000 ? all.substring(0, 20_000) : all);
    for (Mode m : Mode.values()) {
      Segment fast = m.segment(true);
      Segment hanlp = m.segment(false);
      for (String t : texts) {
        assertEquals(terms(hanlp.seg(t)), terms(fast.seg(t)), m + ": " + preview(t));
      }
    }
  }

  @Test
  void ourSegmenterMatchesHanlpsWithTheEntityLexicon() throws IOException {
    HanlpSegmenter fast = new HanlpSegmenter(HanlpSegmenter.Mode.PLAIN, LEXICON);
    HanlpSegmenter hanlp = HanlpSegmenter.reference(HanlpSegmenter.Mode.PLAIN, LEXICON);
    List<String> texts = new ArrayList<>(HARD);
    texts.addAll(files(Path.of("corpus/articles")));
    SyntheticArchive archive = new SyntheticArchive(3L);
    for (int i = 0; i < 200; i++) {
      texts.add(archive.article("t" + i, i % 2 == 0));
    }
    for (String raw : texts) {
      String t = TextNormalizer.normalize(raw).text();
      assertEquals(hanlp.segment(t), fast.segment(t), preview(t));
    }
  }

  @Test
  void standardSegmenterIsTheLatticeOne() {
    String text = "民进大连市委会向中寨乡小学捐赠价值约9万元的各类图书，张伟出席。";
    List<Token> tokens = AidFacts.standardSegmenter(HanlpLexicon.EMPTY).segment(text);
    assertEquals(HanlpSegmenter.reference(HanlpSegmenter.Mode.PLAIN, LEXICON).segment(text), tokens);
    assertEquals("民进/nt@0 大连/ns@2 市委会/nis@4 向/p@7 中寨乡/ns@8 小学/nis@11 捐赠/v@13 价值/n@15 "
        + "约/d@17 9/m@18 万元/q@19 的/ude1@21 各类/r@22 图书/n@24 ，/w@26 张伟/nr@27 出席/v@29 。/w@31",
        tokens.stream().map(k -> k.word() + "/" + k.tag() + "@" + k.start())
            .collect(Collectors.joining(" ")));
  }

  /** The configurations the tests compare: ours (lexicon or not) and the search one. */
  enum Mode {
    PLAIN_LEXICON, PLAIN, WORDS, NAMES;

    Segment segment(boolean fast) {
      Segment s = fast ? new LatticeSegment() : HanLP.newSegment();
      if (this == WORDS) {
        s.enableNameRecognize(false).enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false).enablePlaceRecognize(false)
            .enableOrganizationRecognize(false);
      } else if (this == NAMES) {
        s.enableOrganizationRecognize(true).enablePlaceRecognize(true).enableNameRecognize(true);
      }
      if (this == PLAIN_LEXICON) {
        s.enableCustomDictionary(LexiconDictionary.of(LEXICON));
      }
      return s;
    }
  }

  /** Compares every sentence of the texts in every mode; returns how many sentences. */
  static int compareSentences(List<String> texts) {
    int n = 0;
    for (Mode m : Mode.values()) {
      if (m == Mode.NAMES) {
        continue;
      }
      Segment fast = m.segment(true);
      Segment hanlp = m.segment(false);
      for (String raw : texts) {
        String t = TextNormalizer.normalize(raw).text();
        for (var span : SentenceSplitter.split(t)) {
          String s = t.substring(span.start(), span.end());
          assertEquals(terms(hanlp.seg(s)), terms(fast.seg(s)), m + ": " + s);
          n++;
        }
      }
    }
    return n;
  }

  static List<String> terms(List<Term> terms) {
    List<String> out = new ArrayList<>(terms.size());
    int at = 0;
    for (Term t : terms) {
      out.add(t.word + "/" + t.nature + "@" + at);
      at += t.word.length();
    }
    return out;
  }

  private static List<String> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("test input " + dir.toAbsolutePath() + " is missing");
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<String> out = new ArrayList<>();
      for (Path p : s.sorted().collect(Collectors.toList())) {
        for (Article a : ArticleReader.read(p).articles()) {
          out.add(a.body());
        }
      }
      return out;
    }
  }

  private static String preview(String t) {
    return t.length() > 80 ? t.substring(0, 80) + "..." : t;
  }
}
