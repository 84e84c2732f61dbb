package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aidfacts.AidFacts;
import io.aidfacts.model.Article;
import io.aidfacts.model.Mention;
import io.aidfacts.model.OrgMention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisation grammar on hand-written news sentences: each case asserts the exact spans
 * (start, end, text) of the organisations found, and nothing else.
 */
class OrgGrammarTest {

  static AidFacts aid;

  @BeforeAll
  static void build() {
    aid = AidFacts.builder().facts(false).build();
  }

  /** Organisations of {@code body} as {@code text@start-end}. */
  private static List<String> orgs(String body) {
    return aid.extract(Article.of("t", body)).mentions().stream().filter(OrgMention.class::isInstance)
        .map(m -> m.text() + "@" + m.start() + "-" + m.end()).toList();
  }

  private static String at(String body, String name) {
    int i = body.indexOf(name);
    return name + "@" + i + "-" + (i + name.length());
  }

  @Test
  void wellKnownBodiesByTheirShortNames() {
    String body = "国际足联和世贸组织的官员昨天会见了新华社记者。";
    assertEquals(List.of(at(body, "国际足联"), at(body, "世贸组织"), at(body, "新华社")), orgs(body));
    assertEquals("国际足球联合会",
        ((OrgMention) aid.extract(Article.of("t", body)).mentions().stream().filter(OrgMention.class::isInstance)
            .findFirst().orElseThrow()).canonical());
  }

  @Test
  void aCountyCommitteeBeforeItsSecretaryIsTheBodyNotThePlace() {
    String body = "张明任滨海县委书记多年。";
    assertEquals(List.of(at(body, "滨海县委")), orgs(body));
  }

  @Test
  void aMinisterTitleNamesTheMinistry() {
    String body = "法国外交部长昨天会见了记者。";
    assertEquals(List.of(at(body, "法国外交部")), orgs(body));
  }

  @Test
  void bodiesNamedByTheirLevelOfGovernment() {
    String national = "国家质量技术监督局批准了两项标准。";
    assertEquals(List.of(at(national, "国家质量技术监督局")), orgs(national));
    String city = "市审计局审计了财政收支，市委高度重视。";
    assertEquals(List.of(at(city, "市审计局"), at(city, "市委")), orgs(city));
    String office = "国家统计局湖南调查队发布数据。";
    assertEquals(List.of(at(office, "国家统计局湖南调查队")), orgs(office));
  }

  @Test
  void congressesWithTheirSessionNumber() {
    String party = "党的十六大提出了目标。";
    assertEquals(List.of(at(party, "十六大")), orgs(party));
    String npc = "第十届全国人大第一次会议开幕。";
    assertEquals(List.of(at(npc, "第十届全国人大")), orgs(npc));
  }

  @Test
  void aDepartmentStaysWithItsUniversity() {
    String body = "他毕业于南京大学历史系。";
    assertEquals(List.of(at(body, "南京大学历史系")), orgs(body));
  }

  @Test
  void papersInTitleMarksButNotDocuments() {
    String times = "据《纽约时报》报道，会议推迟。";
    assertEquals(List.of(at(times, "纽约时报")), orgs(times));
    String local = "广州《羊城晚报》刊文指出，票价上涨。";
    assertEquals(List.of(at(local, "广州《羊城晚报》")), orgs(local));
    String magazine = "《读书》杂志发表了文章。";
    assertEquals(List.of(at(magazine, "《读书》杂志")), orgs(magazine));
    assertEquals(List.of(), orgs("他读了《政府工作报告》。"));
  }

  @Test
  void commonWordsHanlpTagsAsCompaniesAreNotOrganisations() {
    assertEquals(List.of(), orgs("现代科学技术的发展很快。"));
  }

  @Test
  void aOneCharacterVerbBeforeAPlaceIsNotSwallowedButZhuIs() {
    String body = "珠海市驻福贡县帮扶工作组到上帕镇中心完小走访。";
    assertEquals(List.of(at(body, "珠海市驻福贡县帮扶工作组"), at(body, "上帕镇中心完小")), orgs(body));
  }

  @Test
  void partiesLegislaturesAndCabinetsByTheirNames() {
    String parties = "美国共和党和自民党都表示反对。";
    assertEquals(List.of(at(parties, "美国共和党"), at(parties, "自民党")), orgs(parties));
    String cabinet = "以色列内阁通过了计划。";
    assertEquals(List.of(at(cabinet, "以色列内阁")), orgs(cabinet));
  }

  @Test
  void oneCharacterHeadsEndWorksAndPresses() {
    String body = "南昌胶鞋厂和中国图片社签了合同。";
    assertEquals(List.of(at(body, "南昌胶鞋厂"), at(body, "中国图片社")), orgs(body));
  }

  @Test
  void aGovernmentIsABodyOnlyAfterADivisionNamedInFull() {
    String county = "都安县人民政府发出通知。";
    assertEquals(List.of(at(county, "都安县人民政府")), orgs(county));
    assertEquals(List.of(), orgs("英国新政府将履行协议。"));
  }

  @Test
  void buildingsAndDatelinesAreNotPartOfBodies() {
    assertEquals(List.of(), orgs("他在中国美术馆参观。"));
    String body = "本报讯吉林高校党工委近日召开会议。";
    assertEquals(List.of(at(body, "吉林高校党工委")), orgs(body));
  }

  @Test
  void countriesAndProvincesStandForTheirTeamsOnlyInMatchReports() {
    String match = "复赛阶段，第一轮山东对江苏，比分为3∶1。";
    assertEquals(List.of(at(match, "山东"), at(match, "江苏")), orgs(match));
    String list = "数次获过世界杯冠军的意大利、巴西队揭开了序幕。";
    assertEquals(List.of(at(list, "意大利"), at(list, "巴西队")), orgs(list));
    assertEquals(List.of(), orgs("中国对美国的出口增长很快。"));
    String venue = "中国男排将在美国的夏威夷与美国队进行比赛。";
    assertEquals(List.of(at(venue, "中国男排"), at(venue, "美国队")), orgs(venue));
  }

  @Test
  void falseNamesBeforeAKnownBodyAreCutOff() {
    String body = "值此北大建校一百周年之际，老一代红军将领写信祝贺。";
    assertEquals(List.of(at(body, "北大"), at(body, "红军")), orgs(body));
  }

  @Test
  void aCountryByItsInitialBeforeItsBodyButNotADay() {
    String ministry = "菲农业部日前公布了数字。";
    assertEquals(List.of(at(ministry, "菲农业部")), orgs(ministry));
    String day = "3月24日大众首先开价。";
    assertEquals(List.of(at(day, "大众")), orgs(day));
  }

  @Test
  void countedBodiesAreKindsNotNames() {
    assertEquals(List.of(), orgs("一周前，加拿大两家大银行也加入了兼并的潮流。"));
    String body = "美国已下令中止四家墨西哥银行的业务。";
    assertEquals(List.of(at(body, "墨西哥银行")), orgs(body));
  }

  @Test
  void aBureauNamedByItsFieldIsABodyButAGovernmentIsNot() {
    String body = "卫生局不支持他的要求，市政府也没有答复。";
    assertEquals(List.of(at(body, "卫生局")), orgs(body));
  }
}
