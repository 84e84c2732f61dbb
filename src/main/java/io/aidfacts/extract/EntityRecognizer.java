package io.aidfacts.extract;

import static io.aidfacts.extract.Tags.*;

import io.aidfacts.extract.Divisions.Division;
import io.aidfacts.extract.PlaceResolver.Resolution;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.Mention;
import io.aidfacts.model.OrgMention;
import io.aidfacts.model.PersonMention;
import io.aidfacts.model.PlaceMention;
import io.aidfacts.segment.HanlpLexicon;
import io.aidfacts.segment.PersonNames;
import io.aidfacts.segment.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisations, places and persons by rules over the segmenter's words and the bundled
 * lexicons, built on HanLP's tags rather than its organisation recognizer (which over-merges
 * neighbours and cuts names).
 *
 * <ul>
 *   <li>ORG: a run of name words ending in an organisation word: a unit suffix of
 *       {@code org-suffixes.tsv} ({@code 委员会}, {@code 小学}, {@code 有限公司}), a word HanLP
 *       tags as an organisation or its suffix ({@code nt}, {@code nis}), or a name of
 *       {@code orgs.tsv}. Prepositions, verbs, pronouns and punctuation end the run, so
 *       {@code 为}/{@code 赴}/{@code 向} are never swallowed. A run holds two organisations
 *       when a place starts a new name after a complete one ({@code 大连化物所|六盘水师范学院});
 *       a party's branch keeps its place ({@code 民盟大连市委会}). A run needs a proper name in
 *       it ({@code 三甲医院} is not an organisation).</li>
 *   <li>PLACE: administrative divisions by any of their names (see {@link Divisions}),
 *       HanLP's place words and {@code places.txt}, villages ({@code 何家寨村}); places inside
 *       an organisation's name are not reported but help resolve the others. A bare short name
 *       that HanLP does not tag as a place ({@code 水城}) counts only when another place of the
 *       article supports it.</li>
 *   <li>PERSON: HanLP's person names outside organisations and places, without the numeral
 *       fragments HanLP mistakes for names ({@code 3700余册}), plus surnamed names right before
 *       a title ({@code 黄金副院长}).</li>
 * </ul>
 *
 * <p>Canonical names come from {@link OrgNames}; a short form links to a longer name of the
 * same article that ends like it ({@code 九三企业家联合会} -> 大连九三企业家联合会) or keeps its
 * characters in order ({@code 六盘水二院} -> 六盘水市第二人民医院). Thread-safe.
 */
public final class EntityRecognizer implements Recognizer {

  private static final int MAX_ORG = 30;
  private static final List<String> TITLE_ENDINGS = List.of("长", "书记", "主任", "主席", "委员", "经理",
      "总裁", "主委", "总监", "教授", "院士", "理事", "干事", "专员", "代表");
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
      + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
      + "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁"
      + "尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
      + "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
      + "丛仲虞敖巩明佘池查麻苑迟邝";
  // Words that open a run of nouns but never an organisation's name.
  private static final Set<String> GENERIC_START = Set.of("企业", "党员", "成员", "单位", "部门", "群众", "学生",
      "全市", "全县", "全省", "全区", "当地", "本地", "我市", "我县", "该市", "该县", "各级", "基层", "项目", "活动",
      "工作", "爱心", "社会", "全体", "有关", "相关", "广大", "国家级", "省级", "市级", "县级", "定点", "公立",
      "民营", "乡镇", "村级", "优质", "知名", "龙头", "重点", "贫困", "家庭", "人民", "中国人民", "所属", "旗下",
      "寄宿制", "下属", "本报讯", "本报");
  private static final Set<String> VERB_IN_NAMES = Set.of("发展", "建设", "研究", "开发", "服务", "管理", "投资",
      "扶贫", "救助", "保护", "促进", "援助", "合作", "贸易", "经营", "咨询", "实验", "培训", "教育", "控制",
      "预防", "监督", "检验", "检测", "营销", "养殖", "种植", "加工", "制造", "生产", "运输", "销售", "印刷");
  private static final Set<String> VILLAGE_STOP = Set.of("农", "乡", "全", "该", "本", "各", "每", "邻", "行政",
      "自然", "贫困", "示范", "新农", "山", "出", "进", "驻", "到", "回", "在", "为", "美丽", "和美", "个", "他", 
      "她", "和", "同", "两", "几", "多", "外", "整", "建");

  private static final String GLUE = "和与及同跟向在对从到把被";
  // Words HanLP's dictionary tags as places that news uses as common nouns: 西方 "the West",
  // 大山 "the mountains", 街道 "streets".
  private static final Set<String> NOT_PLACES = Set.of("西方", "东方", "大山", "军营", "街道", "开发区", "精灵",
      "王子", "前锋", "湖区", "北国", "城中", "百里", "新城", "郊区", "山区", "林区", "牧区", "库区", "景区",
      "校区", "社区", "城乡", "乡村", "边疆", "内地", "海外", "异乡", "家乡", "故乡", "他乡");
  // Division names that are mostly common words: 城区 is a district of 长治, 晋城 and 阳泉.
  private static final Set<String> GENERIC_DIVISIONS = Set.of("城区", "矿区", "郊区", "老城区", "新城区", "城中区",
      "城东区", "城西区", "城北区", "城南区", "市中区", "全州", "新区");
  // The kinds of place that follow a name to make one place (伊豆|半岛, 香山|公园, 蓬莱|市).
  // 草原, 平原, 风景区 stay apart: 锡林郭勒|草原, 燕塞湖|风景区 name the place and then its land.
  private static final Set<String> GEO_KINDS = Set.of("半岛", "群岛", "列岛", "海峡", "次大陆", "大桥", "公园",
      "广场", "机场", "国际机场", "新机场", "火车站", "新区", "市", "县", "省", "州", "邦", "岛", "湖", "山",
      "山脉", "古镇");
  private static final Set<String> CHINA_WORDS = Set.of("中华民族", "中华儿女", "中华大地", "中华文明", "中华文化");
  // Buildings and grounds people go to are places, not bodies: 中国美术馆, 澳门国际机场.
  private static final List<String> VENUES = List.of("博物馆", "美术馆", "图书馆", "纪念馆", "展览馆", "科技馆",
      "体育馆", "体育场", "机场", "火车站", "商场", "商城", "购物中心", "公园", "广场", "大厦", "纪念堂", "会展中心",
      "展览中心", "动物园", "植物园", "游乐园");
  // 总部长, 代部长: a rank before 部长 rather than the ministry's field.
  private static final Set<String> OFFICE_TITLE_HEADS = Set.of("总", "代", "前", "原", "正", "老", "新", "该");
  // 县/委 书记: the committee of a county, city, province, district, prefecture, league or banner.
  private static final String COMMITTEE_LEVELS = "县市省区州盟旗";
  // 国家|质量技术监督局, 市|审计局: a body named by its level of government.
  private static final Set<String> LEVELS = Set.of("国家", "中央", "全国", "国际", "世界", "省", "市", "县", "区",
      "州", "地区", "自治区", "乡", "镇");
  private static final Set<String> PARTY_COMMITTEES = Set.of("市委", "县委", "省委", "区委", "地委", "州委",
      "纪委", "市纪委", "县纪委", "省纪委");
  // Words HanLP's dictionary tags as a company that are far more often common words.
  private static final Set<String> COMMON_NT = Set.of("现代", "长城", "长江", "黄河", "太平洋", "东方", "中华",
      "光明", "新华", "华夏", "神州", "东风", "红旗", "春兰", "熊猫", "天鹅");
  // 人大社会学系, 海军北海舰队政治部: a unit inside the body just named.
  private static final List<String> SUBUNIT_ENDINGS = List.of("系", "处", "部", "司", "所", "中心",
      "分行", "支行", "分公司", "营业所", "储蓄所", "研究所", "研究中心", "学院", "分院", "分校");
  private static final Set<String> NOT_SUBUNITS = Set.of("关系", "体系", "派系", "水系", "语系", "星系", "谱系",
      "直系", "嫡系", "干部", "全部", "内部", "外部", "局部", "部分", "本部", "总部", "东部", "西部", "南部",
      "北部", "中部", "腹部", "头部", "底部", "上司", "公司", "场所", "处所", "住所", "厕所", "诊所", "中心",
      "教室", "科室", "处室", "学科", "本科", "专科", "各处", "到处", "好处", "此处", "深处", "近处", "远处");
  // 《人民日报》, 《华盛顿邮报》: papers named in title marks; 报告 and 公报 are documents.
  private static final List<String> PAPER_ENDINGS = List.of("报", "新闻", "周刊", "画刊", "文摘");
  private static final Set<String> MAGAZINE_WORDS = Set.of("杂志", "杂志社", "报社", "社", "周刊");
  private static final Set<String> NOT_PAPERS = Set.of("报告", "公报", "通报", "简报", "情报", "海报", "预报", "汇报",
      "举报", "警报", "电报", "捷报", "喜报", "年报", "季报", "回报", "申报", "黑板报", "手抄报");

