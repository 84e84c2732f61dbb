package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OrgNamesTest {

  private final OrgNames o = OrgNames.get();

  @Test
  void aliasesAndBranches() {
    assertEquals("中国民主同盟", o.canonical("民盟"));
    assertEquals("中国科学院", o.canonical("中科院"));
    assertEquals("中国民主同盟大连市委员会", o.canonical("民盟大连市委"));
    assertEquals("中国民主促进会大连市委员会", o.canonical("民进大连市委会"));
    assertEquals("九三学社大连市委员会", o.canonical("九三学社大连市委会"));
    assertEquals("中国致公党旅顺口区基层委员会", o.canonical("致公党旅顺口区基层委员会"));
    assertEquals("中国民主同盟大连外国语大学基层委员会", o.canonical("民盟大连外国语大学基层委员会"));
  }

  @Test
  void abbreviatedUnitsAreSpelledOut() {
    assertEquals("荔湾区工商业联合会", o.canonical("荔湾区工商联"));
    assertEquals("中国共产党大连市委员会", o.canonical("大连市委"));
    // Not a branch of 九三学社: no place or unit follows the alias.
    assertNull(o.canonical("九三企业家联合会"));
    assertNull(o.canonical("六盘水市第二人民医院"));
    // Each character that opens a unit word leads to its expansion.
    assertEquals("大连市科学技术协会", o.canonical("大连市科协"));
    assertEquals("大连市残疾人联合会", o.canonical("大连市残联"));
    assertEquals("中国共产党大连市委员会统一战线工作部", o.canonical("大连市委统战部"));
    assertNull(o.canonical("大连市科技局"));
  }
}
