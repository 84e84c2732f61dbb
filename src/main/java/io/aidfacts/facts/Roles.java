package io.aidfacts.facts;

import io.aidfacts.extract.FirstCharIndex;
import io.aidfacts.facts.ClauseReader.Clause;
import io.aidfacts.facts.ClauseReader.Sentence;
import io.aidfacts.facts.ViewDoc.Located;
import io.aidfacts.model.MentionType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who gave and who received in one act of giving. The giver is looked for in the clause of the
 * verb, then in the clauses before it in the same sentence, then in the discourse (the subject
 * carried from earlier sentences, or an anaphor such as 该集团 or 他本人).
 *
 * @param donors the givers; the first is the donor, the others gave together with it
 *     ({@code A会同B}) or each gave on their own when {@code each}
 * @param each {@code A、B分别捐赠}: one act per giver
 * @param recipients the receivers (paired with the givers in order when {@code each})
 * @param source how the giver was found, which sets the confidence
 */
record Roles(List<Party> donors, boolean each, List<Phrase> recipients, Source source) {

  enum Source {
    CLAUSE(0.9), FRAME(0.9), SENTENCE(0.8), ANAPHOR(0.7), DISCOURSE(0.65), EARLIER_PARAGRAPH(0.55);

    final double confidence;

    Source(double confidence) {
      this.confidence = confidence;
    }
  }

  Roles {
    donors = List.copyOf(donors);
    recipients = List.copyOf(recipients);
  }

  Party donor() {
    return donors.get(0);
  }

  /** Result of looking for a giver in a stretch of text. */
  record Found(List<Party> group, Source source, boolean blocked, int end) {
    static final Found NONE = new Found(List.of(), null, false, -1);
    static final Found BLOCKED = new Found(List.of(), null, true, -1);

    boolean ok() {
      return !group.isEmpty();
    }
  }

