// Regenerates src/main/resources/io/aidfacts/extract/time/lunar-festivals.tsv (dev time only;
// ICU4J is not a dependency of the library):
//   jshell --class-path ~/.m2/repository/com/ibm/icu/icu4j/76.1/icu4j-76.1.jar dev/gen-lunar-festivals.jsh > FILE
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;

LocalDate gregorian(int gYear, int lMonth, int lDay) {
  ChineseCalendar c = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
  GregorianCalendar g = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
  g.clear(); g.set(gYear, 5, 1, 12, 0, 0);
  c.setTime(g.getTime());
  int ext = c.get(ChineseCalendar.EXTENDED_YEAR);
  c.clear();
  c.set(ChineseCalendar.EXTENDED_YEAR, ext);
  c.set(ChineseCalendar.MONTH, lMonth - 1);
  c.set(ChineseCalendar.IS_LEAP_MONTH, 0);
  c.set(ChineseCalendar.DAY_OF_MONTH, lDay);
  g.setTime(c.getTime());
  return LocalDate.of(g.get(GregorianCalendar.YEAR), g.get(GregorianCalendar.MONTH) + 1, g.get(GregorianCalendar.DAY_OF_MONTH));
}
System.out.println("# Gregorian dates of the festivals of one lunar year (row = the Gregorian year its 春节 falls in);");
System.out.println("# generated with ICU4J ChineseCalendar by dev/gen-lunar-festivals.jsh. 腊八 and 小年 close the lunar");
System.out.println("# year, so usually fall in the next Gregorian January; 除夕 is the eve of the row's 春节.");
System.out.println("# 清明 is the solar term (formula of the 21st/20th century).");
System.out.println("#year\t春节\t元宵\t端午\t七夕\t中秋\t重阳\t腊八\t小年\t除夕\t清明");
for (int y = 1950; y <= 2060; y++) {
  LocalDate spring = gregorian(y, 1, 1);
  int yy = y % 100;
  double cc = y >= 2000 ? 4.81 : 5.59;
  int qm = (int) Math.floor(yy * 0.2422 + cc) - (int) Math.floor((yy - (y >= 2000 ? 1 : 0)) / 4.0);
  LocalDate laba = gregorian(y, 12, 8);
  LocalDate xiaonian = gregorian(y, 12, 23);
  System.out.println(y + "\t" + spring + "\t" + gregorian(y, 1, 15) + "\t" + gregorian(y, 5, 5) + "\t"
      + gregorian(y, 7, 7) + "\t" + gregorian(y, 8, 15) + "\t" + gregorian(y, 9, 9) + "\t" + laba + "\t"
      + xiaonian + "\t" + spring.minusDays(1) + "\t" + LocalDate.of(y, 4, qm));
}
/exit
