package io.aidfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import io.aidfacts.model.Category;
import io.aidfacts.model.MentionType;
import io.aidfacts.read.TextNormalizer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembler alone, on inline fixtures whose mentions are given (see {@link Marked}). */
class FrameFactAssemblerTest {

  private final FrameFactAssembler assembler = new FrameFactAssembler();

  private List<AidFact> facts(String marked) {
    return facts(marked, "2019-12-06");
  }

  private List<AidFact> facts(String marked, String published) {
    Marked m = Marked.parse(marked);
    Article a = m.article(published);
    return assembler.assemble(a, TextNormalizer.normalize(a.body()), m.mentions());
  }

  private static long yuan(AidFact f) {
    return f.amount().money().value().longValueExact();
  }

  @Test
  void giverForReceiverGivesMoney() {
    List<AidFact> fs = facts("{DATE=2019:今年}，{ORG:民进大连市委会}为{ORG:中寨乡小学}捐赠{AMT=90000~ak:价值约9万元}的各类图书。");
    assertEquals(1, fs.size());
    AidFact f = fs.get(0);
    assertEquals("民进大连市委会", f.donor());
    assertEquals(MentionType.ORG, f.donorType());
    assertEquals("中寨乡小学", f.recipient());
    assertEquals(90000, yuan(f));
    assertEquals(Category.EDUCATION, f.category());
    assertEquals("2019", f.date().value());
    assertEquals("民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书", f.evidenceText());
    assertEquals(3, f.evidence().start());
    assertEquals(0.9, f.confidence());
  }

  @Test
  void clauseWithoutSubjectContinuesTheGiverOfTheClauseBefore() {
    List<AidFact> fs = facts("{ORG:民进大连市委会}为{ORG:中寨乡小学}捐赠{AMT=90000~ak:价值约9万元}的各类图书，"
        + "并向100名品学兼优、家庭困难的学生捐赠{AMT=10000~k:1万元}学习用品。");
    assertEquals(2, fs.size());
    assertEquals("民进大连市委会", fs.get(1).donor());
    assertEquals("100名品学兼优、家庭困难的学生", fs.get(1).recipient());
    assertEquals(10000, yuan(fs.get(1)));
    assertEquals("并向100名品学兼优、家庭困难的学生捐赠1万元学习用品", fs.get(1).evidenceText());
    assertEquals(0.8, fs.get(1).confidence());
  }

  @Test
  void twoAmountsOfOneVerbAreTwoFacts() {
    List<AidFact> fs = facts("{ORG:民建大连市委会}赴{ORG:中寨乡中学}现场捐赠{AMT=200000~k:价值20万元}衣物和{AMT=20000:2万元}现金。");
    assertEquals(2, fs.size());
    assertEquals(List.of(200000L, 20000L), List.of(yuan(fs.get(0)), yuan(fs.get(1))));
    assertEquals("中寨乡中学", fs.get(0).recipient());
    assertEquals("民建大连市委会", fs.get(1).donor());
  }

  @Test
  void eachOfSeveralGiversGivesTheAmount() {
    List<AidFact> fs = facts("{ORG:广州穗华建材有限公司}、{ORG:广州恒粤物流有限公司}分别捐赠{AMT=80000:8万元}，设立奖学金。");
    assertEquals(2, fs.size());
    assertEquals("广州穗华建材有限公司", fs.get(0).donor());
    assertEquals("广州恒粤物流有限公司", fs.get(1).donor());
    assertEquals(80000, yuan(fs.get(0)));
    assertEquals(80000, yuan(fs.get(1)));
    assertTrue(fs.get(0).coDonors().isEmpty());
  }

  @Test
  void severalGiversReceiversAndAmountsPairInOrder() {
    List<AidFact> fs = facts("{DATE=2020-01/2020-06:今年上半年}，{PLACE:福州市}、{PLACE:闽侯县}分别向{PLACE:定西市}和{PLACE:渭源县}"
        + "投入财政帮扶资金{AMT=150000000:1.5亿元}和{AMT=80000000:8000万元}，重点支持马铃薯等特色产业发展。", "2020-07-08");
    assertEquals(2, fs.size());
    assertEquals("福州市", fs.get(0).donor());
    assertEquals(MentionType.PLACE, fs.get(0).donorType());
    assertEquals("定西市", fs.get(0).recipient());
    assertEquals(150000000, yuan(fs.get(0)));
    assertEquals("闽侯县", fs.get(1).donor());
    assertEquals("渭源县", fs.get(1).recipient());
    assertEquals(80000000, yuan(fs.get(1)));
    assertEquals(Category.INDUSTRY, fs.get(1).category());
    assertEquals("2020-01/2020-06", fs.get(1).date().value());
  }