  // Characters that make the following name an object or an adjunct, not the subject.
  private static final String PREPOSITIONS = "向为给对在从到赴于跟把被往至由与和同及将帮助";
  // (还|也|又)? then one of these, and nothing else, joins two names: A、B, A和B, A还会同B.
  private static final java.util.Set<String> JOINERS = java.util.Set.of(
      "、", "和", "与", "及", "以及", "会同", "联合", "同", "携手");
  /**
   * Words that frame a clause before its subject (dates, 此外, 现场...): a stretch is framing when
   * it is a run of these, of {@code [0-9０-９一二三四五六七八九十]+月} with an optional 初, 底 or
   * 旬, and of {@code ，,、} and blanks; {@link #framing} reads it as the regular expression
   * {@code (?:word|N月…|[，,、\s])*} would.
   */
  private static final FirstCharIndex FRAMING_WORDS = new FirstCharIndex(
      "此外", "同时", "另外", "其中", "另", "还", "也", "并", "又", "已", "均", "共", "都", "先后", "累计", "全年",
      "今年", "去年", "当天", "当日", "同日", "次日", "随后", "此前", "目前", "日前", "近日", "近年来", "以来", "期间",
      "活动现场", "现场", "会上", "此次", "首期", "早在", "在此基础上", "与此同时", "上月", "本月", "上半年", "下半年");
  private static final String[] MONTH_TAILS = {"初", "底", "中旬", "上旬", "下旬"};
  /** Unnamed collectives: money they give is nobody's fact ({@code 社会各界捐款…}). */
  private static final FirstCharIndex COLLECTIVE = new FirstCharIndex(
      "人士", "务工人员", "网友", "群众", "市民", "商会组织", "民营企业", "社会各界", "社会捐赠", "社会", "各界", "爱心企业", "企业家们");
  // 爱心企业家 is a person, not a collective (爱心企业 only when no 家 follows in the stretch).
  private static final String CARING_FIRMS = "爱心企业";
  private static final FirstCharIndex STRONG_COLLECTIVE = new FirstCharIndex("人士", "务工人员", "网友");
  /** Verbs whose object a following name is. */
  private static final java.util.Set<String> OBJECT_OF = java.util.Set.of(
      "帮助", "完成", "组织", "动员", "支持", "引导", "落户", "来到", "前往", "走进", "赶赴", "设立",
      "成立", "签订", "签署", "达成", "建立", "举办", "举行", "召开", "发起", "选定", "协调", "慰问",
      "走访", "考察", "看好", "创办", "援建", "资助");
  private static final FirstCharIndex OBJECT_OF_WORDS = new FirstCharIndex(OBJECT_OF.toArray(new String[0]));
  private static final FirstCharIndex CONDUIT = new FirstCharIndex("通过", "委托", "经由");
  /**
   * Anaphors, read as the regular expression
   * {@code ^(?:该|这家|其)(集团|基金会|慈善会|商会|协会|公司|企业|会)|^(集团|基金会|慈善会|商会|协会|公司)|^(他本人|她本人|他|她)}
   * would: the head noun of the first or second alternative, none (null) for a pronoun.
   */
  private static final String[] ANAPHOR_HEADS = {"集团", "基金会", "慈善会", "商会", "协会", "公司", "企业", "会"};
  private static final int BARE_HEADS = 6;
  private static final int NO_ANAPHOR = -2;
  private static final int PRONOUN = -1;
  private static final FirstCharIndex RECIPIENT_PREP = new FirstCharIndex("向", "为", "给", "对", "赴");
  private static final FirstCharIndex PRINCIPAL_END = new FirstCharIndex("向", "为", "给", "对", "赴", "在");
  /** What follows partners, not co-givers: 与X签订协议. */
  private static final Pattern PARTNERS = Pattern.compile("^(?:还|也|又)?(?:签|达成|结对|结成|合作|共建|召开|举行|建立|开展|对接)");
  /** Words between two names that make the second the first one's member or title holder. */
  private static final Pattern APPOSITION = Pattern.compile(
      "(?:长|主席|主委|主任|书记|家|教师|华侨|党员|校友|经理|老人|师生|成员|负责人|创始人|总裁|企业|所属|代表|委员|干部)、?$");
  /** Words in which 为/向/对/给 is no preposition. */
  private static final List<String> NOT_PREPOSITION = List.of(
      "为了", "为期", "作为", "成为", "因为", "认为", "更为", "行为", "为主", "为重点", "对口", "对接",
      "对于", "对象", "给予", "面向", "方向", "为此", "为民", "投向");
  private static final FirstCharIndex PHRASE_CUT = new FirstCharIndex(
      "按照", "按", "每人", "每户", "每名", "分别", "一次性", "通过", "用于", "开展", "共同", "现场", "自掏腰包");
  private static final FirstCharIndex PURPOSE_VERB = new FirstCharIndex(
      "修建", "建设", "购买", "配备", "建成", "开展", "实施", "改善", "援建", "设立", "提供", "解决", "捐赠", "发放",
      "购置", "新建", "打造");
  private static final Pattern PURPOSE_FOR = Pattern.compile("^(?:(?:全部|主要|专项|专门)?用于)?为");
  private static final FirstCharIndex OBJECT_VERB = new FirstCharIndex("资助", "援建", "创办", "捐建", "帮扶");

  /**
   * Finds the roles of the act opened by {@code trigger} in clause {@code tc}, whose money
   * (or goods) ends at {@code objectEnd}.
   */
  static Roles find(ViewDoc doc, Sentence s, Clause tc, Trigger trigger, int moneyStart,
      int objectEnd, Discourse discourse) {
    discourse.settle(doc);
    int zoneEnd = trigger.kind() == Trigger.Kind.AFTER ? moneyStart : trigger.start();
    Found f = inZone(doc, tc.start(), zoneEnd, true, discourse);
    if (f.blocked) {
      return null;
    }
    Source source = f.source;
    if (!f.ok()) {
      for (int k = tc.index() - 1; k >= 0 && !f.ok(); k--) {
        Clause c = s.clauses().get(k);
        if (isAttribution(doc, c)) {
          continue;
        }
        int first = Trigger.firstStart(doc, c.start(), c.end());
        int end = first < 0 ? c.end() : first;
        f = inZone(doc, c.start(), end, false, discourse);
        if (f.blocked) {
          return null;
        }
        if (f.ok() && f.source == Source.CLAUSE) {
          f = new Found(f.group, Source.SENTENCE, false, f.end);
        }
      }
      source = f.source;
    }
    if (!f.ok()) {
      Party carried = discourse.topic(doc, tc.start());
      if (carried == null) {
        return null;
      }
      f = new Found(List.of(carried), discourse.topicParagraph() == s.paragraph()
          ? Source.DISCOURSE : Source.EARLIER_PARAGRAPH, false, -1);
      source = f.source;
    }
    if (f.group.size() > 1 && f.end >= 0
        && PARTNERS.matcher(doc.text.substring(f.end, Math.min(doc.text.length(), f.end + 4))).find()) {
      f = new Found(List.of(f.group.get(0)), f.source, false, f.end);
    }
    boolean each = f.group.size() > 1 && containsIn(doc.text, "分别", tc.start(), zoneEnd)
        || f.group.size() > 1 && f.end >= 0 && f.end + 2 <= zoneEnd && doc.text.startsWith("分别", f.end);
    List<Phrase> recipients = recipients(doc, s, tc, trigger, f, zoneEnd, moneyStart, objectEnd);
    return new Roles(f.group, each, recipients, source);
  }