  private static final Map<String, String> ONE_CHAR_HEADS = Map.of("厂", "company", "局", "gov", "社", "media");
  private static final String ONE_CHAR_HEAD_CHARS = String.join("", ONE_CHAR_HEADS.keySet());
  // Words ending like a body that name no body.
  private static final Set<String> NOT_HEADS = Set.of("结局", "格局", "布局", "大局", "全局", "当局", "政局", "时局",
      "僵局", "骗局", "饭局", "棋局", "赌局", "终局", "残局", "开局", "出局", "入局", "变局", "定局", "公社", "结社",
      "执政党", "反对党", "在野党", "少数党", "多数党", "参政党", "民主党派", "局");
  // 博物馆, 图书馆, 机场: MSRA and People's Daily count buildings and sites as places, not bodies.
  private static final List<String> FACILITIES = List.of("博物馆", "美术馆", "图书馆", "纪念馆", "展览馆", "科技馆",
      "体育馆", "艺术馆", "机场", "会展中心", "展览中心", "文献中心", "文化中心", "商场", "商城", "茶馆", "书店",
      "酒店", "宾馆", "饭店", "养鸡场", "猪场");

  private static final Set<String> SENTENCE_ENDS = Set.of("。", "！", "？", "；", "!", "?", ";");
  private static final Set<String> MATCH_WORDS = Set.of("比赛", "决赛", "半决赛", "复赛", "小组赛", "锦标赛", "联赛",
      "世界杯", "奥运会", "亚运会", "出线", "战胜", "击败", "负于", "战平", "逼平", "迎战", "对阵", "主场", "客场",
      "球队", "赛季", "夺冠", "卫冕", "比分", "进球", "破门");
  private static final Set<String> VERSUS = Set.of("对", "战胜", "击败", "负于", "胜", "负", "战平", "逼平", "迎战",
      "对阵", "淘汰", "力克", "大胜", "险胜", "不敌", "输给", "遇", "对手");
  private static final Set<String> WHERE = Set.of("在", "于", "赴", "到", "来", "抵", "回", "去", "从", "至");
  private static final Set<String> PLAYERS = Set.of("选手", "队员", "球员", "女队", "男队", "女篮", "男篮", "女排",
      "男排", "女足", "男足", "健儿", "国家队", "老将", "小将", "门将", "主帅", "教练");

  // 美, 英, 俄: countries by the first character of their Chinese name, as news abbreviates them.
  private static final String COUNTRY_INITIALS = "美英法德日俄印菲澳韩朝意加泰越巴埃以伊叙沙墨";

  private static final String MEASURES = "家支个位名所座";

  // The word lists a unit's word is in, as bits: one lookup per unit instead of a set's
  // lookup per question.
  static final int L_GENERIC_START = 1;
  static final int L_VERB_IN_NAMES = 1 << 1;
  static final int L_VILLAGE_STOP = 1 << 2;
  static final int L_NOT_PLACES = 1 << 3;
  static final int L_GEO_KINDS = 1 << 4;
  static final int L_CHINA = 1 << 5;
  static final int L_LEVELS = 1 << 6;
  static final int L_PARTY_COMMITTEES = 1 << 7;
  static final int L_COMMON_NT = 1 << 8;
  static final int L_NOT_SUBUNITS = 1 << 9;
  static final int L_SENTENCE_END = 1 << 10;
  static final int L_MATCH = 1 << 11;
  static final int L_VERSUS = 1 << 12;
  static final int L_WHERE = 1 << 13;
  static final int L_PLAYERS = 1 << 14;
  static final int L_MAGAZINE = 1 << 15;
  // The lists' words (none longer than four characters) packed into a long, a character per
  // 16 bits, in a small open-addressing table: a lookup reads the word's characters and one
  // slot, no hash of the word's string nor a comparison with another string.
  private static final long[] LIST_KEYS = new long[1 << 11];
  private static final int[] LIST_BITS = new int[LIST_KEYS.length];
  private static int listWords;

  static {
    list(L_GENERIC_START, GENERIC_START);
    list(L_VERB_IN_NAMES, VERB_IN_NAMES);
    list(L_VILLAGE_STOP, VILLAGE_STOP);
    list(L_NOT_PLACES, NOT_PLACES);
    list(L_GEO_KINDS, GEO_KINDS);
    list(L_CHINA, CHINA_WORDS);
    list(L_CHINA, Set.of("中华"));
    list(L_LEVELS, LEVELS);
    list(L_PARTY_COMMITTEES, PARTY_COMMITTEES);
    list(L_COMMON_NT, COMMON_NT);
    list(L_NOT_SUBUNITS, NOT_SUBUNITS);
    list(L_SENTENCE_END, SENTENCE_ENDS);
    list(L_MATCH, MATCH_WORDS);
    list(L_VERSUS, VERSUS);
    list(L_WHERE, WHERE);
    list(L_PLAYERS, PLAYERS);
    list(L_MAGAZINE, MAGAZINE_WORDS);
  }

  private static void list(int bit, Set<String> words) {
    for (String w : words) {
      long key = packed(w);
      if (key == 0) {
        throw new IllegalStateException("list word '" + w + "' is empty, longer than four characters "
            + "or holds a NUL: the packing takes one to four characters");
      }
      if (++listWords > LIST_KEYS.length / 2) {
        // Open addressing needs free slots to stop a probe; past half full it slows, full it never ends.
        throw new IllegalStateException("more than " + LIST_KEYS.length / 2 + " list words: enlarge LIST_KEYS");
      }
      int slot = listSlot(key);
      while (LIST_KEYS[slot] != 0 && LIST_KEYS[slot] != key) {
        slot = (slot + 1) & (LIST_KEYS.length - 1);
      }
      LIST_KEYS[slot] = key;
      LIST_BITS[slot] |= bit;
    }
  }