  @Test
  void jointGiversMakeOneFactWithCoDonors() {
    List<AidFact> fs = facts("{ORG:北京京润建设集团有限公司}和{ORG:北京华信公益基金会}共同捐资{AMT=8600000:860万元}，"
        + "在{PLACE:洛浦县}{PLACE:多鲁镇}援建一所寄宿制小学。", "2021-07-02");
    assertEquals(1, fs.size());
    assertEquals("北京京润建设集团有限公司", fs.get(0).donor());
    assertEquals(List.of("北京华信公益基金会"), fs.get(0).coDonors());
    assertEquals(Category.EDUCATION, fs.get(0).category());
  }

  @Test
  void huiTongNamesACoDonorFromTheClauseBefore() {
    List<AidFact> fs = facts("{ORG:无锡市卫生健康委员会}会同{ORG:无锡市红十字会}，组织市属8家医院向{ORG:互助土族自治县人民医院}"
        + "捐赠CT机等医疗设备一批，总价值{AMT=3260000~k:326万元}。", "2021-09-28");
    assertEquals(1, fs.size());
    AidFact f = fs.get(0);
    assertEquals("无锡市卫生健康委员会", f.donor());
    assertEquals(List.of("无锡市红十字会"), f.coDonors());
    assertEquals("互助土族自治县人民医院", f.recipient());
    assertEquals(Category.MEDICAL, f.category());
    assertEquals("无锡市卫生健康委员会会同无锡市红十字会，组织市属8家医院向互助土族自治县人民医院捐赠CT机等医疗设备一批，总价值326万元",
        f.evidenceText());
  }

  @Test
  void partnersOfAnAgreementAreNoCoDonors() {
    List<AidFact> fs = facts("{ORG:广州市绿穗种业有限公司}与{ORG:从江县人民政府}签订合作协议，投资{AMT=35000000:三千五百万元}，"
        + "建设示范基地。", "2021-05-20");
    assertEquals(1, fs.size());
    assertEquals("广州市绿穗种业有限公司", fs.get(0).donor());
    assertTrue(fs.get(0).coDonors().isEmpty());
    assertEquals(Category.INVESTMENT, fs.get(0).category());
  }

  @Test
  void receiverFirstFramesPutTheGiverAfterTheVerb() {
    List<AidFact> fs = facts("{DATE=2021-03-15:3月15日}，{ORG:昭觉县人民医院}举行捐赠交接仪式，正式接受{ORG:宁波市鄞州区慈善总会}"
        + "捐赠的X射线摄影系统1台，设备总价值{AMT=1800000~ak:近180万元}。", "2021-03-17");
    assertEquals(1, fs.size());
    assertEquals("宁波市鄞州区慈善总会", fs.get(0).donor());
    assertEquals("昭觉县人民医院", fs.get(0).recipient());
    assertEquals("2021-03-15", fs.get(0).date().value());
    List<AidFact> got = facts("日前，{ORG:贡山县茨开镇中心学校}获赠{ORG:珠海格致教育科技有限公司}捐赠的智慧黑板12套，"
        + "价值{AMT=380000~ak:约38万元}。", "2020-11-23");
    assertEquals("珠海格致教育科技有限公司", got.get(0).donor());
    assertEquals("贡山县茨开镇中心学校", got.get(0).recipient());
    List<AidFact> sent = facts("{ORG:康县阳坝镇中心小学}收到{ORG:青岛市崂山区海岸实验小学}师生发来的冬衣、文具等爱心物资，"
        + "价值{AMT=58000~k:5.8万元}。", "2020-12-28");
    assertEquals("青岛市崂山区海岸实验小学", sent.get(0).donor());
  }

  @Test
  void receivingFromUnnamedGiversIsNoFact() {
    assertEquals(List.of(), facts("截至9月8日，{ORG:泸定县红十字会}共接收社会捐赠款物{AMT=28600000~a:2860余万元}。", "2022-09-09"));
  }