  /** The subject of a clause that has no act of its own: what a later clause carries on. */
  static Party subjectOf(ViewDoc doc, Sentence s, Discourse discourse) {
    discourse.settle(doc);
    return subjectOfSettled(doc, s, discourse);
  }

  /** {@link #subjectOf} under the topic as it stands, with sentences still to settle. */
  static Party subjectOfSettled(ViewDoc doc, Sentence s, Discourse discourse) {
    for (Clause c : s.clauses()) {
      if (isAttribution(doc, c)) {
        continue;
      }
      int first = Trigger.firstStart(doc, c.start(), c.end());
      int end = first < 0 ? c.end() : first;
      Found f = inZone(doc, c.start(), end, false, discourse);
      if (f.blocked) {
        return null;
      }
      if (f.ok()) {
        return f.group.get(0);
      }
    }
    return null;
  }

  /** 据…介绍/统计: the source of the news, not an actor. */
  static boolean isAttribution(ViewDoc doc, Clause c) {
    String t = doc.text;
    int s = c.start();
    int e = c.end();
    return e > s && t.charAt(s) == '据' || endsWith(t, s, e, "介绍") || endsWith(t, s, e, "表示")
        || endsWith(t, s, e, "获悉") || endsWith(t, s, e, "统计") || endsWith(t, s, e, "通报")
        || endsWith(t, s, e, "说");
  }

  /** Whether {@code t[s, e)} ends with {@code w}. */
  private static boolean endsWith(String t, int s, int e, String w) {
    return e - s >= w.length() && t.startsWith(w, e - w.length());
  }

