package io.exaplan.report;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * A workbook's shared strings with a cheaper duplicate check, the same part. POI finds a string
 * already in the table by the XML text of its rich-text bean ({@code xmlText}, an XMLBeans save),
 * twice for every new string: for compare's ~1,000 text cells that was about a twentieth of a
 * cold workbook's CPU. Every string the reporters write is plain text (one {@code <t>}, no runs,
 * no phonetics), whose XML text is a one-to-one function of the text itself, so for those this
 * keys the table by the text: the same strings are found equal, in the same order, and the part's
 * bytes are unchanged. Any other string (runs, phonetics, or characters XML cannot hold, which
 * XMLBeans may rewrite so that two texts could save alike) keeps POI's own key.
 */
final class PlainStrings extends SharedStringsTable {
  /** Never the first character of an XML text: keeps text keys apart from POI's own. */
  private static final char MARK = '\u0000';

  @Override
  protected String xmlText(CTRst st) {
    if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0
        && !st.isSetPhoneticPr()) {
      String t = st.getT();
      if (t != null && xmlSafe(t)) {
        return MARK + t;
      }
    }
    return super.xmlText(st);
  }

  /** True when every character is one XML 1.0 allows as it is (tab, newline, CR or printable). */
  static boolean xmlSafe(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
          || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** POI's part factory, making the shared strings part a {@link PlainStrings}. */
  static final class Factory extends XSSFFactory {
    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
      if (descriptor == XSSFRelation.SHARED_STRINGS) {
        return new PlainStrings();
      }
      return super.newDocumentPart(descriptor);
    }
  }
}