  @Test
  void youChuziNamesTheGiver() {
    List<AidFact> fs = facts("此前，由{ORG:宁波甬康医疗投资有限公司}出资{AMT=1200000:120万元}建设的昭觉县远程会诊中心已投入使用。", "2021-03-17");
    assertEquals(1, fs.size());
    assertEquals("宁波甬康医疗投资有限公司", fs.get(0).donor());
    assertEquals(Category.MEDICAL, fs.get(0).category());
  }

  @Test
  void aVerbInsideANameIsNoVerb() {
    // 投资 inside the company's name does not make the 120万元 an investment of the hospital.
    List<AidFact> fs = facts("{ORG:宁波甬康医疗投资有限公司}负责人介绍，设备总价{AMT=1200000:120万元}。");
    assertEquals(List.of(), fs);
  }

  @Test
  void daiNamesThePrincipal() {
    List<AidFact> fs = facts("{ORG:珠海市驻福贡县帮扶工作组}代{ORG:珠海市民营企业家协会}向{ORG:福贡县上帕镇中心完小}"
        + "捐赠了一批图书和文具，价值{AMT=35000~k:3.5万元}。", "2020-11-23");
    assertEquals("珠海市民营企业家协会", fs.get(0).donor());
    assertEquals("福贡县上帕镇中心完小", fs.get(0).recipient());
    List<AidFact> mother = facts("青岛企业家{PERSON:刘海峰}代其母亲、退休教师{PERSON:张桂兰}向{ORG:成县抛沙镇敬老院}捐赠棉被等物资，"
        + "价值{AMT=20000~ak:2万余元}。", "2020-12-28");
    assertEquals("张桂兰", mother.get(0).donor());
    assertEquals(MentionType.PERSON, mother.get(0).donorType());
    assertEquals(Category.LIVELIHOOD, mother.get(0).category());
  }

  @Test
  void aGiverThroughAConduitIsTheGiver() {
    List<AidFact> fs = facts("{PLACE:浙江}{PLACE:湖州}爱心企业家{PERSON:沈国良}通过{ORG:四川省慈善总会}捐款{AMT=500000:50万元}，"
        + "用于受灾群众的生活安置。", "2022-09-09");
    assertEquals(1, fs.size());
    assertEquals("沈国良", fs.get(0).donor());
  }

  @Test
  void aPersonInAppositionIsTheGiver() {
    List<AidFact> fs = facts("{ORG:荔湾区工商联}副主席、{ORG:广州骏达实业有限公司}董事长{PERSON:陈立群}自掏腰包，"
        + "共发放慰问金{AMT=15000:1.5万元}。", "2020-09-18");
    assertEquals("陈立群", fs.get(0).donor());
    assertEquals(MentionType.PERSON, fs.get(0).donorType());
  }

  @Test
  void placesGiveAsAWholeButPlacesAsModifiersDoNot() {
    List<AidFact> fs = facts("{PLACE:北京市}{PLACE:海淀区}向{PLACE:墨玉县}拨付对口支援资金{AMT=48000000:4800万元}，实施饮水工程。", "2021-07-02");
    assertEquals("北京市海淀区", fs.get(0).donor());
    assertEquals(MentionType.PLACE, fs.get(0).donorType());
    assertEquals(Category.INFRASTRUCTURE, fs.get(0).category());
    List<AidFact> person = facts("{PLACE:福建}籍企业家{PERSON:林振华}看好定西马铃薯产业前景，投资{AMT=30000000:3000万元}"
        + "在{PLACE:巉口镇}建设加工厂。", "2020-07-08");
    assertEquals("林振华", person.get(0).donor());
    assertEquals(Category.INVESTMENT, person.get(0).category());
  }

  @Test
  void theSubjectOfAnEarlierSentenceCarriesOn() {
    List<AidFact> fs = facts("{ORG:福建闽源农业发展有限公司}落户{PLACE:会川镇}，建设育苗基地，投入资金{AMT=26000000:2600万元}；"
        + "又拿出{AMT=500000:50万元}设立“产业帮扶分红金”。", "2020-07-08");
    assertEquals(2, fs.size());
    assertEquals("福建闽源农业发展有限公司", fs.get(1).donor());
    assertEquals(Category.INDUSTRY, fs.get(1).category());
    assertEquals(Category.INVESTMENT, fs.get(0).category());
    assertEquals(0.55, fs.get(1).confidence());
  }

