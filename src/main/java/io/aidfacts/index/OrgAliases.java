package io.aidfacts.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Short forms of organisation names and their full forms, from the bundled
 * {@code org-aliases.tsv} ({@code 民盟} -> {@code 中国民主同盟}, {@code 市委会} -> {@code 市委员会}),
 * and the name normalization donor and recipient search shares between index and query.
 */
public final class OrgAliases {

  private static final String RESOURCE = "org-aliases.tsv";

  private record Alias(String alias, String canonical) {}

  private OrgAliases() {}

  // Holder idiom: loaded on first use, once, read-only afterwards.
  private static final class Holder {
    static final List<Alias> ALIASES = load();

    private static List<Alias> load() {
      InputStream in = OrgAliases.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("bundled resource io/aidfacts/index/" + RESOURCE
            + " is missing from the classpath; rebuild the jar");
      }
      List<Alias> list = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
          no++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t");
          if (f.length != 2) {
            throw new IllegalStateException(RESOURCE + " line " + no + ": expected 'alias<TAB>canonical', got '" + line + "'");
          }
          list.add(new Alias(normalize(f[0]), normalize(f[1])));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
      }
      // Longest alias first, so 农工民主党 wins over a shorter alias at the same position.
      list.sort(Comparator.comparingInt((Alias a) -> a.alias.length()).reversed());
      return List.copyOf(list);
    }
  }

  /**
   * A name as search compares it: folded ({@link ChineseFoldingCharFilter#fold(int)}),
   * lower-cased, letters and digits only. The bigrams {@link NameAnalyzer} indexes are those of
   * this form.
   */
  public static String normalize(String name) {
    StringBuilder b = new StringBuilder(name.length());
    name.codePoints().forEach(cp -> {
      int f = ChineseFoldingCharFilter.fold(cp);
      if (Character.isLetterOrDigit(f)) {
        b.appendCodePoint(Character.toLowerCase(f));
      }
    });
    return b.toString();
  }

  /**
   * The normalized name with every alias replaced by its full form, scanning left to right:
   * a full form already present is kept as is ({@code 九三学社} does not become
   * {@code 九三学社学社}). {@code 民进大连市委会} -> {@code 中国民主促进会大连市委员会}.
   */
  public static String expand(String name) {
    String s = normalize(name);
    List<Alias> aliases = Holder.ALIASES;
    StringBuilder b = new StringBuilder(s.length() + 16);
    int i = 0;
    outer:
    while (i < s.length()) {
      for (Alias a : aliases) {
        if (s.startsWith(a.canonical, i)) {
          b.append(a.canonical);
          i += a.canonical.length();
          continue outer;
        }
      }
      for (Alias a : aliases) {
        if (s.startsWith(a.alias, i)) {
          b.append(a.canonical);
          i += a.alias.length();
          continue outer;
        }
      }
      b.append(s.charAt(i));
      i++;
    }
    return b.toString();
  }
}
