package io.aidfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * China's administrative divisions (GB/T 2260 codes; townships with the statistics bureau's
 * nine-digit codes) and every name news uses for them: the full name ({@code 凉山彝族自治州}),
 * the name without its ethnic part ({@code 凉山州}, {@code 中寨乡} for
 * {@code 中寨苗族彝族布依族乡}) and, above the townships, the bare name ({@code 凉山},
 * {@code 纳雍}). Loaded once from the bundled {@code admin-divisions.tsv}; immutable.
 */
public final class Divisions {

  /** One division. {@code level}: 1 province, 2 prefecture, 3 county, 4 township. */
  public record Division(String code, String name, String parentCode, int level) {}

  /**
   * A way to write a division: {@code bare} when it drops the kind of division altogether
   * ({@code 水城} for 水城区), which is also an ordinary word often enough to need support
   * from the article before it counts as a place.
   */
  public record Name(Division division, boolean bare) {}

  private static final String RESOURCE = "admin-divisions.tsv";

  // Longest first, so 维吾尔族 is tried before 维吾尔 would leave a stray 族.
  private static final List<String> ETHNIC = List.of(
      "柯尔克孜族", "乌孜别克族", "达斡尔族", "鄂温克族", "鄂伦春族", "塔吉克族", "塔塔尔族", "哈萨克族",
      "俄罗斯族", "布依族", "土家族", "哈尼族", "傈僳族", "高山族", "拉祜族", "东乡族", "纳西族", "景颇族",
      "仫佬族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "裕固族", "独龙族",
      "赫哲族", "门巴族", "珞巴族", "基诺族", "维吾尔族", "维吾尔", "蒙古族", "朝鲜族", "保安族", "德昂族",
      "苗族", "彝族", "壮族", "回族", "藏族", "满族", "侗族", "瑶族", "白族", "傣族", "黎族", "佤族", "畲族",
      "水族", "土族", "羌族", "怒族", "京族", "各族");

  private static final class Holder {
    static final Divisions INSTANCE = load();
  }

  private final Map<String, Division> byCode;
  private final Map<String, Forms> byName;
  // Each division's ancestors' codes, nearest first: resolution compares many pairs.
  private final Map<String, String[]> ancestors;
  private final Map<String, List<String>> paths = new java.util.concurrent.ConcurrentHashMap<>();

  private Divisions(Map<String, Division> byCode) {
    this.byCode = byCode;
    Map<String, String[]> anc = new HashMap<>();
    for (Division d : byCode.values()) {
      List<String> up = new ArrayList<>(3);
      for (Division x = parent(d); x != null && up.size() < 4; x = parent(x)) {
        up.add(x.code());
      }
      anc.put(d.code(), up.toArray(new String[0]));
    }
    this.ancestors = anc;
    Map<String, List<Name>> names = new HashMap<>();
    for (Division d : byCode.values()) {
      add(names, d.name(), new Name(d, false));
      for (String f : suffixedForms(d)) {
        add(names, f, new Name(d, false));
      }
      for (String f : bareForms(d)) {
        add(names, f, new Name(d, true));
      }
    }
    // In the order of names, which the segmenter's lexicon is built in.
    Map<String, Forms> forms = new LinkedHashMap<>();
    names.forEach((k, v) -> {
      String[][] up = new String[v.size()][];
      for (int i = 0; i < up.length; i++) {
        up[i] = anc.get(v.get(i).division().code());
      }
      forms.put(k, new Forms(List.copyOf(v), up));
    });
    this.byName = forms;
  }

  private static void add(Map<String, List<Name>> names, String form, Name n) {
    if (form.length() < 2) {
      return;
    }
    List<Name> l = names.computeIfAbsent(form, k -> new ArrayList<>(1));
    for (Name e : l) {
      if (e.division().equals(n.division())) {
        return;
      }
    }
    l.add(n);
  }

  /** The bundled divisions. */
  public static Divisions get() {
    return Holder.INSTANCE;
  }

  private static Divisions load() {
    InputStream in = Divisions.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar: rebuild it");
    }
    Map<String, String[]> rows = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        rows.put(f[0], f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Map<String, Division> byCode = new HashMap<>();
    for (String[] f : rows.values()) {
      byCode.put(f[0], new Division(f[0], f[1], f[2].isEmpty() ? null : f[2], level(f[0], f[2], rows)));
    }
    return new Divisions(Collections.unmodifiableMap(byCode));
  }