  @Test
  void anaphorsResolveToTheLatestMatchingName() {
    List<AidFact> fs = facts("日前，{ORG:中联华通能源集团有限公司}座谈会召开。会上通报，该集团向{PLACE:临县}投入无偿帮扶资金"
        + "{AMT=28600000:2860万元}，实施道路等基础设施项目。", "2019-12-20");
    assertEquals("中联华通能源集团有限公司", fs.get(0).donor());
    assertEquals(0.7, fs.get(0).confidence());
    List<AidFact> he = facts("{PERSON:陈兆基}祖籍广东。他本人另向{PLACE:凌云县}捐款{AMT=3000000/HKD:港币300万元}。", "2020-10-15");
    assertEquals("陈兆基", he.get(0).donor());
    assertEquals("HKD", he.get(0).amount().money().currency());
  }

  @Test
  void unnamedCollectivesGiveNoFact() {
    assertEquals(List.of(), facts("截至8月2日，全市商会组织和民营企业已累计向{PLACE:卫辉市}等受灾地区捐款捐物{AMT=130000000~a:1.3亿余元}。"));
    assertEquals(List.of(), facts("今年以来，{PLACE:香港}、{PLACE:澳门}各界人士已向{PLACE:百色市}捐款捐物{AMT=160000000~a:逾1.6亿元}。"));
    assertEquals(List.of(), facts("{ORG:某公司}成立。其中社会捐赠资金{AMT=31000000~a:约3100万元}。"));
  }

  @Test
  void aPlaceWithItsSectorsGives() {
    List<AidFact> fs = facts("自{DATE=2016:2016年}两地开展对口帮扶以来，{PLACE:广州市}各界已累计向{ORG:纳雍县教育系统}"
        + "投入帮扶资金{AMT=107000000:1.07亿元}。", "2020-09-18");
    assertEquals("广州市", fs.get(0).donor());
    assertNull(fs.get(0).date(), "a cumulative figure over several years has no date");
    assertEquals(Category.EDUCATION, fs.get(0).category());
  }

  @Test
  void ratesWagesThresholdsAndPledgesAreNoFacts() {
    assertEquals(List.of(), facts("{ORG:某公司}为每户发放慰问金{AMT=1000:1000元}。"));
    assertEquals(List.of(), facts("{ORG:某公司}员工月均工资{AMT=2800~a:2800元左右}。"));
    assertEquals(List.of(), facts("金额超过{AMT=500000~a:50万元}的项目一律公开招标。"));
    assertEquals(List.of(), facts("{PLACE:鄞州区}约定三年内投入健康帮扶资金{AMT=6000000~a:不少于600万元}。"));
    assertEquals(List.of(), facts("已开工项目38个，完成投资{AMT=120000000:1.2亿元}。"));
    assertEquals(List.of(), facts("{ORG:某公司}预计今年采购额{AMT=15000000~a:不低于1500万元}。"));
  }

  @Test
  void aSignedInvestmentCountsButAPlanDoesNot() {
    assertEquals(1, facts("{ORG:深圳汇侨投资发展有限公司}与{ORG:都安县人民政府}签约，计划投资{AMT=160000000:1.6亿元}建设项目。").size());
    assertEquals(List.of(), facts("{ORG:某基金会}计划在未来五年内向{PLACE:凌云县}捐赠{AMT=50000000:5000万元}。"));
  }

  @Test
  void theYuanEquivalentOfForeignMoneyIsTheFactsAmount() {
    List<AidFact> fs = facts("{ORG:香港仁济永续教育基金会}宣布捐助。据基金会主席{PERSON:陈兆基}介绍，首期款项"
        + "{AMT=10000000/HKD:港币一千万元}（{AMT=8650000~a:折合人民币约865万元}）已于{DATE=2020-10-01/2020-10-10:本月上旬}"
        + "汇入{ORG:凌云县教育局}专户。", "2020-10-15");
    assertEquals(1, fs.size());
    AidFact f = fs.get(0);
    assertEquals(8650000, yuan(f));
    assertEquals("香港仁济永续教育基金会", f.donor());
    assertEquals("凌云县教育局", f.recipient());
    assertEquals("2020-10-01/2020-10-10", f.date().value());
  }

