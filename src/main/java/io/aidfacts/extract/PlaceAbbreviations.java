package io.aidfacts.extract;

import io.aidfacts.extract.Divisions.Division;
import io.aidfacts.segment.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One-character place abbreviations ({@code 中}, {@code 美}, {@code 京}, {@code 湘}), found only
 * in the set phrases where news uses them, since each of these characters is an ordinary word
 * elsewhere ({@code 中} "in", {@code 日} "day", {@code 法} "law"):
 *
 * <ul>
 *   <li>coordinated with other abbreviations: {@code 中美}, {@code 中|印|友好}, {@code 英、法},
 *       {@code 京津冀}, {@code 港澳} (every member must be one: {@code 德、智、体} is no list of
 *       countries);</li>
 *   <li>a country's side or army: {@code 中方}, {@code 日军};</li>
 *   <li>after a verb of travel or attitude: {@code 访华}, {@code 抵京}, {@code 赴|港},
 *       {@code 抗日战争};</li>
 *   <li>a few fixed words: {@code 华人}, {@code 港人}, {@code 台胞}, {@code 抗美援朝}.</li>
 * </ul>
 *
 * <p>The characters and their full names are in {@code place-abbreviations.tsv}; a province
 * carries its division (京 -> 北京市). Works on the segmenter's words, so a character inside a
 * longer word ({@code 其中}, {@code 日本}, {@code 法律}) is never taken. Immutable, thread-safe.
 */
public final class PlaceAbbreviations {

  /** An abbreviation at view offsets {@code [start, end)}; {@code division} null for a country. */
  public record Abbreviation(int start, int end, String name, Division division) {}

  private record Entry(String country, Division province, boolean listed, boolean suffixed, boolean afterVerb) {}

  private static final String RESOURCE = "place-abbreviations.tsv";
  // Verbs of travel, stay and attitude that news puts before a country or province: 访华, 抵京, 抗日.
  private static final String VERBS = "访来在赴抵离对反援侵驻旅留返回进入抗亲晋居仇排滞";
  // Verb + abbreviation pairs that are ordinary words: 在意 "care", 来日 "days to come",
  // 出台 "issue", 进港 a ship "entering port".
  private static final Set<String> ORDINARY = Set.of("在意", "来日", "在朝", "入港", "进港", "出港", "离港",
      "回台", "在台", "入台", "进台", "在晋", "入晋");
  // Two abbreviations that make an ordinary word: 中华 (itself a place name), 美德 "virtue".
  // They count only before a relation word (中意两国).
  private static final Set<String> WORDS = Set.of("美德", "中意", "日日", "美美", "中中", "新新", "加法", "非法",
      "加以", "中亚", "中非", "英美文学");
  // Words with abbreviations at fixed positions.
  private static final Map<String, int[]> FIXED = Map.ofEntries(
      Map.entry("华人", new int[] {0}), Map.entry("华侨", new int[] {0}), Map.entry("华裔", new int[] {0}),
      Map.entry("华工", new int[] {0}), Map.entry("华商", new int[] {0}), Map.entry("华埠", new int[] {0}),
      Map.entry("港人", new int[] {0}), Map.entry("港商", new int[] {0}), Map.entry("港资", new int[] {0}),
      Map.entry("港胞", new int[] {0}), Map.entry("台胞", new int[] {0}), Map.entry("台商", new int[] {0}),
      Map.entry("台资", new int[] {0}), Map.entry("藏胞", new int[] {0}), Map.entry("中资", new int[] {0}),
      Map.entry("日资", new int[] {0}), Map.entry("美资", new int[] {0}), Map.entry("韩资", new int[] {0}),
      Map.entry("抗美援朝", new int[] {1, 3}), Map.entry("侵华日军", new int[] {1, 2}),
      Map.entry("日寇", new int[] {0}), Map.entry("中外", new int[] {0}), Map.entry("江淮", new int[] {0, 1}),
      Map.entry("黄淮", new int[] {0, 1}), Map.entry("亚运会", new int[] {0}), Map.entry("奥运会", new int[] {0}),
      Map.entry("京剧", new int[] {0}), Map.entry("粤剧", new int[] {0}), Map.entry("川剧", new int[] {0}),
      Map.entry("豫剧", new int[] {0}), Map.entry("沪剧", new int[] {0}), Map.entry("湘菜", new int[] {0}),
      Map.entry("粤菜", new int[] {0}), Map.entry("川菜", new int[] {0}), Map.entry("鲁菜", new int[] {0}),
      Map.entry("藏医", new int[] {0}), Map.entry("藏药", new int[] {0}), Map.entry("蒙医", new int[] {0}));
  // Words after a run of abbreviations that show it names countries or provinces side by side:
  // 中美|关系, 中|印|边境, 巴以|和谈, 港澳|同胞.
  private static final List<String> RELATIONS = List.of("两国", "两党", "两军", "两地", "两岸", "三国", "三方",
      "三地", "四国", "双方", "双边", "关系", "友好", "友谊", "合作", "边境", "边界", "联合", "和平", "和谈", "谈判",
      "争端", "冲突", "战争", "建交", "经贸", "贸易", "经济", "协作", "安保", "睦邻", "首脑", "峰会", "会谈", "会晤", "对话",
      "交流", "围棋", "之间", "外长", "元首", "领导人", "协议", "条约", "合资", "友协", "人民", "军事", "战略",
      "伙伴", "联军", "军演", "同胞", "直航", "航线", "铁路", "公路", "高速");
  // A country's leader or government right after its abbreviation: 俄总理, 加政府.
  private static final List<String> TITLES = List.of("总统", "总理", "首相", "外长", "外相", "防长", "国防部长",
      "副总统", "副总理", "前总统", "前总理", "政府", "官员", "大使", "议会", "国会", "军方", "警方", "央行",
      "当局", "外交部", "国防部", "总统府", "南部", "北部", "东部", "西部", "中部", "境内");
  // Characters that mean nothing but their country, so HanLP's b tag on them suffices.
  private static final String ONLY_COUNTRIES = "俄柬葡缅";

