package io.aidfacts.facts;

import io.aidfacts.extract.FirstCharIndex;
import io.aidfacts.facts.ClauseReader.Clause;
import io.aidfacts.facts.ClauseReader.Sentence;
import io.aidfacts.facts.ViewDoc.Located;
import io.aidfacts.model.AidFact;
import io.aidfacts.model.AmountMention;
import io.aidfacts.model.Article;
import io.aidfacts.model.Category;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.Mention;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.Money;
import io.aidfacts.model.NormalizedText;
import io.aidfacts.model.PlaceMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles aid facts from frames of giving. Each money amount is tied to the verb of giving
 * that governs it (捐赠, 投入, 采购, 投资…, or a verb after it such as 已到位), unless it is no
 * gift (a rate, a wage, a threshold, a pledge). The giver is the subject of that verb, found in
 * its clause, the clauses before it, or carried from earlier sentences ({@link Roles},
 * {@link Discourse}); frames that put the giver elsewhere ({@code Y接受X捐赠}, {@code 由X出资},
 * {@code X代Y捐赠}) are read as such. Gifts of goods without a value become facts without an
 * amount. Dates come from {@link Timeline}, categories from the verb, the article and
 * {@link CategoryCues}.
 *
 * <p>Stateless: one instance is safe to share between threads.
 */
public final class FrameFactAssembler implements FactAssembler {

  // Word lists found as the regular expressions of their alternatives would, by first character.
  private static final FirstCharIndex PER_UNIT = new FirstCharIndex("每", "人均", "户均", "月均", "日均", "年均");
  private static final FirstCharIndex TOTAL = new FirstCharIndex("共计", "合计", "总计", "共");
  private static final FirstCharIndex NOT_AID_BEFORE = new FirstCharIndex(
      "工资", "收入", "增收", "产值", "销售额", "营业额", "总值", "增加值", "余额", "存款", "罚款", "奖金", "投资额", "总投资",
      "奖励", "价格", "市场价", "节约", "减少", "费用");
  /** Money lent, guaranteed or paid for shares is finance, not aid. */
  private static final FirstCharIndex FINANCE = new FirstCharIndex(
      "贷款", "借款", "担保", "融资", "股权", "股票", "股份", "债券", "收益", "增资", "本息", "授信", "质押");
  /** Words of a pledge, and {@code [0-9一二三四五六七八九十两]年内} ({@link #pledge(String)}). */
  private static final FirstCharIndex PLEDGE = new FirstCharIndex(
      "未来", "预计", "不少于", "不低于", "不超过", "最高", "承诺", "拟", "目标", "明年", "将投入", "将捐");
  private static final Pattern CONTINUATION = Pattern.compile(
      "^(?:设备|物资|款物)?总?(?:价值|折合|共计|合计|总计|折价)");
  private static final Pattern GOODS = Pattern.compile(
      "(?<!每)(?:[0-9]+(?:\\.[0-9]+)?|[一二三四五六七八九十百千万两]+)(?:余|多)?(?:万)?(?:册|件|吨|台|套|只|床|顶|箱|袋|斤|公斤|辆|本|份)");
  private static final Category[] TIE_ORDER = {Category.EDUCATION, Category.MEDICAL,
      Category.DISASTER, Category.EMPLOYMENT, Category.LIVELIHOOD, Category.INFRASTRUCTURE,
      Category.INDUSTRY};

  /** The verb of one act and the money it governs. */
  private static final class Act {
    final Clause tc;
    final Trigger trigger;
    final List<Located> amounts = new ArrayList<>();
    Clause last;

    Act(Clause tc, Trigger trigger) {
      this.tc = tc;
      this.trigger = trigger;
    }
  }

  // Reads the subject of every sentence without an act as it comes (Discourse#settle reads only
  // the ones a later act needs): the definition the lazy reading is tested against.
  private final boolean everySubject;

  public FrameFactAssembler() {
    this(false);
  }

  FrameFactAssembler(boolean everySubject) {
    this.everySubject = everySubject;
  }