  @Test
  void valueClausesAndMoneyBeforeItsVerb() {
    List<AidFact> fs = facts("{ORG:民革大连市委会}援建{PLACE:中寨乡}猕猴桃种植项目，{AMT=5000:5000元}帮扶资金已到位。");
    assertEquals("民革大连市委会", fs.get(0).donor());
    assertEquals("中寨乡猕猴桃种植项目", fs.get(0).recipient());
    assertEquals(Category.INDUSTRY, fs.get(0).category());
    List<AidFact> total = facts("{ORG:中联华通能源集团有限公司}今年资助考入大学的贫困学生150名，每人{AMT=5000~u:5000元}，共计{AMT=750000:75万元}。");
    assertEquals(1, total.size());
    assertEquals(750000, yuan(total.get(0)));
    assertEquals("考入大学的贫困学生150名", total.get(0).recipient());
  }

  @Test
  void buyingFromTheAidedAreaIsConsumption() {
    List<AidFact> fs = facts("上月，{ORG:杭州市西湖区机关事务管理局}一次性采购{ORG:宣恩县椒园镇云岭茶业专业合作社}的富硒绿茶"
        + "{AMT=800000~a:逾80万元}，用于机关食堂。", "2021-12-06");
    assertEquals(Category.CONSUMPTION, fs.get(0).category());
    assertEquals("宣恩县椒园镇云岭茶业专业合作社", fs.get(0).recipient());
    List<AidFact> sold = facts("{PLACE:福州市}{PLACE:鼓楼区}设立专柜21个，帮助销售定西土豆等产品{AMT=3000000~a:近300万元}。", "2020-07-08");
    assertEquals("福州市鼓楼区", sold.get(0).donor());
    assertEquals(Category.CONSUMPTION, sold.get(0).category());
    assertEquals(List.of(), facts("{ORG:某公司}日均带货销售额{AMT=150000~a:超过15万元}。"));
  }

  @Test
  void giftsOfGoodsWithoutValueAreFactsWithoutAmount() {
    List<AidFact> fs = facts("{ORG:荔湾区青年商会}向{PLACE:维新镇}的6所村级小学捐赠图书2000余册、体育器材300余件。", "2020-09-18");
    assertEquals(1, fs.size());
    assertNull(fs.get(0).amount());
    assertEquals("图书2000余册、体育器材300余件", fs.get(0).goods());
    assertEquals("维新镇的6所村级小学", fs.get(0).recipient());
    List<AidFact> by = facts("此次捐赠的1200册图书由社员企业{ORG:湖南岳麓书香文化传播有限公司}提供。", "2021-06-02");
    assertEquals("湖南岳麓书香文化传播有限公司", by.get(0).donor());
    assertEquals("1200册图书", by.get(0).goods());
    assertEquals(List.of(), facts("{ORG:某局}将管好用好每一台捐赠设备。"));
  }

  @Test
  void disasterArticlesClassTheirGiftsAsDisasterRelief() {
    List<AidFact> fs = facts("{PLACE:卫辉市}遭遇强降雨，多个乡镇严重受灾。{ORG:四川蜀康药业有限公司}向{ORG:卫辉市人民医院}"
        + "捐赠{AMT=850000~k:价值85万元}的药品。", "2021-08-03");
    assertEquals(Category.DISASTER, fs.get(0).category());
  }

  @Test
  void datesFollowTheClauseThenTheParagraphThenTheYear() {
    List<AidFact> fs = facts("{DATE=2020-09-16:9月16日}，{ORG:甲商会}向{ORG:乙学校}捐赠{AMT=10000:1万元}。\n"
        + "{ORG:丙公司}向{ORG:丁学校}捐赠{AMT=20000:2万元}。\n"
        + "早在{DATE=2018:2018年}，{ORG:戊基金会}便出资{AMT=30000:3万元}修建图书室。\n"
        + "{ORG:己公司}向{ORG:庚学校}捐赠{AMT=40000:4万元}，比{DATE=2019:去年}增长12%。", "2020-09-18");
    assertEquals(List.of("2020-09-16", "2020-09-16", "2018", "2020"),
        fs.stream().map(f -> f.date().value()).toList());
  }

  @Test
  void partsListedAfterQiZhongPointToTheirTotal() {
    List<AidFact> fs = facts("{ORG:青岛市工商联}组织企业捐款捐物{AMT=68000000:6800万元}。其中，{ORG:甲公司}捐款{AMT=2000000:200万元}。");
    assertEquals(2, fs.size());
    assertEquals(-1, fs.get(0).partOf());
    assertEquals(0, fs.get(1).partOf());
    assertEquals(new BigDecimal("2000000"), fs.get(1).amount().money().value());
  }