  private static final class Holder {
    static final PlaceAbbreviations INSTANCE = load(Divisions.get());
  }

  // The entries by character: sorted keys and their entries, searched after a bit set says
  // the character has one (a map of Character boxed every Han character it was asked about).
  private final char[] keys;
  private final Entry[] byKey;
  private final java.util.BitSet abbreviations = new java.util.BitSet(Character.MAX_VALUE + 1);
  // Every word that holds abbreviations, with their positions: FIXED, 中方, 日军, 访华, 抵京.
  private final Map<String, int[]> words;
  // The first characters of every word find() can take something from: abbreviations, verbs
  // and the first characters of the words above. Most words start with none and are skipped.
  private final java.util.BitSet starts = new java.util.BitSet(Character.MAX_VALUE + 1);

  private final Divisions divisions;

  private PlaceAbbreviations(Map<Character, Entry> entries, Divisions divisions) {
    this.divisions = divisions;
    this.keys = new char[entries.size()];
    this.byKey = new Entry[entries.size()];
    int n = 0;
    for (char c : new java.util.TreeSet<>(entries.keySet())) {
      keys[n] = c;
      byKey[n++] = entries.get(c);
      abbreviations.set(c);
    }
    Map<String, int[]> w = new HashMap<>(FIXED);
    for (Map.Entry<Character, Entry> e : entries.entrySet()) {
      char c = e.getKey();
      if (e.getValue().suffixed()) {
        for (String suffix : List.of("方", "军", "籍", "裔")) {
          w.put(c + suffix, new int[] {0});
        }
      }
      if (e.getValue().afterVerb()) {
        for (int i = 0; i < VERBS.length(); i++) {
          String v = VERBS.charAt(i) + String.valueOf(c);
          if (!ORDINARY.contains(v)) {
            w.put(v, new int[] {1});
          }
        }
      }
    }
    this.words = w;
    starts.or(abbreviations);
    for (int i = 0; i < VERBS.length(); i++) {
      starts.set(VERBS.charAt(i));
    }
    for (String k : w.keySet()) {
      starts.set(k.charAt(0));
    }
  }

  private Entry entry(char c) {
    return abbreviations.get(c) ? byKey[java.util.Arrays.binarySearch(keys, c)] : null;
  }

  public static PlaceAbbreviations get() {
    return Holder.INSTANCE;
  }

  /** Whether {@code c} is an abbreviation in some context. */
  public boolean isAbbreviation(char c) {
    return abbreviations.get(c);
  }

