package io.exaplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainStrings} keys plain strings by their text instead of their XML: the workbook must
 * come out byte for byte as POI's own shared strings table writes it, for any strings, repeated
 * or not, including the ones it leaves to POI (control characters, rich text).
 */
class PlainStringsTest {
  /** Characters that stress the key: XML specials, spaces at the ends, controls, non-ASCII. */
  private static final String ALPHABET = "ab <>&\"' \t\n\r\u0001\u001f\u00e9\u20ac\ud83d\ude00x";

  private static String randomText(Random rnd) {
    int n = rnd.nextInt(6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** The workbook of {@code texts}, one cell each, saved as the reporters save it. */
  private static byte[] workbook(List<String> texts, boolean plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OfficeFiles.write(out, "2025-10-30", () -> {
      XSSFWorkbook wb = plain ? new XSSFWorkbook(new PlainStrings.Factory()) : new XSSFWorkbook();
      Sheet s = wb.createSheet("S");
      for (int i = 0; i < texts.size(); i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue(texts.get(i));
        // the same text as rich text with a run: POI's own key, never equal to a plain key
        if (i % 7 == 0) {
          XSSFRichTextString rich = new XSSFRichTextString(texts.get(i) + "!");
          rich.applyFont(0, rich.length(), wb.createFont());
          r.createCell(1).setCellValue(rich);
        }
      }
      return wb;
    });
    return out.toByteArray();
  }

  @Test
  void workbook_isByteIdenticalToPoisOwnTable_forSeededRandomStrings() throws IOException {
    for (long seed = 1; seed <= 40; seed++) {
      Random rnd = new Random(seed);
      List<String> texts = new ArrayList<>();
      // about 30 strings drawn from a small space, so that many repeat
      for (int i = 0; i < 30; i++) {
        texts.add(randomText(rnd));
      }
      assertThat(workbook(texts, true)).as("seed %d: %s", seed, texts)
          .isEqualTo(workbook(texts, false));
    }
  }

  @Test
  void repeatedText_isOneEntry_andIndexesMatchPois() {
    SharedStringsTable poi = new SharedStringsTable();
    SharedStringsTable plain = new PlainStrings();
    String[] texts = {"a", " a", "a", "b", " a", "<&>", "a"};
    for (String t : texts) {
      assertThat(plain.addSharedStringItem(new XSSFRichTextString(t)))
          .isEqualTo(poi.addSharedStringItem(new XSSFRichTextString(t)));
    }
    // "a", " a", "b", "<&>": four unique of seven
    assertThat(plain.getUniqueCount()).isEqualTo(4);
    assertThat(plain.getCount()).isEqualTo(7);
  }

  @Test
  void xmlSafe_refusesWhatXmlCannotHoldAsIs() {
    assertThat(PlainStrings.xmlSafe("tab\tnew\nline\rcr <&> \u00e9")).isTrue();
    assertThat(PlainStrings.xmlSafe("bell\u0007")).isFalse();
    assertThat(PlainStrings.xmlSafe("\ufffe")).isFalse();
    assertThat(PlainStrings.xmlSafe("\ud83d\ude00")).isFalse();
  }
}