  @Test
  void shortFormsTakeTheFullestNameInTheArticle() {
    List<AidFact> fs = facts("{ORG:珠海市香洲区慈善会}成立多年。今年，{ORG:香洲区慈善会}向{ORG:福贡县教育体育局}捐赠{AMT=500000:五十万元}。", "2020-11-23");
    assertEquals("珠海市香洲区慈善会", fs.get(0).donor());
  }

  @Test
  void traditionalBodiesAreReadThroughTheirViewAndKeepTheirText() {
    Marked m = Marked.parse("9月6日，{ORG:成都天府聯合商會}向{ORG:瀘定縣紅十字會}捐贈救災資金{AMT=3000000:300萬元}，"
        + "並捐贈帳篷等物資，價值{AMT=1200000~ak:約120萬元}。");
    Article a = new Article("t", null, null, "2022-09-09", null, m.body(), io.aidfacts.model.Script.TRADITIONAL);
    List<AidFact> fs = assembler.assemble(a, TextNormalizer.normalize(a.body()), m.mentions());
    assertEquals(2, fs.size());
    assertEquals("成都天府聯合商會", fs.get(1).donor());
    assertEquals("瀘定縣紅十字會", fs.get(1).recipient());
    assertEquals("並捐贈帳篷等物資，價值約120萬元", fs.get(1).evidenceText());
  }

  @Test
  void aNameCutShortIsCompletedUpToItsHead() {
    List<AidFact> fs = facts("{DATE=2021-01:12月20日}以来，{PLACE:厦门市}慈善总会已先后向{ORG:临夏州慈善总会}拨付救助资金{AMT=1500000:150万元}。", "2021-01-05");
    assertEquals("厦门市慈善总会", fs.get(0).donor());
    assertEquals(MentionType.ORG, fs.get(0).donorType());
    List<AidFact> glued = facts("推介会上，{PLACE:香港}{PERSON:嘉瑞}慈善基金会与{ORG:榕江县人民政府}签署捐赠协议，"
        + "并当场向{PLACE:榕江县}捐赠{AMT=5000000:人民币500万元}。", "2021-05-20");
    assertEquals("香港嘉瑞慈善基金会", glued.get(0).donor());
    assertEquals("榕江县", glued.get(0).recipient());
    List<AidFact> place = facts("{PLACE:杭州市}把消费帮扶作为抓手，{PLACE:杭州市}按标准给予奖补，已累计发放奖补资金{AMT=8620000:862万元}。", "2021-12-06");
    assertEquals("杭州市", place.get(0).donor(), "no organisation head follows: the place itself gives");
  }

  @Test
  void aNameThatSwallowedItsPrepositionKeepsTheFrame() {
    List<AidFact> fs = facts("10月下旬，{PLACE:合肥市}{PLACE:庐阳区}慈善协会{ORG:代合肥徽润置业有限公司}向{PLACE:吴家店镇}"
        + "捐赠了一批净水设备，价值{AMT=420000~ak:约42万元}。", "2020-11-20");
    assertEquals("合肥徽润置业有限公司", fs.get(0).donor());
    assertEquals(Category.LIVELIHOOD, fs.get(0).category());
  }

  @Test
  void sellingForTheAidedAreaIsConsumptionEvenWithThePlaceBetween() {
    List<AidFact> fs = facts("{DATE=2021:今年以来}，{PLACE:杭州市}通过“以购代捐”等方式，帮助{PLACE:恩施州}销售茶叶等农特产品"
        + "{AMT=178000000:一点七八亿元}，带动群众增收。", "2021-12-06");
    assertEquals(1, fs.size());
    assertEquals("杭州市", fs.get(0).donor());
    assertEquals(Category.CONSUMPTION, fs.get(0).category());
    assertEquals("2021", fs.get(0).date().value());
  }

  @Test
  void loansGuaranteesAndSharesAreFinanceNotAid() {
    assertEquals(List.of(), facts("{ORG:某信托公司}向{ORG:某公司}发放{AMT=195000000:1.95亿元}的信托贷款。"));
    assertEquals(List.of(), facts("{ORG:某公司}为有关交易提供{AMT=596000000:5.96亿元}本息连带责任担保。"));
    assertEquals(List.of(), facts("{ORG:某基金}以{AMT=3000000:300万元}出资额认购股权。"));
    assertEquals(List.of(), facts("{ORG:某集团}收购价{AMT=700000000:7亿元}。"));
  }
}
