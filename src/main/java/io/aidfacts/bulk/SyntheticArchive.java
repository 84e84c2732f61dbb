package io.aidfacts.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Generates an archive of news-like articles as JSON Lines for benchmarks and memory tests:
 * aid reports (donors, recipients, amounts in the forms news uses, dates, goods) among
 * articles on other subjects (sports, traffic, economy, weather) that carry no cue of giving,
 * padded with the boilerplate sentences of local news. Deterministic for a seed; about 1,000
 * characters of body an article. The text is generated, not taken from any source.
 */
public final class SyntheticArchive {

  private static final String[] DONORS = {"民进大连市委会", "九三学社大连市委会", "农工党大连市委会", "大连市红十字会",
      "中国扶贫基金会", "广州市慈善会", "福建省工商联", "青岛啤酒股份有限公司", "杭州市西湖区人民政府",
      "宁波市卫生健康委员会", "北京市西城区教育委员会", "上海市杨浦区人民政府", "珠海市教育局", "厦门市总工会",
      "大连九三企业家联合会", "民盟大连市委", "致公党旅顺口区基层委员会", "贵州水城力威铝业科技有限公司"};
  private static final String[] RECIPIENTS = {"六盘水市第二人民医院", "中寨乡小学", "纳雍县民族中学", "昭觉县人民医院",
      "定西市安定区", "福贡县", "东乡县", "西吉县", "凌云县第一小学", "金寨县", "张北县", "卫辉市", "镇雄县",
      "泸定县", "互助县卫生院", "中寨乡卫生院", "临县", "陇南市"};
  private static final String[] PLACES = {"贵州省六盘水市", "四川省凉山州", "甘肃省定西市", "云南省怒江州", "湖北省恩施州",
      "河南省兰考县", "新疆和田地区", "西藏林芝市", "宁夏固原市", "安徽省金寨县", "河北省张北县", "山西省临县"};
  private static final String[] VERBS = {"捐赠", "捐助", "资助", "援建", "拨付", "投入", "捐款"};
  private static final String[] GOODS = {"图书", "衣物", "医疗设备", "学习用品", "防疫物资", "课桌椅", "电脑", "棉被"};
  private static final String[] PURPOSES = {"改善学校办学条件", "建设村级卫生室", "资助家庭困难学生", "修建通村公路",
      "发展特色种植产业", "开展医疗帮扶"};
  private static final String[] PEOPLE = {"张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆", "赵天喜", "黄磊", "周敏", "吴刚"};
  private static final String[] OUTLETS = {"大连日报", "贵州日报", "人民网", "新华网", "甘肃日报", "南方日报"};
  private static final String[] TEAMS = {"大连人队", "山东泰山队", "上海海港队", "北京国安队", "成都蓉城队", "浙江队"};
  private static final String[] CN_DIGITS = {"一", "两", "三", "四", "五", "六", "七", "八", "九"};
  private static final String[] FILLERS = {
      "会议强调，要坚持以人民为中心的发展思想，扎实推进各项工作落地见效。",
      "与会人员围绕相关议题进行了深入交流，并就下一步工作提出了意见和建议。",
      "近年来，当地积极推动产业结构调整，经济社会发展取得了明显成效。",
      "据介绍，这项工作已连续开展多年，得到了社会各界的广泛好评。",
      "活动期间，工作人员还深入村组，实地了解群众的生产生活情况。",
      "下一步，有关部门将进一步完善工作机制，推动各项措施落实到位。",
      "参加活动的还有市直有关部门负责同志和当地干部群众代表。",
      "这是今年以来当地举办的第三场同类活动。"};

  private final Random random;