  @Override
  public List<AidFact> assemble(Article article, NormalizedText view, List<Mention> mentions) {
    ViewDoc doc = new ViewDoc(article, view, mentions);
    List<Sentence> sentences = ClauseReader.read(doc.text);
    Discourse discourse = new Discourse();
    Timeline timeline = new Timeline(doc, sentences);
    boolean disaster = CategoryCues.aboutDisaster(doc.text);
    List<AidFact> out = new ArrayList<>();
    Map<AidFact, Integer> sentenceOf = new java.util.IdentityHashMap<>();
    for (Sentence s : sentences) {
      int first = out.size();
      Set<Integer> used = new HashSet<>();
      Map<Long, Act> acts = new LinkedHashMap<>();
      List<Located> amounts = doc.within(s.start(), s.end(), MentionType.AMOUNT);
      for (int i = 0; i < amounts.size(); i++) {
        Located a = amounts.get(i);
        Clause ac = s.clauseAt(a.start());
        if (!isAid(doc, ac, a, i + 1 < amounts.size() ? amounts.get(i + 1) : null)) {
          continue;
        }
        Act act = actOf(doc, s, ac, a);
        if (act == null || pledge(doc, s, act, a)) {
          continue;
        }
        long key = ((long) act.tc.index() << 32) | act.trigger.start();
        Act known = acts.putIfAbsent(key, act);
        Act target = known != null ? known : act;
        target.amounts.add(a);
        target.last = ac;
      }
      List<Act> list = new ArrayList<>(acts.values());
      for (int k = 0; k < list.size(); k++) {
        Act act = list.get(k);
        Located firstAmount = act.amounts.get(0);
        Located lastAmount = act.amounts.get(act.amounts.size() - 1);
        Roles roles = Roles.find(doc, s, act.tc, act.trigger, firstAmount.start(), lastAmount.end(), discourse);
        for (int c = act.tc.index(); c <= act.last.index(); c++) {
          used.add(c);
        }
        if (roles == null) {
          continue;
        }
        int windowEnd = k + 1 < list.size() ? list.get(k + 1).tc.start() : s.end();
        emit(doc, s, act, roles, windowEnd, timeline, disaster, out, first);
      }
      giftsOfGoods(doc, s, used, discourse, timeline, disaster, out);
      for (int i = first; i < out.size(); i++) {
        sentenceOf.put(out.get(i), s.index());
      }
      markParts(doc, s, out, first, sentenceOf);
      if (out.size() > first) {
        AidFact last = out.get(out.size() - 1);
        discourse.setTopic(lastDonor(doc, s, last, discourse), s.paragraph());
      } else if (!isSpeech(doc, s)) {
        if (everySubject) {
          discourse.setTopic(Roles.subjectOf(doc, s, discourse), s.paragraph());
        } else {
          discourse.carryFrom(s);
        }
      }
    }
    return out;
  }

  // ---- which money is a gift

  private static boolean isAid(ViewDoc doc, Clause ac, Located a, Located next) {
    Money money = ((AmountMention) a.mention()).money();
    if (money.perUnit()) {
      return false;
    }
    // Read in place on the view: before = [ac.start, a.start), near = its last 8 characters.
    String t = doc.text;
    int before = ac.start();
    int at = a.start();
    int lastUnit = -1;
    for (int u = PER_UNIT.find(t, before, at); u >= 0; u = PER_UNIT.find(t, lastUnit, at)) {
      lastUnit = u + PER_UNIT.word(PER_UNIT.at(t, u, at)).length();
    }
    if (lastUnit >= 0 && TOTAL.find(t, lastUnit, at) < 0) {
      return false;
    }
    if (a.end() > at && t.charAt(at) == '每') {
      return false;
    }
    int near = Math.max(before, at - 8);
    if (NOT_AID_BEFORE.find(t, near, at) >= 0) {
      return false;
    }
    if (notAidAfter(t, a.end(), Math.min(t.length(), a.end() + 8))) {
      return false;
    }
    int restEnd = Math.min(ac.end(), a.end() + 10);
    if (FINANCE.find(t, near, at) >= 0 || FINANCE.find(t, a.end(), restEnd) >= 0) {
      return false;
    }
    // 港币一千万元（折合人民币约865万元）: the fact takes the equivalent in yuan.
    if (!money.isCny() && next != null && next.start() - a.end() <= 8
        && equivalent(t, a.end(), next.end())) {
      return false;
    }
    return !insideTitle(t, a.start());
  }

