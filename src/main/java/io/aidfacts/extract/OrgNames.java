package io.aidfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Canonical organisation names: the bundled {@code orgs.tsv} ({@code 民进} = 中国民主促进会,
 * {@code 中科院} = 中国科学院) and the branch names built on them ({@code 民进大连市委会} =
 * 中国民主促进会大连市委员会), plus the abbreviated unit words news writes
 * ({@code 委会}, {@code 工商联}, {@code 统战部}). Immutable.
 */
public final class OrgNames {

  private static final String RESOURCE = "orgs.tsv";

  // Abbreviated endings and their full forms, longest first.
  private static final List<String[]> UNIT_WORDS = List.of(
      new String[] {"工商联", "工商业联合会"},
      new String[] {"统战部", "统一战线工作部"},
      new String[] {"专委会", "专门委员会"},
      new String[] {"市委会", "市委员会"},
      new String[] {"县委会", "县委员会"},
      new String[] {"省委会", "省委员会"},
      new String[] {"区委会", "区委员会"},
      new String[] {"州委会", "州委员会"},
      new String[] {"妇联", "妇女联合会"},
      new String[] {"残联", "残疾人联合会"},
      new String[] {"侨联", "归国华侨联合会"},
      new String[] {"科协", "科学技术协会"},
      new String[] {"委会", "委员会"});

  private static final List<String> PARTY_COMMITTEES = List.of("市委", "县委", "省委", "区委", "州委");

  private static final class Holder {
    static final OrgNames INSTANCE = load();
  }

  private final Map<String, String> canonicalByAlias;
  private final Set<String> withBranches;
  // First characters of the names with branches: most organisations start like none of them.
  private final String branchStarts;
  // The names with branches, longest first: canonical() tests which of them a name starts
  // with instead of looking up each of the name's prefixes.
  private final List<String> branchHeads;

  private OrgNames(Map<String, String> canonicalByAlias, Set<String> withBranches) {
    this.canonicalByAlias = Collections.unmodifiableMap(canonicalByAlias);
    this.withBranches = Collections.unmodifiableSet(withBranches);
    StringBuilder starts = new StringBuilder();
    for (String b : withBranches) {
      if (b.isEmpty()) {
        continue;
      }
      starts.append(b.charAt(0));
    }
    this.branchStarts = starts.toString();
    List<String> heads = new java.util.ArrayList<>(withBranches);
    heads.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.branchHeads = List.copyOf(heads);
  }

  public static OrgNames get() {
    return Holder.INSTANCE;
  }

  private static OrgNames load() {
    InputStream in = OrgNames.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar: rebuild it");
    }
    Map<String, String> canon = new HashMap<>();
    Set<String> branches = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String c = f[0];
        canon.put(c, c);
        boolean br = f.length > 2 && f[2].contains("branches");
        if (br) {
          branches.add(c);
        }
        if (f.length > 1 && !f[1].isEmpty()) {
          for (String a : f[1].split("\\|")) {
            canon.put(a, c);
            if (br) {
              branches.add(a);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new OrgNames(canon, branches);
  }

  /** Every name and alias of the table, for the segmenter's lexicon. */
  public Set<String> names() {
    return canonicalByAlias.keySet();
  }

  /** Whether {@code name} is a name or alias in the table. */
  public boolean isKnown(String name) {
    return canonicalByAlias.containsKey(name);
  }

  /** Whether local branches are named after {@code name} ({@code 民盟}, {@code 九三学社}). */
  public boolean hasBranches(String name) {
    return withBranches.contains(name);
  }

  /**
   * The full official name of {@code name}, or null when neither the table nor the unit words
   * say more than the name itself.
   */
  public String canonical(String name) {
    String c = canonicalByAlias.get(name);
    if (c != null) {
      return c;
    }
    // A branch: the longest known name it starts with, then the rest with its units spelled out.
    // Longest head first; a name starts with at most one head of each length.
    boolean mayBranch = !name.isEmpty() && branchStarts.indexOf(name.charAt(0)) >= 0;
    for (int h = 0; mayBranch && h < branchHeads.size(); h++) {
      String head = branchHeads.get(h);
      int i = head.length();
      if (i < 2 || i > name.length() - 1 || !name.startsWith(head)) {
        continue;
      }
      String parent = canonicalByAlias.get(head);
      if (parent != null && namesBranch(name.substring(i))) {
        String rest = expandUnits(name.substring(i), true);
        return parent + rest;
      }
    }
    // Every committee and unit word holds one of these: without them nothing expands.
    if (!hasUnitChar(name)) {
      return null;
    }
    String expanded = expandUnits(name, false);
    return expanded.equals(name) ? null : expanded;
  }

  private static boolean hasUnitChar(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '委' || c == '联' || c == '部' || c == '协') {
        return true;
      }
    }
    return false;
  }

  // A branch is named by its place or its host (民盟大连外国语大学基层委员会) and a unit;
  // 九三企业家联合会 is not a branch of 九三学社.
  private static boolean namesBranch(String rest) {
    Divisions d = Divisions.get();
    for (int n = Math.min(rest.length(), 9); n >= 2; n--) {
      if (!d.lookup(rest.substring(0, n)).isEmpty()) {
        return true;
      }
    }
    for (String[] u : UNIT_WORDS) {
      if (rest.equals(u[0])) {
        return true;
      }
    }
    return rest.startsWith("中央") || rest.startsWith("基层") || rest.endsWith("委员会") || rest.endsWith("支部");
  }

  private static String expandUnits(String rest, boolean afterParty) {
    for (String pc : PARTY_COMMITTEES) {
      int at = rest.indexOf(pc);
      boolean unitFollows = at >= 0 && !rest.startsWith("会", at + pc.length());
      if (unitFollows && at > 0) {
        // 大连市委统战部: the party committee of 大连市, and a unit of it.
        String tail = expandTail(rest.substring(at + pc.length()));
        String committee = rest.substring(0, at) + pc + "员会";
        return (afterParty ? "" : "中国共产党") + committee + tail;
      }
    }
    return expandTail(rest);
  }

  private static String expandTail(String s) {
    for (String[] u : UNIT_WORDS) {
      int at = s.lastIndexOf(u[0]);
      if (at >= 0 && at + u[0].length() == s.length()) {
        return s.substring(0, at) + u[1];
      }
      if (at >= 0 && u[0].equals("统战部")) {
        return s.substring(0, at) + u[1] + s.substring(at + u[0].length());
      }
    }
    return s;
  }
}