  public SyntheticArchive(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Writes {@code n} articles to {@code file} as JSON Lines, one in {@code aidEvery} about aid
   * (1: all of them).
   *
   * @return the file's size in bytes
   */
  public static long write(Path file, int n, int aidEvery, long seed) throws IOException {
    SyntheticArchive g = new SyntheticArchive(seed);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < n; i++) {
        w.write(g.article("syn" + i, i % aidEvery == 0));
        w.write('\n');
      }
    }
    return Files.size(file);
  }

  /** One article as a JSON object {@code {id, url, title, published, outlet, body}}. */
  public String article(String id, boolean aid) {
    LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000));
    StringBuilder body = new StringBuilder(1200);
    String title;
    int paragraphs = 4 + random.nextInt(4);
    if (aid) {
      String donor = pick(DONORS);
      String recipient = pick(RECIPIENTS);
      title = donor + "情系" + recipient;
      for (int p = 0; p < paragraphs; p++) {
        if (p > 0) {
          body.append('\n');
        }
        int sentences = 3 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
          body.append(random.nextInt(3) == 0 ? pick(FILLERS) : aidSentence(day, donor, recipient));
        }
      }
    } else {
      int topic = random.nextInt(4);
      title = switch (topic) {
        case 0 -> pick(TEAMS) + "主场取胜";
        case 1 -> pick(PLACES) + "发布出行提示";
        case 2 -> pick(PLACES) + "经济运行稳中向好";
        default -> pick(PLACES) + "将迎来降温天气";
      };
      for (int p = 0; p < paragraphs; p++) {
        if (p > 0) {
          body.append('\n');
        }
        int sentences = 3 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
          body.append(random.nextInt(3) == 0 ? pick(FILLERS) : otherSentence(topic, day));
        }
      }
    }
    StringWriter sw = new StringWriter(body.length() * 2);
    try (JsonGenerator g = JSON.createGenerator(sw)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("url", "http://news.example.cn/" + day.getYear() + "/" + id + ".html");
      g.writeStringField("title", title);
      g.writeStringField("published", day + "T" + String.format("%02d:%02d:00", 6 + random.nextInt(14), random.nextInt(60)));
      g.writeStringField("outlet", pick(OUTLETS));
      g.writeStringField("body", body.toString());
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return sw.toString();
  }

  private static final JsonFactory JSON = new JsonFactory();

  private String aidSentence(LocalDate day, String donor, String recipient) {
    return switch (random.nextInt(6)) {
      case 0 -> date(day) + "，" + donor + "向" + recipient + pick(VERBS) + amount() + "，用于" + pick(PURPOSES) + "。";
      case 1 -> donor + "为" + recipient + "捐赠价值约" + (1 + random.nextInt(90)) + "万元的" + pick(GOODS) + "。";
      case 2 -> "据了解，" + donor + "累计" + pick(VERBS) + amount() + "，帮助" + (10 + random.nextInt(500))
          + "名困难群众解决实际问题。";
      case 3 -> "活动现场，" + pick(PEOPLE) + "代表" + donor + "向" + recipient + "移交了" + pick(GOODS) + "和"
          + pick(GOODS) + "。";
      case 4 -> recipient + "负责人" + pick(PEOPLE) + "表示，将用好每一分爱心款，让受助群众切实感受到温暖。";
      default -> "自" + (day.getYear() - 1 - random.nextInt(5)) + "年以来，" + donor + "已在" + pick(PLACES)
          + "开展帮扶项目" + (2 + random.nextInt(30)) + "个。";
    };
  }

  private String otherSentence(int topic, LocalDate day) {
    return switch (topic) {
      case 0 -> date(day) + "晚，" + pick(TEAMS) + "在主场以" + random.nextInt(5) + "比" + random.nextInt(3) + "战胜"
          + pick(TEAMS) + "，现场观众超过" + (1 + random.nextInt(5)) + "万人。";
      case 1 -> pick(PLACES) + "交警部门提醒市民注意出行安全，" + (1 + random.nextInt(20)) + "号线将于"
          + date(day) + "起封闭施工，请提前规划路线。";
      case 2 -> pick(PLACES) + "前三季度地区生产总值同比增长" + (3 + random.nextInt(6)) + "." + random.nextInt(10)
          + "%，社会消费品零售总额达到" + (100 + random.nextInt(900)) + "亿元。";
      default -> "受冷空气影响，" + pick(PLACES) + "未来三天将出现降温天气，最低气温" + (random.nextInt(15) - 10)
          + "摄氏度，请市民注意防寒保暖。";
    };
  }

  private String date(LocalDate day) {
    return switch (random.nextInt(4)) {
      case 0 -> day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
      case 1 -> day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
      case 2 -> "今年" + day.getMonthValue() + "月";
      default -> "近日";
    };
  }

  private String amount() {
    return switch (random.nextInt(6)) {
      case 0 -> (1 + random.nextInt(999)) + "万元";
      case 1 -> (1 + random.nextInt(99)) + "." + (1 + random.nextInt(9)) + "万元";
      case 2 -> pick(CN_DIGITS) + "十万元";
      case 3 -> (1 + random.nextInt(9)) + "." + random.nextInt(10) + "亿元";
      case 4 -> (1000 + random.nextInt(90000)) + "元";
      default -> (1 + random.nextInt(300)) + "万余元";
    };
  }

  private String pick(String[] pool) {
    return pool[random.nextInt(pool.length)];
  }
}