  /** {@code t[from, to)} starts with {@code (?:的|以上的|以下的)?(?:项目|企业|罚款|奖励|奖金)}. */
  private static boolean notAidAfter(String t, int from, int to) {
    if (NOT_AID_NOUN.at(t, from, to) >= 0) {
      return true;
    }
    for (String lead : NOT_AID_LEAD) {
      if (from + lead.length() <= to && t.startsWith(lead, from)
          && NOT_AID_NOUN.at(t, from + lead.length(), to) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final FirstCharIndex NOT_AID_NOUN = new FirstCharIndex("项目", "企业", "罚款", "奖励", "奖金");
  private static final String[] NOT_AID_LEAD = {"的", "以上的", "以下的"};

  /** {@code t[from, to)} starts with {@code [（(]?(?:约)?折合人民币}. */
  private static boolean equivalent(String t, int from, int to) {
    int i = from;
    if (i < to && (t.charAt(i) == '（' || t.charAt(i) == '(')) {
      i++;
    }
    if (i < to && t.charAt(i) == '约') {
      i++;
    }
    return i + 5 <= to && t.startsWith("折合人民币", i);
  }

  private static boolean insideTitle(String t, int at) {
    int open = t.lastIndexOf('《', at);
    return open >= 0 && t.lastIndexOf('》', at) < open;
  }

  private static Act actOf(ViewDoc doc, Sentence s, Clause ac, Located a) {
    List<Trigger> ts = Trigger.find(doc, ac.start(), a.start());
    if (!ts.isEmpty()) {
      return new Act(ac, ts.get(ts.size() - 1));
    }
    Trigger after = Trigger.findAfter(doc, a.end(), ac.end());
    if (after != null) {
      return new Act(ac, after);
    }
    boolean continues = ac.start() <= a.start()
        ? continuation(doc.text, ac.start(), a.end())
        : CONTINUATION.matcher(doc.view(ac.start(), a.start()) + doc.view(a)).find();
    if (!continues) {
      return null;
    }
    // …捐赠CT机等医疗设备一批，总价值326万元: the value clause continues the clause of the gift.
    for (int k = ac.index() - 1; k >= 0 && k >= ac.index() - 3; k--) {
      Clause c = s.clauses().get(k);
      List<Trigger> prev = Trigger.find(doc, c.start(), c.end());
      if (!prev.isEmpty()) {
        return new Act(c, prev.get(prev.size() - 1));
      }
    }
    return null;
  }

  /**
   * Whether {@code t[from, to)} starts as {@link #CONTINUATION} does:
   * {@code (?:设备|物资|款物)?总?(?:价值|折合|共计|合计|总计|折价)}, backtracking over 总 as the
   * regular expression would (总计 is itself a value word).
   */
  private static boolean continuation(String t, int from, int to) {
    int i = from;
    if (i + 2 <= to && (t.startsWith("设备", i) || t.startsWith("物资", i) || t.startsWith("款物", i))) {
      i += 2;
    }
    if (i < to && t.charAt(i) == '总' && VALUE_WORD.at(t, i + 1, to) >= 0) {
      return true;
    }
    return VALUE_WORD.at(t, i, to) >= 0;
  }

  private static final FirstCharIndex VALUE_WORD = new FirstCharIndex("价值", "折合", "共计", "合计", "总计", "折价");

  private static boolean pledge(ViewDoc doc, Sentence s, Act act, Located a) {
    String t = doc.text;
    int from = act.tc.start();
    int to = a.end();
    if (pledge(t, from, to)) {
      return true;
    }
    if (containsIn(t, "计划", from, to)) {
      // 签约…计划投资1.6亿元: a signed investment counts; a plan alone does not.
      return !(act.trigger.kind() == Trigger.Kind.INVEST
          && (containsIn(t, "签约", s.start(), s.end()) || containsIn(t, "签订", s.start(), s.end())
          || containsIn(t, "签署", s.start(), s.end())));
    }
    return false;
  }

  /** Whether {@code t[from, to)} holds a word of pledge ({@link #PLEDGE}) or {@code N年内}. */
  private static boolean pledge(String t, int from, int to) {
    if (PLEDGE.find(t, from, to) >= 0) {
      return true;
    }
    for (int i = from + 1; i + 2 <= to; i++) {
      if (t.charAt(i) == '年' && t.charAt(i + 1) == '内'
          && "0123456789一二三四五六七八九十两".indexOf(t.charAt(i - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  // ---- facts

  private static void emit(ViewDoc doc, Sentence s, Act act, Roles roles, int windowEnd,
      Timeline timeline, boolean disaster, List<AidFact> out, int sentenceFirst) {
    List<Party> donors = roles.donors();
    List<Phrase> recipients = roles.recipients();
    if (recipients.isEmpty() && out.size() > sentenceFirst
        && carriesOn(doc.text, act.tc.start(), act.tc.end())) {
      AidFact prev = out.get(out.size() - 1);
      if (prev.recipient() != null) {
        int at = doc.view.toView(prev.evidence().start());
        recipients = List.of(new Phrase(prev.recipient(), at, at + 1));
      }
    }
    int n = act.amounts.size();
    if (roles.each() && donors.size() == n && n > 1) {
      for (int i = 0; i < n; i++) {
        Phrase r = recipients.size() == n ? recipients.get(i) : first(recipients);
        out.add(fact(doc, s, act, act.amounts.get(i), donors.get(i), List.of(), r, roles, windowEnd,
            timeline, disaster));
      }
    } else if (roles.each() && n == 1) {
      for (int i = 0; i < donors.size(); i++) {
        Phrase r = recipients.size() == donors.size() ? recipients.get(i) : first(recipients);
        out.add(fact(doc, s, act, act.amounts.get(0), donors.get(i), List.of(), r, roles, windowEnd,
            timeline, disaster));
      }
    } else {
      for (Located a : act.amounts) {
        out.add(fact(doc, s, act, a, donors.get(0), donors.subList(1, donors.size()),
            first(recipients), roles, windowEnd, timeline, disaster));
      }
    }
  }

  /** {@code t[from, to)} starts with {@code 并|还|又|同时|另|也}. */
  private static boolean carriesOn(String t, int from, int to) {
    if (from >= to) {
      return false;
    }
    char c = t.charAt(from);
    return c == '并' || c == '还' || c == '又' || c == '另' || c == '也'
        || c == '同' && from + 2 <= to && t.charAt(from + 1) == '时';
  }

  private static Phrase first(List<Phrase> ps) {
    return ps.isEmpty() ? null : ps.get(0);
  }

  private static AidFact fact(ViewDoc doc, Sentence s, Act act, Located a, Party donor,
      List<Party> coDonors, Phrase recipient, Roles roles, int windowEnd, Timeline timeline,
      boolean disaster) {
    Party full = FullNames.fullest(doc, donor);
    Clause ac = s.clauseAt(a.start());
    int evStart = evidenceStart(doc, s, donor, act.tc);
    int evEnd = Math.max(ac.end(), a.end());
    CharSpan ev = doc.body(evStart, evEnd);
    Category category = category(doc, s, act.tc, act.trigger, full, recipient, windowEnd, disaster);
    DateValue date = timeline.dateOf(s, act.tc, ac);
    PlaceMention place = place(doc, s, act.tc.start(), evEnd, recipient);
    double confidence = roles.source().confidence - (recipient == null ? 0.1 : 0)
        - (ac.index() != act.tc.index() ? 0.05 : 0);
    List<String> co = new ArrayList<>();
    for (Party p : coDonors) {
      co.add(FullNames.fullest(doc, p).name());
    }
    return new AidFact(full.name(), full.type(), full.canonical(),
        recipient == null ? null : recipient.text(), (AmountMention) a.mention(), null, category, date,
        place == null ? null : place.text(), place == null ? null : place.code(), ev,
        ev.of(doc.article.body()), round(confidence), -1, co);
  }

  /**
   * Evidence starts at the giver when it stands in the same sentence and no other act comes
   * between ({@code A会同B，组织…捐赠…}); else at the clause of the verb ({@code 并向…捐赠…}).
   */
  private static int evidenceStart(ViewDoc doc, Sentence s, Party donor, Clause tc) {
    if (donor.start() >= s.start() && donor.end() <= tc.start()
        && Trigger.find(doc, donor.end(), tc.start()).isEmpty()) {
      return donor.start();
    }
    return tc.start();
  }

  /** Gifts of goods with no value stated: 募集了3700余册各类书籍, 捐赠面粉60吨. */
  private static void giftsOfGoods(ViewDoc doc, Sentence s, Set<Integer> used, Discourse discourse,
      Timeline timeline, boolean disaster, List<AidFact> out) {
    for (Clause c : s.clauses()) {
      if (used.contains(c.index()) || doc.has(c.start(), c.end(), MentionType.AMOUNT)) {
        continue;
      }
      Trigger gift = null;
      for (Trigger t : Trigger.find(doc, c.start(), c.end())) {
        if (t.isGift()) {
          gift = t;
        }
      }
      if (gift == null) {
        continue;
      }
      Matcher g = GOODS.matcher(doc.text).region(c.start(), c.end());
      if (!g.find() || doc.inName(g.start(), g.end())) {
        continue;
      }
      if (pledge(doc.text, c.start(), c.end())) {
        continue;
      }
      int gs;
      int ge;
      if (g.start() >= gift.end()) {
        gs = gift.end();
        while (gs < c.end() && doc.text.charAt(gs) == '了') {
          gs++;
        }
        ge = c.end();
      } else {
        gs = g.start();
        ge = doc.text.indexOf('由', gs);
        ge = ge < 0 || ge > c.end() ? Math.min(c.end(), gift.start()) : ge;
      }
      if (ge <= gs) {
        continue;
      }
      Roles roles = Roles.find(doc, s, c, gift, gift.end(), c.end(), discourse);
      if (roles == null) {
        continue;
      }
      Party donor = FullNames.fullest(doc, roles.donor());
      Phrase recipient = first(roles.recipients());
      int evStart = evidenceStart(doc, s, roles.donor(), c);
      CharSpan ev = doc.body(evStart, c.end());
      PlaceMention place = place(doc, s, c.start(), c.end(), recipient);
      List<String> co = new ArrayList<>();
      for (Party p : roles.donors().subList(1, roles.donors().size())) {
        co.add(FullNames.fullest(doc, p).name());
      }
      out.add(new AidFact(donor.name(), donor.type(), donor.canonical(),
          recipient == null ? null : recipient.text(), null, doc.bodyText(gs, ge),
          category(doc, s, c, gift, donor, recipient, s.end(), disaster), timeline.dateOf(s, c, c),
          place == null ? null : place.text(), place == null ? null : place.code(), ev,
          ev.of(doc.article.body()), round(roles.source().confidence - 0.1), -1, co));
    }
  }

  /** 其中，A捐款…，B捐赠…: the parts listed after a total are marked as its parts. */
  private static void markParts(ViewDoc doc, Sentence s, List<AidFact> out, int first,
      Map<AidFact, Integer> sentenceOf) {
    if (first == 0 || first >= out.size()) {
      return;
    }
    if (s.end() - s.start() < 2 || !doc.text.startsWith("其中", s.start())) {
      return;
    }
    AidFact total = out.get(first - 1);
    Integer ts = sentenceOf.get(total);
    if (total.amount() == null || ts == null || ts < s.index() - 1) {
      return;
    }
    for (int i = first; i < out.size(); i++) {
      AidFact f = out.get(i);
      if (f.amount() != null && f.amount().money().value().compareTo(total.amount().money().value()) < 0) {
        AidFact part = f.withPartOf(first - 1);
        sentenceOf.put(part, s.index());
        out.set(i, part);
      }
    }
  }

  private static Party lastDonor(ViewDoc doc, Sentence s, AidFact last, Discourse discourse) {
    Party subject = Roles.subjectOf(doc, s, discourse);
    if (subject != null && FullNames.fullest(doc, subject).name().equals(last.donor())) {
      return subject;
    }
    for (Located l : doc.mentions) {
      if (l.isParty() && l.start() >= s.start() && l.end() <= s.end()
          && (doc.bodyText(l.start(), l.end()).equals(last.donor()) || last.donor().endsWith(doc.bodyText(l.start(), l.end())))) {
        return Party.of(doc, l);
      }
    }
    return subject;
  }

  private static boolean isSpeech(ViewDoc doc, Sentence s) {
    String t = doc.text;
    int from = s.start();
    int to = s.end();
    int quote = from;
    while (quote < to && t.charAt(quote) != '“') {
      quote++;
    }
    if (quote >= to) {
      return false;
    }
    return to - from >= 2 && t.charAt(to - 2) == '说' && t.charAt(to - 1) == '。'
        || t.charAt(to - 1) == '说' || t.charAt(from) == '“';
  }

  // ---- category and place

  private static Category category(ViewDoc doc, Sentence s, Clause tc, Trigger trigger, Party donor,
      Phrase recipient, int windowEnd, boolean disaster) {
    int windowStart = tc.start();
    int windowStop = Math.max(tc.end(), Math.min(windowEnd, s.end()));
    if (trigger.kind() == Trigger.Kind.BUY) {
      return Category.CONSUMPTION;
    }
    if (trigger.kind() == Trigger.Kind.INVEST
        || trigger.verb().equals("投入") && recipient == null && donor.type() == MentionType.ORG
        && (donor.viewNameEndsWith("公司") || donor.viewNameEndsWith("集团"))) {
      // An investment that exists to give jobs (扶贫车间) is employment aid.
      return containsIn(doc.text, "扶贫车间", windowStart, windowStop) ? Category.EMPLOYMENT : Category.INVESTMENT;
    }
    if (disaster) {
      return Category.DISASTER;
    }
    // Scores by category ordinal; every cue weighs at least 1, so all zero means no cue at all.
    int[] score = new int[CATEGORIES];
    int[] scratch = CategoryCues.newScratch();
    if (recipient != null) {
      CategoryCues.score(recipient.text(), 0, recipient.text().length(), score, 2, scratch);
    }
    CategoryCues.score(doc.text, windowStart, windowStop, score, 1, scratch);
    // The setting before the act (在…易地扶贫搬迁安置点，由X出资…) also tells what it is for.
    CategoryCues.score(doc.text, s.start(), tc.start(), score, 1, scratch);
    if (isZero(score)) {
      CategoryCues.score(doc.text, s.start(), s.end(), score, 1, scratch);
    }
    if (isZero(score)) {
      int start = doc.text.lastIndexOf('\n', s.start()) + 1;
      int end = doc.text.indexOf('\n', s.end());
      CategoryCues.score(doc.text, start, end < 0 ? doc.text.length() : end, score, 1, scratch);
    }
    Category best = Category.OTHER;
    int bestScore = 0;
    for (Category c : TIE_ORDER) {
      int v = score[c.ordinal()];
      if (v > bestScore) {
        best = c;
        bestScore = v;
      }
    }
    return best;
  }

  private static final int CATEGORIES = Category.values().length;

  private static boolean isZero(int[] a) {
    for (int v : a) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code w} stands wholly inside {@code t[from, to)}. */
  static boolean containsIn(String t, String w, int from, int to) {
    char first = w.charAt(0);
    for (int i = from; i + w.length() <= to; i++) {
      if (t.charAt(i) == first && t.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  private static PlaceMention place(ViewDoc doc, Sentence s, int start, int end, Phrase recipient) {
    if (recipient != null) {
      List<Located> in = doc.within(recipient.start(), recipient.end(), MentionType.PLACE);
      if (!in.isEmpty()) {
        return (PlaceMention) in.get(in.size() - 1).mention();
      }
    }
    for (int[] r : new int[][] {{start, end}, {s.start(), s.end()}}) {
      List<Located> in = doc.within(r[0], r[1], MentionType.PLACE);
      if (!in.isEmpty()) {
        return (PlaceMention) in.get(in.size() - 1).mention();
      }
    }
    return null;
  }

  private static double round(double confidence) {
    return Math.max(0.1, Math.min(1.0, Math.round(confidence * 100) / 100.0));
  }
}