  /**
   * The abbreviations among {@code tokens} (one article or sentence, in order), skipping the
   * tokens {@code blocked} marks (inside an organisation or another place).
   */
  public List<Abbreviation> find(List<Token> tokens, boolean[] blocked) {
    List<Abbreviation> out = new ArrayList<>();
    int n = tokens.size();
    boolean[] done = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (blocked[i] || done[i]) {
        continue;
      }
      Token t = tokens.get(i);
      if (!t.word().isEmpty() && !starts.get(t.word().charAt(0))) {
        continue;
      }
      int[] at = positions(t);
      if (at != null) {
        for (int p : at) {
          add(out, t.start() + p, t.word().charAt(p), false);
        }
        done[i] = true;
        continue;
      }
      // 赴|港, 在|京: the verb and the abbreviation as two words.
      if (t.word().length() == 1 && VERBS.indexOf(t.word().charAt(0)) >= 0 && i + 1 < n && !blocked[i + 1]
          && adjacent(tokens, i) && tokens.get(i + 1).word().length() == 1) {
        Token a = tokens.get(i + 1);
        Entry e = entry(a.word().charAt(0));
        if (e != null && e.afterVerb() && !ORDINARY.contains(t.word() + a.word())) {
          add(out, a.start(), a.word().charAt(0), false);
          done[i + 1] = true;
          continue;
        }
      }
      // 俄|总理, 加|政府, 巴|南部, 葡|方: a country before its leader, government, part or side;
      // 俄/b: HanLP's attributive tag on a character that is nothing but a country's name.
      if (t.word().length() == 1 && abbreviations.get(t.word().charAt(0)) && !functionWord(t)
          && entry(t.word().charAt(0)).country() != null && !afterNumber(tokens, i)
          && (t.tag().equals("b") && ONLY_COUNTRIES.indexOf(t.word().charAt(0)) >= 0
          || i + 1 < n && adjacent(tokens, i) && (startsWithAny(tokens.get(i + 1).word(), TITLES)
          || entry(t.word().charAt(0)).suffixed() && tokens.get(i + 1).word().equals("方")))) {
        add(out, t.start(), t.word().charAt(0), false);
        done[i] = true;
        continue;
      }
      if (member(t) && !afterNumber(tokens, i)) {
        i = list(tokens, blocked, i, out, done) - 1;
      }
    }
    return out;
  }

  /** Reads a run of coordinated abbreviations from {@code from}; returns the index after it. */
  private int list(List<Token> tokens, boolean[] blocked, int from, List<Abbreviation> out, boolean[] done) {
    int n = tokens.size();
    List<Integer> members = new ArrayList<>();
    members.add(from);
    int j = from;
    boolean separated = false;
    while (j + 1 < n) {
      if (adjacent(tokens, j) && !blocked[j + 1] && member(tokens.get(j + 1))) {
        j++;
        members.add(j);
      } else if (j + 2 < n && tokens.get(j + 1).word().equals("、") && !blocked[j + 2]
          && member(tokens.get(j + 2))) {
        j += 2;
        members.add(j);
        separated = true;
      } else {
        break;
      }
    }
    int chars = 0;
    for (int k : members) {
      chars += tokens.get(k).word().length();
    }
    if (chars < 2) {
      return from + 1;
    }
    if (separated && members.stream().anyMatch(k -> WORDS.contains(tokens.get(k).word()))) {
      return j + 1;
    }
    if (separated) {
      // 德、智、体: a one-character member that is no abbreviation shows the list is not of places.
      if (strayMember(tokens, from - 1, from - 2) || strayMember(tokens, j + 1, j + 2)) {
        return j + 1;
      }
    } else if (!(j + 1 < n && adjacent(tokens, j) && relationFollows(tokens, j + 1)) && !selfEvident(tokens, members)) {
      // 非法, 加以, 中|以: side by side without a relation word they are ordinary words.
      return from + 1;
    }
    boolean provinces = false;
    for (int k : members) {
      for (char c : tokens.get(k).word().toCharArray()) {
        if (entry(c).country() == null) {
          provinces = true;
        }
      }
    }
    for (int k : members) {
      Token t = tokens.get(k);
      for (int p = 0; p < t.word().length(); p++) {
        add(out, t.start() + p, t.word().charAt(p), provinces);
      }
      done[k] = true;
    }
    return j + 1;
  }

  // 中美/n, 欧亚/nz: a noun HanLP knows made of nothing but major countries and continents
  // (新意, 鲁美 are not); 中|俄/b: a member that is nothing but a country.
  private boolean selfEvident(List<Token> tokens, List<Integer> members) {
    for (int k : members) {
      Token t = tokens.get(k);
      String tag = t.tag();
      String w = t.word();
      if (w.length() > 1 && !WORDS.contains(w) && (tag.equals("n") || tag.equals("nz") || tag.equals("j"))
          && w.chars().allMatch(c -> CONTINENTS.indexOf(c) >= 0 || entry((char) c).listed()
          && entry((char) c).suffixed())) {
        return true;
      }
      if (w.length() == 1 && tag.equals("b") && ONLY_COUNTRIES.indexOf(w.charAt(0)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final String CONTINENTS = "亚欧非";

  private static boolean relationFollows(List<Token> tokens, int k) {
    String next = tokens.get(k).word();
    if (k + 1 < tokens.size() && next.length() == 1) {
      next += tokens.get(k + 1).word();
    }
    return startsWithAny(next, RELATIONS);
  }

  private static boolean startsWithAny(String w, List<String> heads) {
    for (String h : heads) {
      if (w.startsWith(h)) {
        return true;
      }
    }
    return false;
  }

  // 德、智、体: a one-character member that is no abbreviation shows the list is not of places.
  private boolean strayMember(List<Token> tokens, int sep, int member) {
    return sep >= 0 && member >= 0 && sep < tokens.size() && member < tokens.size()
        && tokens.get(sep).word().equals("、") && tokens.get(member).word().length() == 1
        && !member(tokens.get(member));
  }

  private void add(List<Abbreviation> out, int at, char c, boolean provinces) {
    Entry e = entry(c);
    boolean province = e.province() != null && (e.country() == null || provinces);
    out.add(new Abbreviation(at, at + 1, province ? e.province().name() : e.country(),
        province ? e.province() : null));
  }

  private int[] positions(Token t) {
    String w = t.word();
    if (t.tag().startsWith("ns") || t.tag().startsWith("nr")) {
      return null;
    }
    int[] at = words.get(w);
    if (at != null) {
      return at;
    }
    // 抗日战争, 旅日华侨: a verb and an abbreviation opening a longer word.
    if (w.length() > 2 && VERBS.indexOf(w.charAt(0)) >= 0) {
      int[] head = words.get(w.substring(0, 2));
      if (head != null && head.length == 1 && head[0] == 1 && VERBS.indexOf(w.charAt(0)) >= 0) {
        int[] rest = words.get(w.substring(2));
        if (rest == null) {
          return head;
        }
        int[] both = new int[1 + rest.length];
        both[0] = 1;
        for (int k = 0; k < rest.length; k++) {
          both[k + 1] = rest[k] + 2;
        }
        return both;
      }
    }
    return null;
  }

  /**
   * A word of nothing but coordinable abbreviations: 中, 中日, 京津冀. HanLP tags some pairs
   * as names ({@code 巴以/nr}, {@code 中欧/ns}); they count too, since a run without 、 must be
   * followed by a relation word anyway.
   */
  private boolean member(Token t) {
    String w = t.word();
    String tag = t.tag();
    if (w.length() > 3 || tag.startsWith("nt")) {
      return false;
    }
    if (w.length() == 1 && functionWord(t)) {
      return false;
    }
    if ((tag.startsWith("ns") || tag.startsWith("nr")) && (w.length() == 1 || !divisions.lookup(w).isEmpty())) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      Entry e = entry(w.charAt(i));
      if (e == null || !e.listed()) {
        return false;
      }
    }
    return true;
  }

  // 以/p, 加/v: a preposition or verb, not Israel or Canada.
  private static boolean functionWord(Token t) {
    String tag = t.tag();
    return tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u") || tag.startsWith("d")
        || tag.startsWith("q") || tag.startsWith("m");
  }

  // 16日, 三月: a day or month, not Japan.
  private static boolean afterNumber(List<Token> tokens, int i) {
    return i > 0 && tokens.get(i - 1).end() == tokens.get(i).start()
        && (tokens.get(i - 1).tag().startsWith("m") || tokens.get(i - 1).word().endsWith("月"));
  }

  private static boolean adjacent(List<Token> tokens, int i) {
    return tokens.get(i).end() == tokens.get(i + 1).start();
  }

  private static PlaceAbbreviations load(Divisions divisions) {
    InputStream in = PlaceAbbreviations.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar: rebuild it");
    }
    Map<Character, Entry> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[0].length() != 1 || !f[2].matches("[LSV]+|-")) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected 'CHAR<TAB>FULL NAME<TAB>[LSV]+ or -', got '"
              + line + "'");
        }
        char c = f[0].charAt(0);
        Division province = null;
        for (Divisions.Name d : divisions.lookup(f[1])) {
          if (d.division().name().equals(f[1]) && d.division().level() <= 2) {
            province = d.division();
          }
        }
        Entry old = out.get(c);
        Entry e = new Entry(province == null ? f[1] : null, province, f[2].contains("L"), f[2].contains("S"),
            f[2].contains("V"));
        if (old != null) {
          e = new Entry(old.country() != null ? old.country() : e.country(),
              old.province() != null ? old.province() : e.province(), old.listed() || e.listed(),
              old.suffixed() || e.suffixed(), old.afterVerb() || e.afterVerb());
        }
        out.put(c, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new PlaceAbbreviations(Map.copyOf(out), divisions);
  }
}