  // Prefecture codes end in 00 and county codes never do, also for the counties of the
  // municipalities that hang directly from their province.
  private static int level(String code, String parent, Map<String, String[]> rows) {
    if (code.length() == 9) {
      return 4;
    }
    if (parent.isEmpty()) {
      return 1;
    }
    return code.endsWith("00") ? 2 : 3;
  }

  public Division byCode(String code) {
    return byCode.get(code);
  }

  /** Every division that {@code name} may denote, full names and short forms alike. */
  public List<Name> lookup(String name) {
    Forms f = byName.get(name);
    return f == null ? List.of() : f.names();
  }

  /** All written forms, for the segmenter's lexicon. */
  public Set<String> names() {
    return Collections.unmodifiableSet(byName.keySet());
  }

  public Division parent(Division d) {
    return d.parentCode() == null ? null : byCode.get(d.parentCode());
  }

  /** Whether {@code a} is {@code b} or one of its ancestors. */
  public boolean isAncestorOrSelf(Division a, Division b) {
    if (a.code().equals(b.code())) {
      return true;
    }
    for (String c : ancestors.get(b.code())) {
      if (c.equals(a.code())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The divisions a name may denote and each one's ancestors' codes (nearest first), in one
   * lookup: resolution compares the ancestors of every pair of candidates. Do not modify.
   */
  record Forms(List<Name> names, String[][] ancestors) {}

  /** The forms of {@code name}, or null when no division bears it. */
  Forms forms(String name) {
    return byName.get(name);
  }

  /** Names from the province down to {@code d}. */
  public List<String> path(Division d) {
    // Every place mention carries its path: made once per division rather than per mention.
    List<String> p = paths.get(d.code());
    if (p == null) {
      p = makePath(d);
      paths.putIfAbsent(d.code(), p);
    }
    return p;
  }

  private List<String> makePath(Division d) {
    List<String> out = new ArrayList<>();
    out.add(d.name());
    for (String c : ancestors.get(d.code())) {
      out.add(byCode.get(c).name());
    }
    Collections.reverse(out);
    return List.copyOf(out);
  }

  /** The name without its kind and ethnic part, or null when nothing is left to strip. */
  static String base(Division d) {
    String n = d.name();
    String[] kinds = switch (d.level()) {
      case 1 -> new String[] {"特别行政区", "自治区", "省", "市"};
      case 2 -> new String[] {"自治州", "地区", "市", "盟"};
      case 3 -> new String[] {"自治县", "自治旗", "特区", "林区", "县", "区", "市", "旗"};
      default -> new String[] {"民族乡", "民族镇", "街道", "苏木", "乡", "镇"};
    };
    for (String k : kinds) {
      if (n.endsWith(k) && n.length() > k.length()) {
        return stripEthnic(n.substring(0, n.length() - k.length()));
      }
    }
    return null;
  }

  static String stripEthnic(String s) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String e : ETHNIC) {
        if (s.endsWith(e) && s.length() - e.length() >= 2) {
          s = s.substring(0, s.length() - e.length());
          changed = true;
          break;
        }
      }
    }
    return s;
  }

  /** Short forms that keep a kind: 凉山州, 互助县, 中寨乡. */
  static List<String> suffixedForms(Division d) {
    String b = base(d);
    if (b == null || b.length() < 2) {
      return List.of();
    }
    String n = d.name();
    List<String> out = new ArrayList<>();
    switch (d.level()) {
      case 2 -> {
        if (n.endsWith("自治州")) {
          out.add(b + "州");
        }
        if (n.endsWith("地区") || n.endsWith("盟")) {
          out.add(n);
        }
      }
      case 3 -> {
        if (n.endsWith("自治县")) {
          out.add(b + "县");
        } else if (n.endsWith("自治旗")) {
          out.add(b + "旗");
        }
      }
      case 4 -> {
        String kind = n.endsWith("镇") ? "镇" : n.endsWith("乡") ? "乡" : null;
        if (kind != null && !n.equals(b + kind)) {
          out.add(b + kind);
        }
      }
      default -> { }
    }
    return out;
  }

  /** Bare short forms above the townships: 凉山, 纳雍, 广西. */
  static List<String> bareForms(Division d) {
    if (d.level() == 4) {
      return List.of();
    }
    String b = base(d);
    if (b == null || b.length() < 2 || b.equals(d.name())) {
      return List.of();
    }
    return List.of(b);
  }
}