  // The characters of a word of one to four characters, none of them NUL, or 0 for any other.
  private static long packed(String w) {
    int n = w.length();
    if (n == 0 || n > 4) {
      return 0;
    }
    long key = 0;
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      if (c == 0) {
        return 0;
      }
      key |= (long) c << (16 * i);
    }
    return key;
  }

  private static int listSlot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - 11));
  }

  private static int wordLists(String w) {
    long key = packed(w);
    if (key == 0) {
      return 0;
    }
    for (int slot = listSlot(key); LIST_KEYS[slot] != 0; slot = (slot + 1) & (LIST_KEYS.length - 1)) {
      if (LIST_KEYS[slot] == key) {
        return LIST_BITS[slot];
      }
    }
    return 0;
  }

  private final Divisions divisions;
  private final PlaceResolver resolver;
  private final OrgNames orgs;
  private final Map<String, String> suffixKinds;
  private final int longestSuffix;
  private final Set<String> otherPlaces;
  private final PlaceAbbreviations abbreviations = PlaceAbbreviations.get();
  private final NameTrie<Lex> names;

  public EntityRecognizer() {
    this.divisions = Divisions.get();
    this.resolver = new PlaceResolver(divisions);
    this.orgs = OrgNames.get();
    this.suffixKinds = Tables.SUFFIX_KINDS;
    this.longestSuffix = suffixKinds.keySet().stream().mapToInt(String::length).max().orElse(1);
    this.otherPlaces = Tables.OTHER_PLACES;
    this.names = Tables.NAMES;
  }

  /** What the lexicons say about one name: {@link #lexiconTag}'s answer and two facts. */
  private record Lex(String tag, boolean org, boolean division, boolean branches, Divisions.Forms forms) {}

  // Read once: a pipeline is built per test, per CLI command and per Spark partition.
  private static final class Tables {
    static final Map<String, String> SUFFIX_KINDS = readTable("org-suffixes.tsv");
    static final Set<String> OTHER_PLACES = readTable("places.txt").keySet();
    static final NameTrie<Lex> NAMES = names(OrgNames.get(), OTHER_PLACES, Divisions.get());
    static final NameTrie<String> REVERSED_SUFFIXES = reversed(SUFFIX_KINDS);
    // Character.UnicodeScript.of is a binary search over every script range.
    static final java.util.BitSet HAN = han();
    // The run of Han characters around 一 (the unified ideographs), tested by a comparison
    // before the bits: nearly every character of a Chinese text is in it.
    static final char HAN_FROM = hanRunEdge(-1);
    static final char HAN_TO = hanRunEdge(1);
    static final java.util.BitSet SURNAME_CHARS = chars(SURNAMES);
  }

  private static NameTrie<String> reversed(Map<String, String> suffixes) {
    Map<String, String> out = new java.util.HashMap<>();
    suffixes.forEach((k, v) -> out.put(new StringBuilder(k).reverse().toString(), v));
    return NameTrie.of(out);
  }

  private static java.util.BitSet chars(String s) {
    java.util.BitSet out = new java.util.BitSet(Character.MAX_VALUE + 1);
    s.chars().forEach(out::set);
    return out;
  }

  private static char hanRunEdge(int direction) {
    int c = '一';
    while (Tables.HAN.get(c + direction)) {
      c += direction;
    }
    return (char) c;
  }

  private static boolean han(char c) {
    return c >= Tables.HAN_FROM && c <= Tables.HAN_TO || Tables.HAN.get(c);
  }

  private static java.util.BitSet han() {
    java.util.BitSet out = new java.util.BitSet(Character.MAX_VALUE + 1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        out.set(c);
      }
    }
    return out;
  }

  // Every name lexiconTag can tag, with its answer precomputed: units() walks this trie once
  // per position instead of probing three maps with every joined window of words.
  private static NameTrie<Lex> names(OrgNames orgs, Set<String> otherPlaces, Divisions divisions) {
    Map<String, Lex> all = new java.util.HashMap<>();
    List<String> words = new ArrayList<>(orgs.names());
    words.addAll(otherPlaces);
    words.addAll(divisions.names());
    for (String w : words) {
      all.put(w, new Lex(lexiconTag(w, orgs, otherPlaces, divisions), orgs.isKnown(w), !divisions.lookup(w).isEmpty(),
          orgs.hasBranches(w), divisions.forms(w)));
    }
    return NameTrie.of(all);
  }

  /**
   * The words this recognizer needs the segmenter to keep whole: organisation names and
   * aliases ({@code nt}), division names with their kind ({@code ns}) and other places.
   */
  public static HanlpLexicon lexicon() {
    return Lexicon.INSTANCE;
  }

  private static final class Lexicon {
    static final HanlpLexicon INSTANCE = build();

    private static HanlpLexicon build() {
      List<HanlpLexicon.Entry> out = new ArrayList<>();
      Divisions d = Divisions.get();
      for (String n : d.names()) {
        boolean bareOnly = d.lookup(n).stream().allMatch(Divisions.Name::bare);
        if (!bareOnly && n.length() >= 2) {
          out.add(new HanlpLexicon.Entry(n, "ns", 1000));
        }
      }
      for (String p : readTable("places.txt").keySet()) {
        out.add(new HanlpLexicon.Entry(p, "ns", 1000));
      }
      for (String suffix : readTable("org-suffixes.tsv").keySet()) {
        if (suffix.length() >= 4) {
          out.add(new HanlpLexicon.Entry(suffix, "nis", 1000));
        }
      }
      for (String o : OrgNames.get().names()) {
        out.add(new HanlpLexicon.Entry(o, "nt", 1000));
      }
      return HanlpLexicon.ofEntries(out);
    }
  }

  private static Map<String, String> readTable(String resource) {
    InputStream in = EntityRecognizer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the jar: rebuild it");
    }
    Map<String, String> out = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.put(f[0].strip(), f.length > 1 ? f[1].strip() : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }

  // ---------------------------------------------------------------- units

  /**
   * A word after joining the tokens that together make one lexicon name; {@code lex} is what
   * the lexicons say about the word, null when it is none of their names. Lives within one
   * call of {@link #recognize}, which is why it may cache its head kind.
   */
  private static final class Unit {
    // Not final: a thread's units are reused from one call to the next (see Scratch).
    private String word;
    private String tag;
    private int start;
    private int end;
    private Lex lex;
    // The segmenter's token when the unit is one unchanged, or the token made for it once
    // PlaceAbbreviations asked (see abbreviationMentions).
    private Token token;
    // The rules ask each unit many questions about its tag and word: answered once here.
    private long tags;
    private int lists;
    private boolean han;
    // headKind is asked of the same unit up to ten times while organisations are chunked.
    private boolean headKnown;
    private String head;

    Unit(String word, String tag, int start, int end, Lex lex) {
      set(word, tag, start, end, lex);
    }

    /** Makes this the unit of these values, as new: every field is set. */
    Unit set(String word, String tag, int start, int end, Lex lex) {
      this.word = word;
      this.tag = tag;
      this.start = start;
      this.end = end;
      this.lex = lex;
      this.token = null;
      this.tags = Tags.of(tag);
      this.lists = wordLists(word);
      this.han = isHan(word);
      this.headKnown = false;
      this.head = null;
      return this;
    }

    /** Whether the tag has the {@link Tags} bit {@code t}. */
    boolean is(long t) {
      return (tags & t) != 0;
    }

    /** Whether the word is in the list of the {@code L_} bit {@code l}. */
    boolean in(int l) {
      return (lists & l) != 0;
    }

    boolean han() {
      return han;
    }


    String word() {
      return word;
    }

    String tag() {
      return tag;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    boolean single() {
      return word.length() == 1;
    }

    /** Whether a division bears this name (any of {@link Divisions#lookup}'s forms). */
    boolean division() {
      return lex != null && lex.division();
    }

    /** Whether {@link OrgNames} knows this name. */
    boolean knownOrg() {
      return lex != null && lex.org();
    }
  }

  /**
   * What one call of {@link #recognize} works in, kept per thread: the units (a few hundred
   * objects per article) and the flags over them are reused rather than made anew, which kept
   * about half of the recognizer's allocation out of the young generation. Nothing of it
   * outlives the call.
   */
  private static final class Scratch {
    // A text of more tokens than this gets a scratch of its own, not kept after its call.
    static final int MAX_KEPT = 1 << 13;

    final ArrayList<Unit> units = new ArrayList<>();
    // recognize's working lists: places found, the article's place names and their forms (the
    // resolver's context, read and not kept) and the organisations' names.
    final ArrayList<int[]> placeSpans = new ArrayList<>();
    final ArrayList<String> context = new ArrayList<>();
    final ArrayList<Divisions.Forms> contextForms = new ArrayList<>();
    final ArrayList<String> orgNames = new ArrayList<>();
    private Unit[] pool = new Unit[256];
    private int used;
    private boolean[] inOrg = new boolean[256];
    private boolean[] inPlace = new boolean[256];
    private boolean[] blocked = new boolean[256];
    // The heads of one run of name words (see chunk): at most one per unit.
    int[] heads = new int[256];

    /** Readies the scratch for a text of {@code n} tokens. */
    Scratch reset(int n) {
      units.clear();
      placeSpans.clear();
      context.clear();
      contextForms.clear();
      orgNames.clear();
      used = 0;
      if (inOrg.length < 2 * n) {
        // Office units split a token in two: at most twice as many units as tokens.
        inOrg = new boolean[2 * n];
        inPlace = new boolean[2 * n];
        blocked = new boolean[2 * n];
        heads = new int[2 * n];
      }
      return this;
    }

    Unit unit(String word, String tag, int start, int end, Lex lex) {
      if (used == pool.length) {
        pool = java.util.Arrays.copyOf(pool, 2 * used);
      }
      Unit u = pool[used];
      if (u == null) {
        u = new Unit(word, tag, start, end, lex);
        pool[used] = u;
      } else {
        u.set(word, tag, start, end, lex);
      }
      used++;
      return u;
    }

    /** {@code n} flags, all false. */
    private static boolean[] cleared(boolean[] a, int n) {
      java.util.Arrays.fill(a, 0, n, false);
      return a;
    }

    boolean[] inOrg(int n) {
      return cleared(inOrg, n);
    }

    boolean[] inPlace(int n) {
      return cleared(inPlace, n);
    }

    boolean[] blocked(int n) {
      return cleared(blocked, n);
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static Scratch scratch(int tokens) {
    return tokens > Scratch.MAX_KEPT ? new Scratch().reset(tokens) : SCRATCH.get().reset(tokens);
  }

  private List<Unit> units(List<Token> tokens, Scratch sc) {
    List<Unit> out = sc.units;
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      // The longest name of up to four adjacent words, walked once: no name continues past a
      // step that leaves the trie.
      int node = !mayStartName(tokens, i) ? NameTrie.NONE
          : t.word().length() >= 2 ? names.walk(names.pair(t.word().charAt(0), t.word().charAt(1)), t.word(), 2)
          : names.walk(NameTrie.ROOT, t.word());
      Lex own = names.value(node);
      int best = -1;
      Lex bestLex = null;
      for (int k = i + 1; k < tokens.size() && k < i + 4 && node != NameTrie.NONE; k++) {
        Token n = tokens.get(k);
        Token p = tokens.get(k - 1);
        if (n.start() != p.end()) {
          break;
        }
        // The step across the words' boundary, filtered by the pair of characters there.
        String pw = p.word();
        String nw = n.word();
        if (!pw.isEmpty() && !nw.isEmpty() && !names.mayFollow(pw.charAt(pw.length() - 1), nw.charAt(0))) {
          break;
        }
        node = names.walk(node, nw, 0);
        Lex lex = names.value(node);
        if (lex != null && lex.tag() != null) {
          best = k;
          bestLex = lex;
        }
      }
      if (best > 0) {
        StringBuilder word = new StringBuilder();
        for (int k = i; k <= best; k++) {
          word.append(tokens.get(k).word());
        }
        out.add(sc.unit(word.toString(), bestLex.tag(), t.start(), tokens.get(best).end(), bestLex));
        i = best + 1;
      } else {
        String tag = t.tag();
        String lt = own == null ? null : own.tag();
        if (lt != null && !tag.startsWith("ns") && !tag.startsWith("nt")) {
          tag = lt;
        }
        Unit u = sc.unit(t.word(), tag, t.start(), t.end(), own);
        if (tag == t.tag()) {
          u.token = t;
        }
        out.add(u);
        i++;
      }
    }
    return officeUnits(out, sc);
  }

  // Whether a name may start at token i: most words start none, and the trie's bits of first
  // characters and first pairs say so without a walk. No name is one character long.
  private boolean mayStartName(List<Token> tokens, int i) {
    String w = tokens.get(i).word();
    if (w.isEmpty() || names.hasOneCharNames()) {
      return true;
    }
    if (w.length() >= 2) {
      return names.mayStart(w.charAt(0), w.charAt(1));
    }
    if (!names.mayStart(w.charAt(0))) {
      return false;
    }
    if (i + 1 >= tokens.size() || tokens.get(i + 1).start() != tokens.get(i).end()) {
      return false;
    }
    String next = tokens.get(i + 1).word();
    return next.isEmpty() || names.mayStart(w.charAt(0), next.charAt(0));
  }

  /**
   * The office in a title, and a county's committee: {@code 外交部长} is 外交部 and 长,
   * {@code 洪泽县/ns 委/ng 书记} is 洪泽县委 and 书记, so the body stands apart from its officer.
   */
  private List<Unit> officeUnits(List<Unit> us, Scratch sc) {
    // Most articles have neither: the units are copied from the first one found.
    List<Unit> out = null;
    for (int i = 0; i < us.size(); i++) {
      Unit u = us.get(i);
      String w = u.word();
      boolean office = w.length() >= 4 && (w.endsWith("部长") || w.endsWith("局长")) && u.han()
          && !u.is(P_NR) && w.indexOf('副') < 0 && !OFFICE_TITLE_HEADS.contains(w.substring(0, 1));
      boolean committee = !office && i + 1 < us.size() && isPlace(u) && us.get(i + 1).word().equals("委")
          && us.get(i + 1).start() == u.end() && COMMITTEE_LEVELS.indexOf(w.charAt(w.length() - 1)) >= 0;
      if ((office || committee) && out == null) {
        out = new ArrayList<>(us.size() + 1);
        out.addAll(us.subList(0, i));
      }
      if (office) {
        int cut = u.end() - 1;
        String body = w.substring(0, w.length() - 1);
        out.add(sc.unit(body, "nis", u.start(), cut, names.get(body)));
        out.add(sc.unit("长", "nnt", cut, u.end(), names.get("长")));
        continue;
      }
      if (committee) {
        String county = w + "委";
        out.add(sc.unit(county, "nis", u.start(), us.get(i + 1).end(), names.get(county)));
        i++;
        continue;
      }
      if (out != null) {
        out.add(u);
      }
    }
    return out == null ? us : out;
  }

  /**
   * The tag the lexicons give {@code w}, or null. Cached in {@link Tables#NAMES} for every
   * name of the three tables: a word tagged here must be one of those names.
   */
  private static String lexiconTag(String w, OrgNames orgs, Set<String> otherPlaces, Divisions divisions) {
    if (orgs.isKnown(w)) {
      return "nt";
    }
    if (otherPlaces.contains(w)) {
      return "ns";
    }
    for (Divisions.Name n : divisions.lookup(w)) {
      if (!n.bare()) {
        return "ns";
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- classes of words

  private boolean isPlace(Unit u) {
    return u.is(P_NS) && u.word().length() >= 2;
  }

  private boolean isProper(Unit u) {
    return u.is(P_NS | P_NT | E_NZ | E_J) || u.is(P_NR) && !u.is(E_NRF);
  }

  /** The kind of organisation a word ends, or null when it ends none. */
  private String headKind(Unit u) {
    if (!u.headKnown) {
      u.head = findHeadKind(u);
      u.headKnown = true;
    }
    return u.head;
  }

  private String findHeadKind(Unit u) {
    String w = u.word();
    if (u.is(P_NT)) {
      // Only names of the table have branches: the unit's lexicon entry knows.
      return u.lex != null && u.lex.branches() ? "party" : "org";
    }
    String suffixKind = longestSuffixKind(w);
    if (suffixKind != null) {
      return suffixKind;
    }
    if (u.is(E_NIS) && w.length() >= 2) {
      return "other";
    }
    if (congress(w)) {
      return "org";
    }
    if (w.equals("队")) {
      return "team";
    }
    // 胶鞋厂, 南昌|胶鞋|厂, 中国|图片|社, 邮电局: one character ends a works, a press or a bureau.
    // Tested on the character first: a substring per unit cost a fifth of the recognizer's time.
    String kind = ONE_CHAR_HEAD_CHARS.indexOf(w.charAt(w.length() - 1)) < 0 ? null
        : ONE_CHAR_HEADS.get(w.substring(w.length() - 1));
    if (kind != null && u.han() && !NOT_HEADS.contains(w.length() > 2 ? w.substring(w.length() - 2) : w)
        && (u.is(P_N) && !u.is(P_NR) || u.is(E_J))) {
      return kind;
    }
    // 共和党, 国家宗教党: a party by its name.
    if (w.length() >= 3 && w.endsWith("党") && u.han() && !NOT_HEADS.contains(w.substring(w.length() - 3))
        && u.is(P_N) && !u.is(P_NR)) {
      return "party-name";
    }
    return null;
  }

  // The kind of the longest suffix of org-suffixes.tsv (two characters or more) that ends w,
  // walking a trie of the reversed suffixes back from w's last character.
  private static String longestSuffixKind(String w) {
    NameTrie<String> reversed = Tables.REVERSED_SUFFIXES;
    // Only suffixes of two characters or more count.
    if (w.length() < 2 || !reversed.mayStart(w.charAt(w.length() - 1), w.charAt(w.length() - 2))) {
      return null;
    }
    String kind = null;
    int node = NameTrie.ROOT;
    for (int i = w.length() - 1; i >= 0; i--) {
      node = reversed.step(node, w.charAt(i));
      if (node == NameTrie.NONE) {
        break;
      }
      if (w.length() - i >= 2 && reversed.value(node) != null) {
        kind = reversed.value(node);
      }
    }
    return kind;
  }

  // 十五大: the party's national congress by its number.
  private static boolean congress(String w) {
    return w.length() == 3 && w.charAt(0) == '十' && w.charAt(2) == '大' && ChineseNumbers.digit(w.charAt(1)) > 0;
  }

  private boolean isNamePart(Unit u) {
    if (u.is(P_W | P_P | P_C | P_U | P_R | P_D | E_Y | E_E | E_O | E_X | P_T)) {
      return false;
    }
    if (u.word().equals("本报讯")) {
      return false;
    }
    if (!u.han()) {
      // 睿拓AI科技: Latin letters inside a company's name.
      String w = u.word();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!(c < 128 && Character.isLetter(c))) {
          return false;
        }
      }
      return true;
    }
    if (u.single()) {
      return true;
    }
    if (countWord(u.word())) {
      return false;
    }
    if (u.is(P_N | E_J | E_B | E_GI | E_G)) {
      return !u.is(E_NNT | E_NX);
    }
    if (u.is(P_M)) {
      return u.word().startsWith("第");
    }
    if (u.is(E_VN)) {
      return true;
    }
    if (u.is(P_V | P_A)) {
      return u.in(L_VERB_IN_NAMES);
    }
    return false;
  }

  // 三家, 几所, 每位: a number and a measure word (a regex compiled per word cost a tenth of
  // the recognizer's time).
  private static boolean countWord(String w) {
    return w.length() == 2 && "一二三四五六七八九十两几多数每各".indexOf(w.charAt(0)) >= 0
        && "家所个名位座".indexOf(w.charAt(1)) >= 0;
  }

  // Whether w without its middle dots (约翰·史密斯) is all Han.
  private static boolean isHanButDots(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c != '·' && c != '•' && !han(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHan(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!han(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- recognize

  @Override
  public List<Mention> recognize(AnalyzedText text) {
    Scratch sc = scratch(text.tokens().size());
    List<Unit> us = units(text.tokens(), sc);
    String s = text.text();
    boolean[] inOrg = sc.inOrg(us.size());
    List<int[]> orgSpans = findOrgs(us, inOrg, sc.heads);
    findNumberedOrgs(us, s, inOrg, orgSpans);
    findTeams(us, inOrg, orgSpans);

    // Places: outside organisations reported, inside only as context.
    List<int[]> placeSpans = sc.placeSpans;
    List<String> context = sc.context;
    List<Divisions.Forms> contextForms = sc.contextForms;
    boolean[] inPlace = sc.inPlace(us.size());
    for (int i = 0; i < us.size(); i++) {
      Unit u = us.get(i);
      boolean listed = isPlace(u) || u.division() && u.word().length() >= 2;
      if (!listed) {
        continue;
      }
      context.add(u.word());
      contextForms.add(u.lex == null ? null : u.lex.forms());
      if (inOrg[i]) {
        continue;
      }
      if (u.in(L_NOT_PLACES)) {
        continue;
      }
      int from = villageStart(us, i, inOrg, inPlace);
      from = from < 0 ? i : from;
      int to = i;
      // 笔架山|村, 光明|村: a place name and 村 make a village; 伊豆|半岛, 香山|公园,
      // 蓬莱|市: a name and a kind of place make one place.
      if (i + 1 < us.size() && !inOrg[i + 1] && us.get(i + 1).start() == u.end()) {
        String next = us.get(i + 1).word();
        if (next.equals("村") || next.equals("社区")) {
          to = i + 1;
        } else if (us.get(i + 1).in(L_GEO_KINDS)) {
          to = i + 1;
          context.add(u.word() + next);
          contextForms.add(divisions.forms(u.word() + next));
        } else {
          to = venueEnd(us, i, inOrg);
        }
      }
      placeSpans.add(new int[] {from, to});
      for (int k = from; k <= to; k++) {
        inPlace[k] = true;
      }
      i = to;
    }
    // Villages whose name HanLP does not know: 何家/nr 寨村/ns, 王/nr 庄/ng 村/n.
    for (int i = 0; i < us.size(); i++) {
      if (inOrg[i] || inPlace[i]) {
        continue;
      }
      int start = villageStart(us, i, inOrg, inPlace);
      if (start >= 0) {
        placeSpans.add(new int[] {start, i});
        for (int k = start; k <= i; k++) {
          inPlace[k] = true;
        }
      }
    }
    placeSpans.sort((a, b) -> Integer.compare(a[0], b[0]));

    Map<String, Resolution> resolved = resolver.resolve(context, contextForms);
    List<Mention> out = new ArrayList<>();
    for (int[] p : placeSpans) {
      Unit a = us.get(p[0]);
      Unit b = us.get(p[1]);
      String name = s.substring(a.start(), b.end());
      Resolution r = resolved.getOrDefault(name, PlaceResolver.Resolution.NONE);
      boolean tagged = p[0] == p[1] && (a.is(P_NS) || otherPlaces.contains(name));
      // 海嘎|和龙|场: a bare name opening with a conjunction or preposition may have taken it
      // from the text around it, so even HanLP's place tag needs the article's support.
      boolean glued = r.bare() && GLUE.indexOf(name.charAt(0)) >= 0;
      // 城区, 矿区, 全州: division names that are mostly common words count only with support.
      boolean generic = GENERIC_DIVISIONS.contains(name);
      if (generic && !r.supported() || r.division() != null && r.bare() && (!tagged || glued) && !r.supported()
          || r.division() == null && !tagged && p[0] == p[1]) {
        // Not a place after all (中方 is also 中方县): free its words for the other rules.
        for (int k = p[0]; k <= p[1]; k++) {
          inPlace[k] = false;
        }
        continue;
      }
      CharSpan span = text.span(a.start(), b.end());
      String surface = text.bodyText(span);
      Division d = r.division();
      out.add(d == null ? PlaceMention.unresolved(span, surface)
          : new PlaceMention(span, surface, d.code(), divisions.path(d)));
    }

    // One-character abbreviations (中美, 抵京) outside organisations and longer places.
    out.addAll(abbreviationMentions(text, us, inOrg, inPlace, sc));
    // 中华民族, 中华儿女: 中华 is China.
    for (int i = 0; i < us.size(); i++) {
      Unit u = us.get(i);
      if (!inOrg[i] && !inPlace[i] && u.in(L_CHINA)) {
        inPlace[i] = true;
        out.add(PlaceMention.unresolved(text.span(u.start(), u.start() + 2), text.bodyText(text.span(u.start(), u.start() + 2))));
      }
    }
    // 中国人, 德国人, 上海人: the place in a word for its people.
    for (int i = 0; i < us.size(); i++) {
      Unit u = us.get(i);
      String w = u.word();
      if (inOrg[i] || inPlace[i] || w.length() < 3 || !w.endsWith("人") || u.is(P_NR)) {
        continue;
      }
      String p = w.substring(0, w.length() - 1);
      if (isPlaceName(p)) {
        inPlace[i] = true;
        CharSpan span = text.span(u.start(), u.start() + p.length());
        Resolution r = resolver.resolve(java.util.List.of(p)).getOrDefault(p, PlaceResolver.Resolution.NONE);
        Division d = r.bare() ? null : r.division();
        out.add(d == null ? PlaceMention.unresolved(span, text.bodyText(span))
            : new PlaceMention(span, text.bodyText(span), d.code(), divisions.path(d)));
      }
    }

    // Organisations, with canonical names linked within the article.
    List<String> orgNames = sc.orgNames;
    for (int[] o : orgSpans) {
      orgNames.add(s.substring(us.get(o[0]).start(), us.get(o[1]).end()));
    }
    for (int k = 0; k < orgSpans.size(); k++) {
      int[] o = orgSpans.get(k);
      String name = orgNames.get(k);
      CharSpan span = text.span(us.get(o[0]).start(), us.get(o[1]).end());
      if (endsWithAny(name, VENUES)) {
        out.add(PlaceMention.unresolved(span, text.bodyText(span)));
        continue;
      }
      out.add(new OrgMention(span, text.bodyText(span), canonical(name, orgNames)));
    }

    // Persons.
    for (int i = 0; i < us.size(); i++) {
      if (inOrg[i] || inPlace[i]) {
        continue;
      }
      Unit u = us.get(i);
      if (isPerson(us, i) || isTitledName(us, i, inOrg)) {
        int end = u.end();
        if (cutName(us, i) && !inOrg[i + 1] && !inPlace[i + 1]) {
          end = us.get(++i).end();
        }
        CharSpan span = text.span(u.start(), end);
        out.add(new PersonMention(span, text.bodyText(span)));
      } else if (i + 1 < us.size() && !inOrg[i + 1] && !inPlace[i + 1] && gluedPreposition(us, i)) {
        // 向唐|胜利: the name is 唐胜利, the preposition's neighbour and the next word.
        CharSpan span = text.span(u.start() + 1, us.get(i + 1).end());
        out.add(new PersonMention(span, text.bodyText(span)));
        i++;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- organisations

  private List<int[]> findOrgs(List<Unit> us, boolean[] inOrg, int[] heads) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < us.size()) {
      if (!(isNamePart(us.get(i)) || headKind(us.get(i)) != null)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < us.size() && us.get(j + 1).start() == us.get(j).end() && !countedNoun(us, j + 1)
          && (isNamePart(us.get(j + 1)) || headKind(us.get(j + 1)) != null || societyPerson(us, j + 1))) {
        j++;
      }
      chunk(us, i, j, out, heads);
      i = j + 1;
    }
    for (int[] o : out) {
      extendOrg(us, o);
    }
    findPapers(us, out);
    for (int[] o : out) {
      for (int k = o[0]; k <= o[1]; k++) {
        inOrg[k] = true;
      }
    }
    return out;
  }

  /** Widens an organisation over its session number before it and its sub-units after it. */
  private void extendOrg(List<Unit> us, int[] o) {
    // 第六届|全国人大, 六届|人大常委会, 首届|立法会.
    int k = o[0];
    if (k >= 1 && adjacent(us, k - 1, k) && us.get(k - 1).word().endsWith("届")) {
      Unit b = us.get(k - 1);
      if (b.word().equals("首届") || b.word().length() > 1) {
        o[0] = k - 1;
      } else {
        int m = k - 2;
        while (m >= 0 && adjacent(us, m, m + 1) && us.get(m).is(P_M)) {
          m--;
        }
        if (m < k - 2) {
          o[0] = m + 1;
        }
      }
    }
    // 辽宁大学|生物系, 海军北海舰队|政治部: a department of the body named just before.
    while (o[1] + 1 < us.size() && adjacent(us, o[1], o[1] + 1) && subunit(us.get(o[1] + 1))) {
      o[1]++;
    }
  }

  private static boolean subunit(Unit u) {
    String w = u.word();
    if (w.length() < 3 || !u.han() || !u.is(P_N) || u.is(P_NR) || u.is(E_NNT)
        || u.in(L_NOT_SUBUNITS)) {
      return false;
    }
    for (String e : SUBUNIT_ENDINGS) {
      if (w.endsWith(e) && !NOT_SUBUNITS.contains(w.substring(w.length() - 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean adjacent(List<Unit> us, int a, int b) {
    return us.get(a).end() == us.get(b).start();
  }

  /**
   * Papers and magazines in title marks: {@code 《华盛顿邮报》}; with a place before or a
   * magazine word after, the marks are part of the name ({@code 香港《大公报》},
   * {@code 《阳光》杂志}, {@code 《检察日报》社}).
   */
  private void findPapers(List<Unit> us, List<int[]> out) {
    for (int i = 0; i < us.size(); i++) {
      if (!us.get(i).word().equals("《")) {
        continue;
      }
      int close = -1;
      for (int k = i + 1; k < us.size() && k <= i + 8; k++) {
        String w = us.get(k).word();
        if (w.equals("》")) {
          close = k;
          break;
        }
        if (us.get(k).is(P_W)) {
          break;
        }
      }
      if (close < i + 2) {
        continue;
      }
      String inner = concat(us, i + 1, close - 1);
      boolean magazine = close + 1 < us.size() && adjacent(us, close, close + 1)
          && us.get(close + 1).in(L_MAGAZINE);
      boolean paper = inner.length() >= (magazine ? 2 : 3) && inner.length() <= 12 && !endsWithAny(inner, NOT_PAPERS);
      boolean named = false;
      for (String e : PAPER_ENDINGS) {
        named |= inner.endsWith(e);
      }
      if (!(paper && (named || magazine))) {
        continue;
      }
      int from = i + 1;
      int to = close - 1;
      if (i >= 1 && adjacent(us, i - 1, i) && isPlace(us.get(i - 1))) {
        from = i - 1;
        to = close;
      }
      if (magazine) {
        from = Math.min(from, i);
        to = close + 1;
      }
      boolean taken = false;
      for (int[] o : out) {
        if (o[0] == i + 1 && o[1] == close - 1) {
          // 羊城晚报 found by its ending: widen it to the marks.
          o[0] = from;
          o[1] = to;
          taken = true;
        } else {
          taken |= o[0] <= to && from <= o[1];
        }
      }
      if (!taken) {
        out.add(new int[] {from, to});
      }
      i = close;
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
  }

  private static boolean endsWithAny(String w, Set<String> endings) {
    for (String e : endings) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  // 杭州|一家电子厂: a number and a measure word count things; 三家寨 (one more character) is a name.
  private static boolean countedNoun(List<Unit> us, int k) {
    Unit u = us.get(k);
    if (!(u.single() && u.is(P_M)) || k + 2 >= us.size()) {
      return false;
    }
    Unit q = us.get(k + 1);
    return q.single() && q.is(P_Q) && !us.get(k + 2).single();
  }

  // 企业家联合会, 律师协会: a kind of person before a society word belongs to its name.
  private boolean societyPerson(List<Unit> us, int k) {
    Unit u = us.get(k);
    return u.is(E_NNT) && k + 1 < us.size() && "society".equals(headKind(us.get(k + 1)));
  }

  /** Splits the run {@code [from, to]} into organisations. */
  private void chunk(List<Unit> us, int from, int to, List<int[]> out, int[] heads) {
    int count = 0;
    for (int k = from; k <= to; k++) {
      if (headKind(us.get(k)) != null) {
        heads[count++] = k;
      }
    }
    int start = from;
    int h = 0;
    while (h < count) {
      int end = heads[h];
      // Extend to later heads that name a unit of this body rather than a new one.
      int next = h + 1;
      while (next < count) {
        int cand = heads[next];
        boolean placeBetween = false;
        for (int k = end + 1; k < cand; k++) {
          if (isPlace(us.get(k))) {
            placeBetween = true;
          }
        }
        String kind = headKind(us.get(cand));
        // 大连市委|统战部, 外国语大学|基层委员会: a unit of the body; 九三|企业家联合会,
        // 中科院|...研究所: a known body's name qualifying the next one.
        String endKind = headKind(us.get(end));
        boolean unit = "branch".equals(kind) || "gov".equals(kind)
            || "party".equals(endKind) || "org".equals(endKind) && us.get(end).word().length() <= 3;
        boolean partyBranch = placeBetween && !"branch".equals(endKind) && hasPartyHead(us, start, end)
            && branchFollows(us, heads, count, next);
        boolean nameless = !us.get(cand).is(P_NT);
        for (int k = end + 1; k < cand; k++) {
          if (isProper(us.get(k))) {
            nameless = false;
          }
        }
        // 纳雍县厍东关乡中心|小学, 华通集团|工会: what follows cannot stand alone as a name.
        // 国家统计局|遵义|调查队: a national bureau's office in a place.
        boolean localOffice = placeBetween && us.get(start).in(L_LEVELS)
            && ("gov".equals(endKind) || "other".equals(endKind))
            && "gov".equals(kind) && start + 1 == end;
        if ((!placeBetween && (unit || nameless)) || partyBranch || localOffice) {
          end = cand;
          next++;
        } else {
          break;
        }
      }
      int s = trimStart(us, start, end);
      if (s >= 0) {
        out.add(new int[] {s, end});
      }
      start = end + 1;
      h = next;
    }
  }

  private boolean hasPartyHead(List<Unit> us, int from, int to) {
    for (int k = from; k <= to; k++) {
      if ("party".equals(headKind(us.get(k)))) {
        return true;
      }
    }
    return false;
  }

  // 民盟|大连外国语大学|基层委员会: after a party's name, a place and a host body lead to a branch.
  private boolean branchFollows(List<Unit> us, int[] heads, int count, int from) {
    for (int k = from; k < count; k++) {
      if ("branch".equals(headKind(us.get(heads[k])))) {
        return true;
      }
    }
    return false;
  }

  /** The first unit of the organisation ending at {@code end}, or -1 when it has no name. */
  private int trimStart(List<Unit> us, int start, int end) {
    for (String f : FACILITIES) {
      if (us.get(end).word().endsWith(f)) {
        return -1;
      }
    }
    while (start < end && (us.get(start).in(L_GENERIC_START) || us.get(start).is(E_NNT)
        || us.get(start).is(P_V) || us.get(start).is(P_M) && !us.get(start).word().startsWith("第") && !followedBySingles(us, start, end))) {
      start++;
    }
    // 四家|墨西哥银行, 加拿大两家|大银行: what is counted is a kind of body, not one body.
    for (int k = end - 1; k >= start; k--) {
      Unit c = us.get(k);
      if (c.is(P_M) && c.word().length() >= 2 && MEASURES.indexOf(c.word().charAt(c.word().length() - 1)) >= 0
          && !c.word().startsWith("第")) {
        start = k + 1;
        break;
      }
      if (c.is(P_Q) && c.single() && MEASURES.contains(c.word()) && k > 0
          && us.get(k - 1).is(P_M) && k + 1 <= end
          // 三家寨小学: one more character after the count makes a name.
          && (!us.get(k + 1).single() || us.get(k + 1).is(P_A))) {
        start = k + 1;
        break;
      }
    }
    // 刚从/nr|剑桥大学, 值此/nz|北大, 老一代/nz|红军: HanLP's false names before a place or a
    // known body are not part of it (a person's name stays before 基金/基金会: 何梁何利基金).
    while (start < end && (us.get(start).is(P_NR) || us.get(start).is(E_NZ))
        && (us.get(start + 1).is(P_NS) || us.get(start + 1).is(P_NT))
        && !"society".equals(headKind(us.get(end)))) {
      start++;
    }
    // 张明任|滨海县委, 到|北京大学: a one-character verb before a place ends what came before.
    for (int k = end - 1; k > start; k--) {
      // 珠海市驻福贡县帮扶工作组, 中国驻美大使馆: 驻 belongs to the name.
      // 阳靖和胡卫红是|建行, 侯祥麟获|何梁何利基金: so does one after a person's name.
      Unit v = us.get(k);
      if (v.single() && v.is(P_V) && !v.word().equals("驻")
          && (isPlace(us.get(k + 1)) || us.get(k + 1).is(P_NT) || us.get(k - 1).is(P_NR))) {
        start = k + 1;
        break;
      }
    }
    // 代|民盟大连市委会, 社|大连市委: a stray character before a name is not part of it.
    // 印|中央银行, 菲|农业部: but a country's one-character name before its body is.
    while (start < end && us.get(start).single() && isProper(us.get(start + 1))
        && !(start + 1 == end && countryInitial(us, start) && us.get(end).is(P_NT))) {
      start++;
    }
    while (us.get(end).end() - us.get(start).start() > MAX_ORG && start < end) {
      start++;
    }
    Unit head = us.get(end);
    String kind = headKind(head);
    if (start == end) {
      return loneOrg(head) ? start : -1;
    }
    // 煤气生产密封效果好本报讯|黑龙江省牡丹江市煤气公司: words before the first proper name
    // are a name's part only when they are few.
    int firstProper = -1;
    for (int k = start; k < end; k++) {
      if (isProper(us.get(k))) {
        firstProper = k;
        break;
      }
    }
    if (firstProper > start && us.get(firstProper).start() - us.get(start).start() > 2
        && !us.get(start).in(L_LEVELS)) {
      start = firstProper;
    }
    boolean initial = start + 1 == end && countryInitial(us, start) && head.is(P_NT);
    if (firstProper < 0 && head.is(P_NT) && !initial) {
      // 十届|全国人大: words without a name before a name are not part of it.
      start = end;
    }
    if (start == end) {
      // 第十届|全国人大: what was cut off leaves a lone word.
      return loneOrg(head) ? start : -1;
    }
    // 美国政府, 英国新政府, 党和人民政府: a government is a body only as the government of a
    // division named in full before it (都安县人民政府, 北京市海淀区政府).
    if (head.word().endsWith("政府")) {
      for (int k = start; k < end; k++) {
        if (!isPlace(us.get(k)) || divisions.lookup(us.get(k).word()).isEmpty()) {
          return -1;
        }
      }
    }
    // 国家|质量技术监督局, 市|审计局; not 全国|九三 (a body's members) nor 县|医院 (a kind of hospital).
    boolean anchored = initial || us.get(start).in(L_LEVELS) && !head.is(P_NT)
        && !head.word().endsWith("政府")
        && ("gov".equals(kind) || "branch".equals(kind) || "other".equals(kind) || "media".equals(kind));
    int singles = 0;
    for (int k = start; k < end; k++) {
      Unit u = us.get(k);
      if (isProper(u)) {
        anchored = true;
      }
      if (u.single() && !(singles == 0 && u.is(P_M))) {
        singles++;
      }
    }
    boolean unknownName = singles >= 2 && ("school".equals(kind) || "medical".equals(kind) || "company".equals(kind)
        || "society".equals(kind));
    // 省委宣传部, 中央文明办: a unit of a committee named by its level.
    boolean committeeUnit = "branch".equals(headKind(us.get(start))) && us.get(start).word().length() == 2
        && "gov".equals(kind);
    return anchored || unknownName || committeeUnit ? start : -1;
  }

  /**
   * Whether a word alone names an organisation: a name ({@code 国务院}, {@code 民盟}), not a
   * kind of body ({@code 医院}, {@code 委员会}) nor a generic reference ({@code 市政府}).
   */
  private boolean loneOrg(Unit head) {
    // 九三 alone is a number more often than 九三学社.
    boolean numeral = true;
    for (int i = 0; i < head.word().length() && numeral; i++) {
      numeral = ChineseNumbers.digit(head.word().charAt(i)) >= 0;
    }
    // 外交部, 水利部: a ministry is named by its field alone.
    boolean ministry = head.word().length() == 3 && head.word().endsWith("部") && !head.is(P_V);
    boolean named = head.is(P_NT) && !head.in(L_COMMON_NT) || congress(head.word())
        || "party-name".equals(headKind(head));
    return (named || ministry || leveledUnit(head)) && !numeral;
  }

  /**
   * A single word naming a party committee or a government unit by its level or place:
   * {@code 市委}, {@code 洪泽县委}, {@code 市教育局}; not a bare kind of body ({@code 医院})
   * nor a government ({@code 市政府}, a generic reference).
   */
  private boolean leveledUnit(Unit u) {
    String w = u.word();
    if (u.in(L_PARTY_COMMITTEES)) {
      return true;
    }
    // 卫生局, 邮电局, 民政厅: a bureau named by its field is the local one the text is about.
    if (w.length() >= 3 && w.length() <= 5 && (w.endsWith("局") || w.endsWith("厅")) && u.han()
        && "gov".equals(headKind(u)) && !u.is(P_V)) {
      return true;
    }
    String kind = headKind(u);
    if (!("gov".equals(kind) || "branch".equals(kind)) || w.endsWith("政府") || u.is(P_V)) {
      return false;
    }
    for (int n = Math.min(longestSuffix, w.length() - 1); n >= 2; n--) {
      if (suffixKinds.containsKey(w.substring(w.length() - n))) {
        String prefix = w.substring(0, w.length() - n);
        return LEVELS.contains(prefix) || prefix.length() >= 2 && !divisions.lookup(prefix).isEmpty();
      }
    }
    return false;
  }

  // 3月24日|大众: 日 after a number is a day.
  private static boolean countryInitial(List<Unit> us, int k) {
    Unit u = us.get(k);
    return u.single() && u.is(E_B) && COUNTRY_INITIALS.indexOf(u.word().charAt(0)) >= 0
        && !(k > 0 && us.get(k - 1).is(P_M));
  }

  private static boolean followedBySingles(List<Unit> us, int start, int end) {
    return us.get(start).single() && start + 2 <= end && us.get(start + 1).single();
  }

  /**
   * Countries and provinces standing for their teams in a report of a match: {@code 山东对江苏},
   * {@code 意大利、巴西队}, {@code 小组赛对西班牙}, {@code 中国选手}. Only in a sentence that
   * reports a match, so {@code 中国对美国的出口} stays two places.
   */
  private void findTeams(List<Unit> us, boolean[] inOrg, List<int[]> out) {
    int from = 0;
    for (int i = 0; i <= us.size(); i++) {
      if (i < us.size() && !us.get(i).in(L_SENTENCE_END)) {
        continue;
      }
      if (isMatchReport(us, from, i, inOrg)) {
        boolean[] team = new boolean[i - from];
        boolean changed = true;
        while (changed) {
          changed = false;
          for (int k = from; k < i; k++) {
            if (!team[k - from] && !inOrg[k] && isPlace(us.get(k)) && standsForTeam(us, from, i, k, team, inOrg)) {
              team[k - from] = true;
              changed = true;
            }
          }
        }
        for (int k = from; k < i; k++) {
          if (team[k - from]) {
            inOrg[k] = true;
            out.add(new int[] {k, k});
          }
        }
      }
      from = i + 1;
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
  }

  private boolean isMatchReport(List<Unit> us, int from, int to, boolean[] inOrg) {
    for (int k = from; k < to; k++) {
      Unit u = us.get(k);
      String w = u.word();
      if (u.in(L_MATCH) || w.length() >= 3 && w.charAt(w.length() - 1) == '赛' || k > from && w.equals("∶")) {
        return true;
      }
    }
    return false;
  }

  private boolean standsForTeam(List<Unit> us, int from, int to, int k, boolean[] team, boolean[] inOrg) {
    Unit prev = k - 1 >= from ? us.get(k - 1) : null;
    Unit next = k + 1 < to ? us.get(k + 1) : null;
    // 在成都与四川全兴队: where the match is played.
    if (prev != null && prev.in(L_WHERE)) {
      return false;
    }
    if (next != null && next.in(L_PLAYERS)) {
      return true;
    }
    if (prev != null && prev.in(L_VERSUS)) {
      return true;
    }
    if (next != null && next.in(L_VERSUS) && k + 2 < to
        && (isPlace(us.get(k + 2)) || teamAt(us, k + 2, team, from, inOrg))) {
      return true;
    }
    // 意大利、巴西队: one of a list whose last member is a team.
    // 美国的夏威夷与美国队: a place of a country, where the match is.
    boolean list = next != null && (next.word().equals("、")
        || (next.word().equals("和") || next.word().equals("与")) && !(prev != null && prev.word().equals("的")));
    if (list && k + 2 < to && teamAt(us, k + 2, team, from, inOrg)) {
      return true;
    }
    return false;
  }

  private static boolean teamAt(List<Unit> us, int k, boolean[] team, int from, boolean[] inOrg) {
    if (team[k - from]) {
      return true;
    }
    // The start of an organisation ending in 队 (巴西|队).
    if (!inOrg[k]) {
      return false;
    }
    for (int j = k; j < us.size() && j <= k + 3 && inOrg[j]; j++) {
      if (us.get(j).word().endsWith("队")) {
        return true;
      }
    }
    return false;
  }

  /** 六盘水二院, 纳雍一中: a place, a number and 院/中/小. */
  private void findNumberedOrgs(List<Unit> us, String s, boolean[] inOrg, List<int[]> out) {
    for (int i = 0; i + 1 < us.size(); i++) {
      if (inOrg[i] || !isPlace(us.get(i))) {
        continue;
      }
      int k = i + 1;
      int len = 0;
      while (k < us.size() && k <= i + 2 && !inOrg[k] && us.get(k).start() == us.get(k - 1).end()) {
        len += us.get(k).word().length();
        if (numberedUnit(us, i + 1, k, len)) {
          out.add(new int[] {i, k});
          for (int x = i; x <= k; x++) {
            inOrg[x] = true;
          }
          break;
        }
        k++;
      }
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
  }

  // 二院, 十一中: one or two digits and 院, 中 or 小, in the words of units from..to, n
  // characters in all (read in place: a string per place unit was a tenth of the allocation).
  private static boolean numberedUnit(List<Unit> us, int from, int to, int n) {
    if (n < 2 || n > 3) {
      return false;
    }
    int p = 0;
    for (int k = from; k <= to; k++) {
      String w = us.get(k).word();
      for (int c = 0; c < w.length(); c++, p++) {
        if ((p == n - 1 ? "院中小" : "一二三四五六七八九十").indexOf(w.charAt(c)) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  private String canonical(String name, List<String> all) {
    String c = orgs.canonical(name);
    // A short form of a fuller name in the same article takes that name's canonical form.
    String best = null;
    for (int k = 0; k < all.size(); k++) {
      String other = all.get(k);
      if (other.length() <= name.length() || (best != null && other.length() <= best.length())) {
        continue;
      }
      if (other.endsWith(name) && isPlacePrefix(other.substring(0, other.length() - name.length()))
          || abbreviates(name, other)) {
        best = other;
      }
    }
    if (best != null) {
      String bc = orgs.canonical(best);
      return bc != null ? bc : best;
    }
    return c;
  }

  private boolean isPlacePrefix(String p) {
    return !divisions.lookup(p).isEmpty() || otherPlaces.contains(p);
  }

  // 六盘水二院 in 六盘水市第二人民医院: same first and last character, characters in order,
  // and the same place in front.
  private static boolean abbreviates(String shortName, String full) {
    if (shortName.length() < 3 || shortName.charAt(0) != full.charAt(0)
        || shortName.charAt(shortName.length() - 1) != full.charAt(full.length() - 1)) {
      return false;
    }
    int k = 0;
    for (int i = 0; i < full.length() && k < shortName.length(); i++) {
      if (full.charAt(i) == shortName.charAt(k)) {
        k++;
      }
    }
    return k == shortName.length() && full.startsWith(shortName.substring(0, 2));
  }

  // ---------------------------------------------------------------- places

  /** The first unit of a village name ending at {@code i} ({@code 何家寨村}), or -1. */
  private int villageStart(List<Unit> us, int i, boolean[] inOrg, boolean[] inPlace) {
    Unit u = us.get(i);
    String w = u.word();
    if (!w.endsWith("村") && !w.endsWith("社区")) {
      return -1;
    }
    int start = i;
    int len = w.length() - (w.endsWith("村") ? 1 : 2);
    while (start - 1 >= 0 && i - start < 3 && !inOrg[start - 1] && !inPlace[start - 1]) {
      Unit p = us.get(start - 1);
      if (p.end() != us.get(start).start()) {
        break;
      }
      // Village names are mostly words no dictionary knows, cut into single characters.
      boolean nameLike = p.is(P_NR | E_NZ | E_NG)
          || p.single() && p.han() && !p.is(P_W | P_P | P_C | P_U | P_M | E_RR);
      if (!nameLike || p.in(L_VILLAGE_STOP)) {
        break;
      }
      start--;
      len += p.word().length();
    }
    if (len < 2 || len > 4) {
      return -1;
    }
    String name = concat(us, start, i);
    return VILLAGE_STOP.contains(name.substring(0, 1)) || VILLAGE_STOP.contains(name.substring(0, 2)) ? -1 : start;
  }

  private static String concat(List<Unit> us, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k <= to; k++) {
      b.append(us.get(k).word());
    }
    return b.toString();
  }

  private List<Mention> abbreviationMentions(AnalyzedText text, List<Unit> us, boolean[] inOrg, boolean[] inPlace,
      Scratch sc) {
    // The units as tokens, made only for the few units PlaceAbbreviations reads that are no
    // segmenter's token: it skips most units by their first character.
    List<Token> ts = new java.util.AbstractList<>() {
      @Override
      public Token get(int i) {
        Unit u = us.get(i);
        if (u.token == null) {
          u.token = new Token(u.word(), u.tag(), u.start(), u.end());
        }
        return u.token;
      }

      @Override
      public int size() {
        return us.size();
      }
    };
    boolean[] blocked = sc.blocked(us.size());
    for (int i = 0; i < us.size(); i++) {
      blocked[i] = inOrg[i] || inPlace[i];
    }
    List<Mention> out = new ArrayList<>();
    for (PlaceAbbreviations.Abbreviation a : abbreviations.find(ts, blocked)) {
      for (int i = 0; i < us.size(); i++) {
        if (us.get(i).start() <= a.start() && a.end() <= us.get(i).end()) {
          inPlace[i] = true; // 巴以/nr is no person
        }
      }
      CharSpan span = text.span(a.start(), a.end());
      String surface = text.bodyText(span);
      Division d = a.division();
      out.add(d == null ? PlaceMention.unresolved(span, surface)
          : new PlaceMention(span, surface, d.code(), divisions.path(d)));
    }
    return out;
  }

  private final java.util.function.Predicate<String> hanlpPlace = io.aidfacts.segment.Segmenters.hanlpPlaceWord();

  /**
   * The last unit of a venue named after the place at {@code i} (中国|美术馆, 米兰|自然|历史|博物馆),
   * or {@code i} when none follows.
   */
  private static int venueEnd(List<Unit> us, int i, boolean[] inOrg) {
    for (int k = i + 1; k < us.size() && k <= i + 4 && !inOrg[k] && us.get(k).start() == us.get(k - 1).end(); k++) {
      Unit u = us.get(k);
      if (endsWithAny(u.word(), VENUES)) {
        return k;
      }
      if (!u.is(E_N | E_NZ | E_VN | E_B) || u.single()) {
        break;
      }
    }
    return i;
  }

  private static boolean endsWithAny(String w, List<String> endings) {
    for (String e : endings) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** A place by any name the recognizer knows: a division, places.txt or HanLP's places. */
  private boolean isPlaceName(String w) {
    if (w.length() < 2 || NOT_PLACES.contains(w)) {
      return false;
    }
    for (Divisions.Name n : divisions.lookup(w)) {
      if (!n.bare()) {
        return true;
      }
    }
    return otherPlaces.contains(w) || hanlpPlace.test(w);
  }

  // ---------------------------------------------------------------- persons

  private boolean isPerson(List<Unit> us, int i) {
    Unit u = us.get(i);
    if (!u.is(P_NR) || u.word().length() < 2 || !isHanButDots(u.word())) {
      return false;
    }
    if (u.word().length() > 4 && !u.is(E_NRF)) {
      return false;
    }
    if (u.division() || u.knownOrg()) {
      return false;
    }
    // 3700余册: HanLP reads 余册 as a name after a number.
    if (i > 0 && us.get(i - 1).is(P_M) && "余多".indexOf(u.word().charAt(0)) >= 0) {
      return false;
    }
    // 曾称, 时说, 代捐, 万只: a Chinese-style name whose characters are rarely a surname and
    // a given name (translated and Japanese names, nrf/nrj, have their own characters).
    return !u.is(E_NR) || PersonNames.plausible(u.word());
  }

  // 罗毅|刚, 叶钊|颖: HanLP cut a three-character name after its second character.
  private static boolean cutName(List<Unit> us, int i) {
    Unit u = us.get(i);
    if (!u.is(E_NR) || i + 1 >= us.size()) {
      return false;
    }
    Unit next = us.get(i + 1);
    return next.start() == u.end() && next.han() && PersonNames.completes(u.word(), next.word());
  }

  /**
   * 向唐|胜利, 在唐|胜利: HanLP took a preposition for the surname; the name is its neighbour
   * and the next one- or two-character word, when that reads as a name.
   */
  private static boolean gluedPreposition(List<Unit> us, int i) {
    Unit u = us.get(i);
    Unit next = us.get(i + 1);
    if (!u.is(E_NR) || u.word().length() != 2 || !PersonNames.oftenBeforeName(u.word().charAt(0))
        || PersonNames.plausible(u.word()) || next.start() != u.end() || next.word().length() > 2
        || !next.han() || next.is(P_NR) || next.is(P_W)) {
      return false;
    }
    return PersonNames.plausible(u.word().substring(1) + next.word());
  }

  private boolean isTitledName(List<Unit> us, int i, boolean[] inOrg) {
    Unit u = us.get(i);
    if (u.is(P_NR) || u.word().length() < 2 || u.word().length() > 3 || !u.han()
        || !Tables.SURNAME_CHARS.get(u.word().charAt(0)) || i + 1 >= us.size()) {
      return false;
    }
    if (!u.is(E_N | E_NZ | E_NG)) {
      return false;
    }
    Unit next = us.get(i + 1);
    if (!next.is(E_NNT) || next.start() != u.end() || !hasTitleEnding(next.word())) {
      return false;
    }
    return i > 0 && (inOrg[i - 1] || us.get(i - 1).is(P_W));
  }

  private static boolean hasTitleEnding(String w) {
    for (String e : TITLE_ENDINGS) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
