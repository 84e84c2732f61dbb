package io.aidfacts.model;

import java.util.List;

/**
 * A place. When it resolves to an administrative division, {@code code} is its GB/T 2260 code
 * ({@code 520200}) and {@code path} its names from the province down
 * ({@code [贵州省, 六盘水市]}); otherwise {@code code} is null and {@code path} empty.
 */
public record PlaceMention(CharSpan span, String text, String code, List<String> path)
    implements Mention {

  public PlaceMention {
    Mention.check(span, text);
    path = path == null ? List.of() : List.copyOf(path);
    if (code != null && !digits(code)) {
      throw new IllegalArgumentException("place code must be digits, got '" + code + "'");
    }
  }

  // A loop, not a stream: every resolved place of every article passes here.
  private static boolean digits(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  public static PlaceMention unresolved(CharSpan span, String text) {
    return new PlaceMention(span, text, null, List.of());
  }

  @Override
  public MentionType type() {
    return MentionType.PLACE;
  }
}
