package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.extract.Divisions.Division;
import io.aidfacts.extract.PlaceResolver.Resolution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DivisionsTest {

  private final Divisions d = Divisions.get();

  private List<String> codes(String name) {
    return d.lookup(name).stream().map(n -> n.division().code()).sorted().toList();
  }

  @Test
  void fullShortAndEthnicFormsNameTheSameDivision() {
    assertEquals(List.of("513400"), codes("凉山彝族自治州"));
    assertEquals(List.of("513400"), codes("凉山州"));
    assertEquals(List.of("513400"), codes("凉山"));
    assertEquals(List.of("520525"), codes("纳雍"));
    assertEquals(List.of("630223"), codes("互助县"));
    assertEquals(List.of("450000"), codes("广西"));
    assertTrue(codes("中寨乡").contains("520203208"));
    assertTrue(d.lookup("纳雍").get(0).bare());
    assertFalse(d.lookup("纳雍县").get(0).bare());
  }

  @Test
  void formsCarryEachCandidatesAncestors() {
    Divisions.Forms f = d.forms("凉山州");
    assertEquals(d.lookup("凉山州"), f.names());
    assertEquals(List.of("510000"), List.of(f.ancestors()[0]));
    assertEquals(null, d.forms("大连外国语大学"));
  }

  @Test
  void pathRunsFromTheProvinceDown() {
    Division nayong = d.byCode("520525");
    assertEquals(3, nayong.level());
    assertEquals(List.of("贵州省", "毕节市", "纳雍县"), d.path(nayong));
    // Counties of a municipality hang from the province itself.
    assertEquals(List.of("北京市", "西城区"), d.path(d.byCode("110102")));
  }

  @Test
  void ambiguousNamesAreSettledByTheirNeighbours() {
    PlaceResolver r = new PlaceResolver(d);
    Map<String, Resolution> alone = r.resolve(List.of("中寨乡"));
    assertNull(alone.get("中寨乡").division());
    Map<String, Resolution> withCity = r.resolve(List.of("六盘水", "中寨乡"));
    assertEquals("520203208", withCity.get("中寨乡").division().code());
    assertTrue(withCity.get("中寨乡").supported());
    assertEquals("520200", withCity.get("六盘水").division().code());
    // The same with the forms handed over, as the recognizer does; a name without forms has none.
    List<String> names = List.of("六盘水", "中寨乡", "大连外国语大学", "六盘水");
    List<Divisions.Forms> forms = new java.util.ArrayList<>();
    names.forEach(n -> forms.add(d.forms(n)));
    assertEquals(r.resolve(names), r.resolve(names, forms));
    // 朝阳 is a prefecture in Liaoning and districts in Beijing and Changchun.
    assertNull(r.resolve(List.of("朝阳")).get("朝阳").division());
    assertEquals("110105", r.resolve(List.of("北京", "朝阳")).get("朝阳").division().code());
  }
}
