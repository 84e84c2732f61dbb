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
    if (code != null && !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("place code must be digits, got '" + code + "'");
    }
  }

  public static PlaceMention unresolved(CharSpan span, String text) {
    return new PlaceMention(span, text, null, List.of());
  }

  @Override
  public MentionType type() {
    return MentionType.PLACE;
  }
}