  /** Whether {@code w} stands wholly inside {@code t[from, to)}. */
  private static boolean containsIn(String t, String w, int from, int to) {
    char first = w.charAt(0);
    for (int i = from; i + w.length() <= to; i++) {
      if (t.charAt(i) == first && t.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The leftmost unnamed collective ({@link #COLLECTIVE}) in {@code t[from, to)}, or -1; the
   * stretch ends at {@code to}, so a 家 after it does not make 爱心企业 a person.
   */
  private static int collective(String t, int from, int to) {
    for (int i = COLLECTIVE.find(t, from, to); i >= 0; i = COLLECTIVE.find(t, i + 1, to)) {
      for (int k : COLLECTIVE.startingWith(t.charAt(i))) {
        String w = COLLECTIVE.word(k);
        if (i + w.length() <= to && t.startsWith(w, i)
            && !(w.equals(CARING_FIRMS) && i + w.length() < to && t.charAt(i + w.length()) == '家')) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The first of {@code words} in {@code [start, end)} outside names, or -1. */
  private static int findOutsideNames(ViewDoc doc, FirstCharIndex words, int start, int end) {
    String t = doc.text;
    for (int at = words.find(t, start, end); at >= 0; ) {
      int e = at + words.word(words.at(t, at, end)).length();
      if (!doc.inName(at, e)) {
        return at;
      }
      at = words.find(t, e, end);
    }
    return -1;
  }

  /** The first of {@code words} in {@code [start, end)} not starting inside a name, or -1. */
  private static int findNotInName(ViewDoc doc, FirstCharIndex words, int start, int end) {
    String t = doc.text;
    for (int at = words.find(t, start, end); at >= 0; ) {
      if (!doc.inName(at)) {
        return at;
      }
      at = words.find(t, at + words.word(words.at(t, at, end)).length(), end);
    }
    return -1;
  }

  private static Found inZone(ViewDoc doc, int start, int end, boolean ownClause, Discourse discourse) {
    if (end <= start) {
      return Found.NONE;
    }
    // The same zones are read again for every act of a sentence and for its subject
    // (subjectOf): their reading holds until the discourse takes a new topic.
    Found f = discourse.zone(start, end);
    if (f == null) {
      f = readZone(doc, start, end, discourse);
      discourse.keepZone(start, end, f);
    }
    // A zone is read as another clause's (SENTENCE); only that reading depends on ownClause.
    return ownClause && f.source == Source.SENTENCE ? new Found(f.group, Source.CLAUSE, false, f.end) : f;
  }

  private static Found readZone(ViewDoc doc, int start, int end, Discourse discourse) {
    // Y接受X捐赠的…: the giver follows the receiving verb; nobody named there means unnamed givers.
    int rec = Trigger.RECEIVE.find(doc.text, start, end);
    int recEnd = rec < 0 ? -1 : rec + Trigger.RECEIVE.word(Trigger.RECEIVE.at(doc.text, rec, end)).length();
    if (rec >= 0 && !doc.inName(rec, recEnd)) {
      List<List<Party>> after = groups(doc, recEnd, end);
      if (after.isEmpty()) {
        return Found.BLOCKED;
      }
      List<Party> g = after.get(0);
      return new Found(g, Source.FRAME, false, g.get(g.size() - 1).end());
    }
    // 由X出资/提供: X gives.
    // With no name in the zone the frames below find no giver: only collectives and anaphors remain.
    boolean named = doc.hasParty(start, end);
    int you = named ? indexOutsideNames(doc, '由', start, end) : -1;
    if (you >= 0 && you + 1 < doc.text.length() && "于来此".indexOf(doc.text.charAt(you + 1)) < 0) {
      List<List<Party>> after = groups(doc, you + 1, end);
      if (!after.isEmpty()) {
        List<Party> g = preferNamed(doc, after);
        return new Found(g, Source.FRAME, false, g.get(g.size() - 1).end());
      }
    }
    // X代Y捐赠: Y is the giver, X only acts for it (以购代捐 is a slogan, not this frame).
    int dai = named ? indexOutsideNames(doc, '代', start, end) : -1;
    if (dai >= 0 && !containsIn(doc.text, "以购代", start, end) && !containsIn(doc.text, "以买代", start, end)
        && dai + 1 < doc.text.length() && "捐帮购表".indexOf(doc.text.charAt(dai + 1)) < 0) {
      int stop = end;
      String t = doc.text;
      // The words are single characters.
      for (int p = PRINCIPAL_END.find(t, dai + 1, end); p >= 0; p = PRINCIPAL_END.find(t, p + 1, end)) {
        if (!doc.inName(p) && !doc.parties(dai + 1, p).isEmpty()) {
          stop = p;
          break;
        }
      }
      List<List<Party>> principal = groups(doc, dai + 1, stop);
      if (!principal.isEmpty()) {
        // 代其母亲、退休教师张桂兰: the last name before the verb is the principal.
        List<Party> g = principal.get(principal.size() - 1);
        return new Found(g, Source.FRAME, false, g.get(g.size() - 1).end());
      }
    }
    int conduitAt = named ? findOutsideNames(doc, CONDUIT, start, end) : -1;
    int conduit = conduitAt >= 0 ? conduitAt : end;
    List<List<Party>> candidates = new ArrayList<>();
    for (List<Party> g : named ? groups(doc, start, conduit) : List.<List<Party>>of()) {
      Party head = g.get(0);
      if (isObject(doc, start, head)) {
        continue;
      }
      if (head.type() == MentionType.PLACE && !isSubjectPlace(doc, start, head)) {
        continue;
      }
      candidates.add(g);
    }
    if (STRONG_COLLECTIVE.find(doc.text, start, end) >= 0) {
      return Found.BLOCKED;
    }
    if (candidates.isEmpty()) {
      // A collective or an anaphor in the stripped lead starts with a character of the zone:
      // when the zone has none of their first characters, stripping it cannot find one.
      if (!mayHoldCollectiveOrAnaphor(doc.text, start, end)) {
        return Found.NONE;
      }
      String lead = stripFraming(doc, start, end);
      if (collective(lead, 0, lead.length()) >= 0) {
        return Found.BLOCKED;
      }
      int anaphor = anaphor(lead);
      if (anaphor != NO_ANAPHOR) {
        String head = anaphor >= 0 ? ANAPHOR_HEADS[anaphor] : null;
        Party p = discourse.resolve(doc, start, head);
        if (p != null) {
          return new Found(List.of(p), Source.ANAPHOR, false, -1);
        }
      }
      return Found.NONE;
    }
    List<Party> g = preferNamed(doc, candidates);
    // 社会捐赠资金: an unnamed collective before any name is the subject.
    int col = collective(doc.text, start, end);
    if (col >= 0 && col < g.get(0).start()) {
      return Found.BLOCKED;
    }
    return new Found(g, Source.SENTENCE, false, g.get(g.size() - 1).end());
  }

  /** Whether some character of {@code t[from, to)} starts a collective or an anaphor. */
  private static boolean mayHoldCollectiveOrAnaphor(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (COLLECTIVE.starts(c) || ANAPHOR_FIRSTS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  // First characters of the anaphors of anaphor(): 该, 其, 这家, the heads, 他, 她.
  private static final String ANAPHOR_FIRSTS = "该其这集基慈商协公企会他她";

  /**
   * The anaphor {@code lead} starts with: the index of its head in {@link #ANAPHOR_HEADS},
   * {@link #PRONOUN}, or {@link #NO_ANAPHOR}.
   */
  private static int anaphor(String lead) {
    int p = lead.startsWith("该") || lead.startsWith("其") ? 1 : lead.startsWith("这家") ? 2 : 0;
    if (p > 0) {
      for (int k = 0; k < ANAPHOR_HEADS.length; k++) {
        if (lead.startsWith(ANAPHOR_HEADS[k], p)) {
          return k;
        }
      }
    }
    for (int k = 0; k < BARE_HEADS; k++) {
      if (lead.startsWith(ANAPHOR_HEADS[k])) {
        return k;
      }
    }
    return lead.startsWith("他") || lead.startsWith("她") ? PRONOUN : NO_ANAPHOR;
  }

  /**
   * The subject among candidate groups: the first group led by an organisation or person,
   * moving on to a later one only when the words between make it an apposition
   * ({@code 荔湾区工商联副主席、…董事长陈立群}, {@code 致公党党员企业兵航集团}); else the first group of
   * places.
   */
  private static List<Party> preferNamed(ViewDoc doc, List<List<Party>> groups) {
    List<Party> chosen = null;
    for (List<Party> g : groups) {
      if (g.get(0).type() == MentionType.PLACE) {
        continue;
      }
      if (chosen == null) {
        chosen = g;
        continue;
      }
      Party prev = chosen.get(chosen.size() - 1);
      String between = doc.text.substring(prev.end(), g.get(0).start());
      if (between.length() <= 12 && APPOSITION.matcher(between).find()) {
        chosen = g;
      } else {
        break;
      }
    }
    return chosen != null ? chosen : groups.get(0);
  }

  /**
   * Parties in the range grouped by joiners ({@code A、B}, {@code A和B}, {@code A会同B});
   * places written together ({@code 青岛市崂山区}) become one party.
   */
  static List<List<Party>> groups(ViewDoc doc, int start, int end) {
    List<Party> parties = new ArrayList<>();
    for (Located l : doc.parties(start, end)) {
      if (!parties.isEmpty() && l.start() < parties.get(parties.size() - 1).end()) {
        continue;
      }
      Party p = doc.extendedParty(l);
      if (p.end() > end) {
        p = doc.party(l);
      }
      if (!parties.isEmpty()) {
        Party prev = parties.get(parties.size() - 1);
        if (prev.end() == p.start() && prev.type() == MentionType.PLACE) {
          parties.set(parties.size() - 1, Party.joined(doc, prev, p));
          continue;
        }
      }
      parties.add(p);
    }
    List<List<Party>> out = new ArrayList<>();
    List<Party> cur = new ArrayList<>();
    for (Party p : parties) {
      if (!cur.isEmpty()) {
        Party prev = cur.get(cur.size() - 1);
        if (!joiner(doc.text, prev.end(), p.start())) {
          out.add(cur);
          cur = new ArrayList<>();
        }
      }
      cur.add(p);
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  /** Whether {@code t[from, to)} is {@code (还|也|又)?} and one of {@link #JOINERS}. */
  private static boolean joiner(String t, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    char c = t.charAt(from);
    if (isJoiner(t, from, to)) {
      return true;
    }
    return (c == '还' || c == '也' || c == '又') && isJoiner(t, from + 1, to);
  }

  /** Whether {@code t[from, to)} is one of {@link #JOINERS}, read in place. */
  private static boolean isJoiner(String t, int from, int to) {
    switch (to - from) {
      case 1:
        return "、和与及同".indexOf(t.charAt(from)) >= 0;
      case 2:
        return JOINER_PAIRS.at(t, from, to) >= 0;
      default:
        return false;
    }
  }

  private static final FirstCharIndex JOINER_PAIRS = new FirstCharIndex("以及", "会同", "联合", "携手");

  private static boolean isObject(ViewDoc doc, int zoneStart, Party p) {
    if (p.start() <= zoneStart) {
      return false;
    }
    char before = doc.text.charAt(p.start() - 1);
    if (PREPOSITIONS.indexOf(before) >= 0) {
      // 和/与 right after another name join a group; here they stand alone: 与X签订 makes X a partner.
      return true;
    }
    // The verbs are all two characters long.
    int b2 = Math.max(zoneStart, p.start() - 2);
    return p.start() - b2 == 2 && OBJECT_OF_WORDS.at(doc.text, b2, p.start()) >= 0;
  }

  /** A place gives only as the subject: first in its clause and not a modifier (福建籍企业家). */
  private static boolean isSubjectPlace(ViewDoc doc, int zoneStart, Party p) {
    String lead = withoutDates(doc, zoneStart, p.start());
    if (!framing(lead, 0, lead.length())) {
      return false;
    }
    // The words are at most two characters: read in place, not in a copy of the next three.
    String t = doc.text;
    int e = p.end();
    return !(t.startsWith("籍", e) || t.startsWith("企业", e) || t.startsWith("人", e)
        || t.startsWith("的", e) || t.startsWith("爱心", e) || t.startsWith("退休", e)
        || t.startsWith("市民", e) || t.startsWith("农", e));
  }

  private static String stripFraming(ViewDoc doc, int start, int end) {
    String t = withoutDates(doc, start, end);
    int i = 0;
    while (i < t.length()) {
      // The longest framing stretch of at most 6 characters from i.
      int j = framingEnd(t, i, Math.min(t.length(), i + 6));
      if (j < 0) {
        break;
      }
      i = j;
    }
    return t.substring(i);
  }

  /**
   * Whether {@code t[from, to)} is all framing ({@link #FRAMING_WORDS}, N月 with its tail,
   * {@code ，,、} and blanks), in some way of cutting it: every cut is tried, as a regular
   * expression's backtracking would.
   */
  static boolean framing(String t, int from, int to) {
    return reach(t, from, to)[to - from];
  }

  /**
   * The largest {@code k} in {@code (from, to]} such that {@code t[from, k)} is framing, or -1.
   * One pass serves every {@code k}: whether a stretch up to {@code k} is framing does not
   * depend on what follows {@code k} (a run of numerals ends with 月 or not at all).
   */
  static int framingEnd(String t, int from, int to) {
    boolean[] reach = reach(t, from, to);
    for (int k = to - from; k > 0; k--) {
      if (reach[k]) {
        return from + k;
      }
    }
    return -1;
  }

  /** {@code reach[k]}: {@code t[from, from + k)} can be cut into framing pieces. */
  private static boolean[] reach(String t, int from, int to) {
    int n = to - from;
    boolean[] reach = new boolean[n + 1];
    reach[0] = true;
    for (int p = 0; p < n; p++) {
      if (!reach[p]) {
        continue;
      }
      int i = from + p;
      char c = t.charAt(i);
      for (int k : FRAMING_WORDS.startingWith(c)) {
        String w = FRAMING_WORDS.word(k);
        if (i + w.length() <= to && t.startsWith(w, i)) {
          reach[p + w.length()] = true;
        }
      }
      // [，,、\s]: \s is [ \t\n\x0B\f\r] in a Java pattern.
      if ("，,、 \t\n\013\f\r".indexOf(c) >= 0) {
        reach[p + 1] = true;
      }
      if (monthNumeral(c)) {
        int q = i;
        while (q < to && monthNumeral(t.charAt(q))) {
          q++;
        }
        if (q < to && t.charAt(q) == '月') {
          reach[q + 1 - from] = true;
          for (String tail : MONTH_TAILS) {
            if (q + 1 + tail.length() <= to && t.startsWith(tail, q + 1)) {
              reach[q + 1 + tail.length() - from] = true;
            }
          }
        }
      }
    }
    return reach;
  }

  private static boolean monthNumeral(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９' || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  private static String withoutDates(ViewDoc doc, int start, int end) {
    if (!doc.has(start, end, MentionType.DATE)) {
      return doc.text.substring(start, end);
    }
    StringBuilder sb = new StringBuilder();
    int at = start;
    for (Located d : doc.within(start, end, MentionType.DATE)) {
      if (d.start() >= at) {
        sb.append(doc.text, at, d.start());
        at = d.end();
      }
    }
    if (at < end) {
      sb.append(doc.text, at, end);
    }
    return sb.toString();
  }

  /** The first {@code c} in {@code [start, end)} outside names, or -1. */
  private static int indexOutsideNames(ViewDoc doc, char c, int start, int end) {
    String t = doc.text;
    for (int i = Math.max(0, start); i < end && i < t.length(); i++) {
      if (t.charAt(i) == c && !doc.inName(i)) {
        return i;
      }
    }
    return -1;
  }

  // ---- receivers

  private static List<Phrase> recipients(ViewDoc doc, Sentence s, Clause tc, Trigger trigger,
      Found giver, int zoneEnd, int moneyStart, int objectEnd) {
    int from = Math.max(tc.start(), giver.end >= tc.start() ? giver.end : tc.start());
    // Y接受X捐赠: the receiver is the subject before the receiving verb.
    int rec = Trigger.RECEIVE.find(doc.text, tc.start(), zoneEnd);
    if (rec >= 0 && !doc.inName(rec, rec + Trigger.RECEIVE.word(Trigger.RECEIVE.at(doc.text, rec, zoneEnd)).length())) {
      List<List<Party>> before = groups(doc, tc.start(), rec);
      for (int k = tc.index() - 1; before.isEmpty() && k >= 0; k--) {
        Clause c = s.clauses().get(k);
        before = groups(doc, c.start(), c.end());
      }
      if (!before.isEmpty()) {
        Party p = before.get(0).get(0);
        return List.of(new Phrase(p.name(), p.start(), p.end()));
      }
      return List.of();
    }
    // The prepositions are single characters.
    for (int p = RECIPIENT_PREP.find(doc.text, from, zoneEnd); p >= 0; p = RECIPIENT_PREP.find(doc.text, p + 1, zoneEnd)) {
      if (doc.inName(p) || notPreposition(doc, p)) {
        continue;
      }
      int end = cut(doc, p + 1, zoneEnd);
      if (end > p + 1) {
        return split(doc, p + 1, end);
      }
    }
    Clause ac = s.clauseAt(moneyStart);
    // 捐给X, 汇入X专户: the receiver follows the verb.
    if (trigger.kind() == Trigger.Kind.AFTER) {
      List<Located> after = doc.parties(trigger.end(), ac.end());
      if (!after.isEmpty() && after.get(0).start() - trigger.end() <= 1) {
        Located l = after.get(0);
        return List.of(new Phrase(doc.bodyText(l.start(), l.end()), l.start(), l.end()));
      }
    }
    // 资助/援建/创办 X: the object is the receiver; for money whose verb follows it (5000元帮扶
    //资金已到位) the object of the clause before.
    if (OBJECT_VERB.find(trigger.verb(), 0, trigger.verb().length()) >= 0 || trigger.verb().equals("捐给")) {
      Phrase o = objectAfter(doc, trigger.end(), tc.end(), moneyStart);
      if (o != null) {
        return List.of(o);
      }
    }
    if (trigger.kind() == Trigger.Kind.AFTER) {
      for (int k = tc.index() - 1; k >= 0 && k >= tc.index() - 2; k--) {
        Clause c = s.clauses().get(k);
        int ov = OBJECT_VERB.find(doc.text, c.start(), c.end());
        int ovEnd = ov < 0 ? -1 : ov + OBJECT_VERB.word(OBJECT_VERB.at(doc.text, ov, c.end())).length();
        if (ov >= 0 && !doc.inName(ov, ovEnd)) {
          Phrase o = objectAfter(doc, ovEnd, c.end(), moneyStart);
          if (o != null) {
            return List.of(o);
          }
        }
      }
    }
    // …捐款N元，为X修建…: a purpose clause names the receiver.
    for (int i = ac.index(); i < s.clauses().size() && i <= ac.index() + 1; i++) {
      Clause c = s.clauses().get(i);
      int searchFrom = i == ac.index() ? Math.max(objectEnd, c.start()) : c.start();
      String t = doc.text.substring(searchFrom, c.end());
      Matcher pu = PURPOSE_FOR.matcher(t);
      int wei = i == ac.index() ? t.indexOf('为') : pu.find() ? pu.end() - 1 : -1;
      if (wei < 0) {
        continue;
      }
      int st = searchFrom + wei + 1;
      if (notPreposition(doc, st - 1)) {
        continue;
      }
      int end = cutAtPurpose(doc, st, c.end());
      if (end - st >= 2 && end < c.end()) {
        return List.of(Phrase.of(doc, st, end));
      }
    }
    // 采购X合作社的茶叶: the seller named after the verb of buying receives the money.
    if (trigger.kind() == Trigger.Kind.BUY) {
      for (Located l : doc.parties(trigger.end(), moneyStart)) {
        if (l.type() == MentionType.ORG && doc.text.startsWith("的", l.end())) {
          return List.of(new Phrase(doc.bodyText(l.start(), l.end()), l.start(), l.end()));
        }
      }
    }
    return List.of();
  }

  private static Phrase objectAfter(ViewDoc doc, int start, int end, int moneyStart) {
    while (start < end && doc.text.charAt(start) == '了') {
      start++;
    }
    if (moneyStart > start && moneyStart < end) {
      end = moneyStart;
    }
    end = cutAtPurpose(doc, start, end);
    return end - start >= 2 && end - start <= 30 ? Phrase.of(doc, start, end) : null;
  }

  private static boolean notPreposition(ViewDoc doc, int at) {
    char c = doc.text.charAt(at);
    for (String w : NOT_PREPOSITION) {
      for (int k = 0; k < w.length(); k++) {
        int st = at - k;
        if (w.charAt(k) == c && st >= 0 && doc.text.startsWith(w, st)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int cut(ViewDoc doc, int start, int end) {
    int at = findNotInName(doc, PHRASE_CUT, start, end);
    if (at >= 0) {
      end = at;
    }
    while (end > start && "了的 ".indexOf(doc.text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static int cutAtPurpose(ViewDoc doc, int start, int end) {
    int at = findNotInName(doc, PURPOSE_VERB, start, end);
    if (at >= 0) {
      end = at;
    }
    return cut(doc, start, end);
  }

  /** 向定西市和渭源县: several receivers, paired in order with several givers (分别). */
  private static List<Phrase> split(ViewDoc doc, int start, int end) {
    List<Phrase> out = new ArrayList<>();
    List<List<Party>> gs = groups(doc, start, end);
    if (gs.size() == 1 && gs.get(0).size() > 1) {
      List<Party> g = gs.get(0);
      if (g.get(0).start() == start && g.get(g.size() - 1).end() == end) {
        for (Party p : g) {
          out.add(new Phrase(p.name(), p.start(), p.end()));
        }
        return out;
      }
    }
    out.add(Phrase.of(doc, start, end));
    return out;
  }
}
