package io.aidfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import io.aidfacts.model.MentionType;
import io.aidfacts.read.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The discourse state: carried subjects and the antecedents of anaphors. */
class DiscourseTest {

  private static ViewDoc doc(String marked) {
    Marked m = Marked.parse(marked);
    Article a = m.article("2020-01-01");
    return new ViewDoc(a, TextNormalizer.normalize(a.body()), m.mentions());
  }

  private static List<AidFact> facts(String marked, String published) {
    Marked m = Marked.parse(marked);
    Article a = m.article(published);
    return new FrameFactAssembler().assemble(a, TextNormalizer.normalize(a.body()), m.mentions());
  }

  @Test
  void headNounAnaphorsTakeTheLatestOrganisationWithThatHead() {
    ViewDoc d = doc("{ORG:中联华通能源集团有限公司}召开会议，{ORG:山西华通煤业有限公司}参加。该集团还设立助学金。");
    int at = d.text.indexOf("该集团");
    Party p = new Discourse().resolve(d, at, "集团");
    assertEquals("中联华通能源集团有限公司", p.name());
    assertEquals(MentionType.ORG, p.type());
    Party company = new Discourse().resolve(d, at, "公司");
    assertEquals("山西华通煤业有限公司", company.name(), "the latest name holding 公司");
  }

  @Test
  void huiAnaphorTakesANameEndingInHui() {
    ViewDoc d = doc("{ORG:九三学社长沙市委会}来到{PLACE:花垣县}，{ORG:十八洞小学}师生欢迎。该会已组织5次活动。");
    assertEquals("九三学社长沙市委会", new Discourse().resolve(d, d.text.indexOf("该会"), "会").name());
  }

  @Test
  void personalPronounsTakeTheLatestPerson() {
    ViewDoc d = doc("{PERSON:陈兆基}祖籍广东，{ORG:凌云县教育局}介绍。他本人另向凌云县捐款。");
    assertEquals("陈兆基", new Discourse().resolve(d, d.text.indexOf("他本人"), null).name());
    assertNull(new Discourse().resolve(d, 0, null), "nothing before the start");
  }

  @Test
  void theTopicIsOnlyOfferedAfterItsOwnMention() {
    ViewDoc d = doc("{ORG:甲公司}捐款。");
    Discourse ds = new Discourse();
    Party p = Party.of(d, d.mentions.get(0));
    ds.setTopic(p, 0);
    assertEquals(p, ds.topic(d, d.text.length()));
    assertNull(ds.topic(d, 0));
    assertEquals(0, ds.topicParagraph());
  }

  @Test
  void aSubjectCarriesOverSentencesWithoutOneButNotOverSpeech() {
    List<AidFact> fs = facts("{ORG:福建省人力资源和社会保障厅}与{PLACE:西吉县}建立对接机制。"
        + "对在闽就业的劳动力，{PLACE:福建省}按每人每月300元的标准发放稳岗补贴；"
        + "对劳务经纪人，给予奖励。截至{DATE=2020-05:5月底}，已发放稳岗补贴{AMT=12600000:1260万元}。", "2020-06-15");
    assertEquals(1, fs.size());
    assertEquals("福建省", fs.get(0).donor());
    assertEquals(0.55, fs.get(0).confidence(), "carried within the paragraph, no receiver");
    List<AidFact> quoted = facts("{ORG:北京京西农产品流通有限公司}收购蔬菜。“订单让我们心里有底了。”种植大户{PERSON:王建军}说。"
        + "今年共收购蔬菜1.8万吨，收购金额达{AMT=42000000:4200万元}。", "2020-11-25");
    assertEquals("北京京西农产品流通有限公司", quoted.get(0).donor(), "a quoted speaker is no topic");
  }

  @Test
  void aSubjectCarriesIntoTheNextParagraphWithLowerConfidence() {
    List<AidFact> fs = facts("{ORG:香港仁济永续教育基金会}宣布援助凌云县。\n"
        + "据主席介绍，首期款项{AMT=8650000~a:约865万元}已汇入{ORG:凌云县教育局}专户。", "2020-10-15");
    assertEquals("香港仁济永续教育基金会", fs.get(0).donor());
    assertEquals(0.55, fs.get(0).confidence());
  }

  @Test
  void sentencesWithoutAnActAreReadInOrderEachUnderTheTopicBeforeIt() {
    // 该会 has no organisation mention to stand for: it takes the topic the first sentence
    // left (the name completed to 厦门市慈善总会), and the act two sentences on carries that.
    List<AidFact> fs = facts("{PLACE:厦门市}慈善总会召开理事会。该会举行仪式。会议结束。"
        + "次日又捐赠{AMT=100000:10万元}。", "2020-06-15");
    assertEquals(1, fs.size());
    assertEquals("厦门市慈善总会", fs.get(0).donor());
    // The later of two subjects is the one carried.
    List<AidFact> two = facts("{ORG:甲公司}召开会议。{ORG:乙集团}举行仪式。会议结束。又捐赠{AMT=100000:10万元}。",
        "2020-06-15");
    assertEquals("乙集团", two.get(0).donor());
  }
}
