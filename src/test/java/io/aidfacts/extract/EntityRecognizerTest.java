package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.AidFacts;
import io.aidfacts.model.Article;
import io.aidfacts.model.Mention;
import io.aidfacts.model.OrgMention;
import io.aidfacts.model.PersonMention;
import io.aidfacts.model.PlaceMention;
import io.aidfacts.model.Script;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

  static AidFacts aid;

  @BeforeAll
  static void build() {
    aid = AidFacts.builder().facts(false).build();
  }

  private static List<Mention> mentions(String body) {
    return aid.extract(Article.of("t", body)).mentions();
  }

  private static <T extends Mention> Optional<T> find(List<Mention> ms, Class<T> type, String text) {
    return ms.stream().filter(type::isInstance).map(type::cast).filter(m -> m.text().equals(text)).findFirst();
  }

  private static <T extends Mention> List<String> texts(List<Mention> ms, Class<T> type) {
    return ms.stream().filter(type::isInstance).map(Mention::text).toList();
  }

  @Test
  void partyBranchIsOneOrganisationWithItsCanonicalName() {
    String body = "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。";
    List<Mention> ms = mentions(body);
    OrgMention branch = find(ms, OrgMention.class, "民进大连市委会").orElseThrow();
    assertEquals(0, branch.start());
    assertEquals(7, branch.end());
    assertEquals("中国民主促进会大连市委员会", branch.canonical());
    OrgMention school = find(ms, OrgMention.class, "中寨乡小学").orElseThrow();
    assertEquals(8, school.start());
    assertEquals(13, school.end());
    // The place inside the school's name is not reported on its own.
    assertEquals(List.of(), texts(ms, PlaceMention.class));
  }

  @Test
  void prepositionsAndVerbsBeforeANameAreNotSwallowed() {
    List<Mention> ms = mentions("民建大连市委会赴中寨乡中学现场捐赠衣物。农工党大连市委会为三家寨小学捐赠2万元。");
    assertEquals(List.of("民建大连市委会", "中寨乡中学", "农工党大连市委会", "三家寨小学"), texts(ms, OrgMention.class));
    assertEquals("中国农工民主党大连市委员会",
        find(ms, OrgMention.class, "农工党大连市委会").orElseThrow().canonical());
  }

  @Test
  void aPlaceStartsASecondOrganisationAfterACompleteOne() {
    List<Mention> ms = mentions("经推动，大连化物所六盘水师范学院院士工作站揭牌。");
    assertEquals(List.of("大连化物所", "六盘水师范学院"), texts(ms, OrgMention.class));
    assertEquals("中国科学院大连化学物理研究所", find(ms, OrgMention.class, "大连化物所").orElseThrow().canonical());
  }

  @Test
  void unitsOfABodyStayInItsName() {
    List<Mention> ms = mentions("今年4月，民盟大连市委医药专委会和六盘水市第二人民医院续签协议。大连市委统战部高度重视。");
    assertEquals(List.of("民盟大连市委医药专委会", "六盘水市第二人民医院", "大连市委统战部"), texts(ms, OrgMention.class));
    assertEquals("中国民主同盟大连市委员会医药专门委员会",
        find(ms, OrgMention.class, "民盟大连市委医药专委会").orElseThrow().canonical());
    assertEquals("中国共产党大连市委员会统一战线工作部",
        find(ms, OrgMention.class, "大连市委统战部").orElseThrow().canonical());
  }

  @Test
  void shortFormsLinkToTheFullNameInTheSameArticle() {
    List<Mention> ms = mentions("大连九三企业家联合会设立基金，九三企业家联合会首捐3万元。六盘水市第二人民医院晋级，六盘水二院的学科建设不断完善。");
    assertEquals("大连九三企业家联合会", find(ms, OrgMention.class, "九三企业家联合会").orElseThrow().canonical());
    assertEquals("六盘水市第二人民医院", find(ms, OrgMention.class, "六盘水二院").orElseThrow().canonical());
  }

  @Test
  void genericBodiesAreNotOrganisations() {
    List<Mention> ms = mentions("让群众在家门口享受三甲医院专家诊疗服务，市政府表示支持。");
    assertEquals(List.of(), texts(ms, OrgMention.class));
  }

  @Test
  void placesResolveToDivisionCodesWithTheirPath() {
    String body = "专家赴六盘水市中寨乡开展义诊，在水城购买辣椒。";
    List<Mention> ms = mentions(body);
    PlaceMention city = find(ms, PlaceMention.class, "六盘水市").orElseThrow();
    assertEquals(body.indexOf("六盘水市"), city.start());
    assertEquals("520200", city.code());
    assertEquals(List.of("贵州省", "六盘水市"), city.path());
    // 中寨乡 is the short form of 中寨苗族彝族布依族乡 of 六枝特区; Jiangxi and Yunnan have
    // townships officially named 中寨乡, which 六盘水 rules out.
    PlaceMention township = find(ms, PlaceMention.class, "中寨乡").orElseThrow();
    assertEquals("520203208", township.code());
    assertEquals(List.of("贵州省", "六盘水市", "六枝特区", "中寨苗族彝族布依族乡"), township.path());
    // 水城 is an ordinary word (water city) unless the article is about 六盘水.
    PlaceMention county = find(ms, PlaceMention.class, "水城").orElseThrow();
    assertEquals("520204", county.code());
    assertEquals(body.indexOf("水城"), county.start());
  }

  @Test
  void ambiguousPlacesStayUnresolvedAndUnsupportedBareNamesAreDropped() {
    List<Mention> ms = mentions("在水城购买辣椒，中寨乡的群众前来。");
    assertFalse(find(ms, PlaceMention.class, "水城").isPresent());
    PlaceMention township = find(ms, PlaceMention.class, "中寨乡").orElseThrow();
    assertNull(township.code());
    assertEquals(List.of(), township.path());
  }

  @Test
  void autonomousPrefectureShortFormAndVillage() {
    String body = "物资运抵凉山州昭觉县，民盟大连市委与六盘水市何家寨村签订协议。";
    List<Mention> ms = mentions(body);
    assertEquals("513400", find(ms, PlaceMention.class, "凉山州").orElseThrow().code());
    assertEquals("513431", find(ms, PlaceMention.class, "昭觉县").orElseThrow().code());
    PlaceMention village = find(ms, PlaceMention.class, "何家寨村").orElseThrow();
    assertEquals(body.indexOf("何家寨村"), village.start());
    assertNull(village.code());
  }

  @Test
  void personsWithoutNumeralFragmentsAndWithTitles() {
    String body = "募集了3700余册各类书籍。安排中寨乡卫生院黄金副院长进修，副主委赵天喜响应号召。";
    List<Mention> ms = mentions(body);
    assertEquals(List.of("黄金", "赵天喜"), texts(ms, PersonMention.class));
    PersonMention p = find(ms, PersonMention.class, "黄金").orElseThrow();
    assertEquals(body.indexOf("黄金"), p.start());
  }

  @Test
  void personsWithoutGluedPrepositionsOrWordPiecesAndNotCutShort() {
    String body = "院长吴弦光代表医院向唐胜利赠送编织机。向贫困户捐赠鸡苗2万只。副主任罗毅刚出席，金丽说，大家很感激。";
    List<Mention> ms = mentions(body);
    assertEquals(List.of("吴弦光", "唐胜利", "罗毅刚", "金丽"), texts(ms, PersonMention.class));
    PersonMention tang = find(ms, PersonMention.class, "唐胜利").orElseThrow();
    assertEquals(body.indexOf("唐胜利"), tang.start());
    assertEquals(body.indexOf("唐胜利") + 3, tang.end());
    PersonMention luo = find(ms, PersonMention.class, "罗毅刚").orElseThrow();
    assertEquals(body.indexOf("罗毅刚"), luo.start());
    assertEquals(body.indexOf("罗毅刚") + 3, luo.end());
  }

  @Test
  void traditionalBodyKeepsOffsetsIntoTheOriginal() {
    String body = "廣州市荔灣區工商業聯合會向納雍縣教育局捐贈助學資金86萬元。";
    List<Mention> ms = aid.extract(new Article("t", null, null, null, null, body, Script.TRADITIONAL)).mentions();
    OrgMention donor = find(ms, OrgMention.class, "廣州市荔灣區工商業聯合會").orElseThrow();
    assertEquals(0, donor.start());
    assertEquals(12, donor.end());
    OrgMention recipient = find(ms, OrgMention.class, "納雍縣教育局").orElseThrow();
    assertEquals(13, recipient.start());
    assertEquals(19, recipient.end());
    for (Mention m : ms) {
      assertEquals(m.text(), body.substring(m.start(), m.end()));
    }
  }

  @Test
  void aUserLexiconAddsNamesToThatPipelineOnly() {
    String body = "计划招商引资大连臻溪谷等企业落户。";
    AidFacts withWords = AidFacts.builder().facts(false).lexicon(List.of("臻溪谷 nt")).build();
    List<Mention> ms = withWords.extract(Article.of("t", body)).mentions();
    OrgMention o = find(ms, OrgMention.class, "大连臻溪谷").orElseThrow();
    assertEquals(body.indexOf("大连"), o.start());
    assertTrue(find(mentions(body), OrgMention.class, "大连臻溪谷").isEmpty());
  }

  @Test
  void laterWordsThatCannotStandAloneContinueTheName() {
    String body = "北京京润建设集团有限公司向纳雍县厍东关乡中心小学捐赠电脑，杭州一家电子厂也参与。";
    List<Mention> ms = mentions(body);
    assertEquals(List.of("北京京润建设集团有限公司", "纳雍县厍东关乡中心小学"), texts(ms, OrgMention.class));
    assertEquals(body.indexOf("纳雍县"), find(ms, OrgMention.class, "纳雍县厍东关乡中心小学").orElseThrow().start());
  }

  @Test
  void foreignGovernmentsAreTheirCountryAndTeamsAreOrganisations() {
    List<Mention> ms = mentions("金里奇对美国政府的政策不满。巴西队与挪威队同分一组。");
    assertEquals(List.of("巴西队", "挪威队"), texts(ms, OrgMention.class));
    assertTrue(find(ms, PlaceMention.class, "美国").isPresent());
  }
}
