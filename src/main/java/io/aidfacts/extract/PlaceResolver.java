package io.aidfacts.extract;

import io.aidfacts.extract.Divisions.Division;
import io.aidfacts.extract.Divisions.Name;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles which administrative division each place name of one article denotes. A name with
 * several candidates ({@code 中寨乡} is a township in Jiangxi and the short form of one in
 * Guizhou) takes the candidate that the article's other places support: a candidate is
 * supported by another name when one of that name's candidates is its ancestor or descendant
 * (六盘水 supports the Guizhou 中寨乡). A tie stays unresolved rather than guessed. Thread-safe.
 */
public final class PlaceResolver {

  /**
   * The outcome for one name: its division, or null when it has none or the article cannot
   * tell; {@code supported} when another place of the article backs the choice.
   */
  public record Resolution(Division division, boolean bare, boolean supported) {
    static final Resolution NONE = new Resolution(null, false, false);
  }

  // A name with more candidates than this (新华, 城关镇) supports nothing worth its cost.
  private static final int MAX_SUPPORTERS = 25;

  private final Divisions divisions;

  public PlaceResolver(Divisions divisions) {
    this.divisions = divisions;
  }

  public Divisions divisions() {
    return divisions;
  }

  /** Resolves every distinct name of {@code names} (the article's places, in any order). */
  public Map<String, Resolution> resolve(Collection<String> names) {
    Map<String, Divisions.Forms> distinct = new LinkedHashMap<>();
    for (String name : names) {
      if (!distinct.containsKey(name)) {
        distinct.put(name, divisions.forms(name));
      }
    }
    return resolve(distinct);
  }

  /**
   * {@link #resolve(Collection)} for names whose forms the caller already has: {@code forms}
   * holds {@link Divisions#forms} of each name of {@code names}, by position.
   */
  Map<String, Resolution> resolve(List<String> names, List<Divisions.Forms> forms) {
    Map<String, Divisions.Forms> distinct = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (!distinct.containsKey(names.get(i))) {
        distinct.put(names.get(i), forms.get(i));
      }
    }
    return resolve(distinct);
  }

  private Map<String, Resolution> resolve(Map<String, Divisions.Forms> distinct) {
    // The names with candidates, each candidate with its ancestors looked up once: support
    // compares every pair of candidates of different names.
    int n = 0;
    List<Name>[] cands = newLists(distinct.size());
    String[][][] ancestors = new String[distinct.size()][][];
    Map<String, Resolution> out = new HashMap<>();
    for (Map.Entry<String, Divisions.Forms> e : distinct.entrySet()) {
      String name = e.getKey();
      Divisions.Forms f = e.getValue();
      if (f == null || f.names().isEmpty()) {
        out.put(name, Resolution.NONE);
        continue;
      }
      cands[n] = f.names();
      ancestors[n] = f.ancestors();
      n++;
    }
    int a = 0;
    for (String name : distinct.keySet()) {
      if (out.containsKey(name)) {
        continue;
      }
      List<Name> mine = cands[a];
      double best = 0;
      Name bestName = null;
      boolean tie = false;
      for (int k = 0; k < mine.size(); k++) {
        Name c = mine.get(k);
        double s = support(a, c.division(), ancestors[a][k], cands, ancestors, n);
        if (s > best + 1e-9) {
          best = s;
          bestName = c;
          tie = false;
        } else if (bestName != null && Math.abs(s - best) <= 1e-9) {
          tie = true;
        }
      }
      if (bestName != null && !tie) {
        out.put(name, new Resolution(bestName.division(), bestName.bare(), true));
      } else if (mine.size() == 1) {
        out.put(name, new Resolution(mine.get(0).division(), mine.get(0).bare(), false));
      } else {
        out.put(name, officialName(name, mine));
      }
      a++;
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Name>[] newLists(int n) {
    return (List<Name>[]) new List<?>[n];
  }

  /** Without support, a name that is exactly one division's official name denotes it. */
  private static Resolution officialName(String n, List<Name> mine) {
    Name only = null;
    for (Name c : mine) {
      if (c.division().name().equals(n)) {
        if (only != null) {
          return Resolution.NONE;
        }
        only = c;
      }
    }
    return only == null ? Resolution.NONE : new Resolution(only.division(), false, false);
  }

  // An ambiguous neighbour counts for less: 城关镇 names a hundred townships.
  private static double support(int self, Division d, String[] up, List<Name>[] cands, String[][][] ancestors,
      int n) {
    double s = 0;
    for (int b = 0; b < n; b++) {
      List<Name> other = cands[b];
      if (b == self || other.size() > MAX_SUPPORTERS) {
        continue;
      }
      for (int k = 0; k < other.size(); k++) {
        Division x = other.get(k).division();
        // Another name of the same division (昭觉县 for 昭觉) supports it too.
        if (x.code().equals(d.code()) || contains(up, x.code()) || contains(ancestors[b][k], d.code())) {
          s += 1.0 / other.size();
          break;
        }
      }
    }
    return s;
  }

  private static boolean contains(String[] codes, String code) {
    for (String c : codes) {
      if (c.equals(code)) {
        return true;
      }
    }
    return false;
  }
}
