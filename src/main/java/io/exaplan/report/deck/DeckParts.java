package io.exaplan.report.deck;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlObject;

/**
 * The two POI steps of a deck that cost the most for what they do, each done the cheap way with
 * the bytes POI's own way gives ({@code DeckPartsTest} compares them): making notes slides, and
 * saving a finished slide's XML (on the thread that drew it, rather than all of them one by one
 * when the file is written).
 */
final class DeckParts {
  private static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";

  private final XMLSlideShow ppt;
  /** The first notes slide's XML before its text: what every later notes slide starts as. */
  private XmlObject notesTemplate;

  DeckParts(XMLSlideShow ppt) {
    this.ppt = ppt;
  }

  /**
   * The notes master with only the slide image and the notes body. POI copies every shape of
   * the master into each notes slide it makes (importContent, with their properties looked up
   * through the master): the header, date, footer and slide-number placeholders, which no
   * notes page here uses, were two thirds of that copying, a notes slide per slide.
   */
  static void notesMaster(XMLSlideShow ppt) {
    ppt.createNotesMaster();
    XSLFNotesMaster master = ppt.getNotesMaster();
    for (XSLFShape shape : new ArrayList<>(master.getShapes())) {
      Placeholder p = shape instanceof XSLFSimpleShape simple ? simple.getPlaceholder() : null;
      if (p != Placeholder.BODY && p != Placeholder.SLIDE_IMAGE) {
        master.removeShape(shape);
      }
    }
  }

  /**
   * The notes slide of {@code slide}, which has none yet: the first through POI (which copies
   * the notes master into it, shape by shape, resolving every property through the master),
   * every later one as a copy of that first copy, taken before its text is set. POI's copying
   * was the costliest step of a cold deck after the template load, and yields the same XML
   * every time, as nothing in it depends on the slide; the parts and relations are those {@code
   * XMLSlideShow.getNotesSlide} makes (notes part named after the next free index, slide to
   * notes, notes to master, notes to slide), so the file is byte-identical.
   */
  XSLFNotes notes(XSLFSlide slide) {
    if (notesTemplate == null) {
      if (ppt.getNotesMaster() == null) {
        notesMaster(ppt); // POI would make it from the first slide's
      }
      XSLFNotes first = ppt.getNotesSlide(slide);
      notesTemplate = first.getXmlObject().copy();
      return first;
    }
    int index;
    try {
      index = ppt.getPackage().getUnusedPartIndex(XSLFRelation.NOTES.getDefaultFileName());
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("no free notes part name", e);
    }
    XSLFNotes notes = (XSLFNotes) ppt.createRelationship(XSLFRelation.NOTES,
        XSLFFactory.getInstance(), index);
    slide.addRelation(null, XSLFRelation.NOTES, notes);
    notes.addRelation(null, XSLFRelation.NOTES_MASTER, ppt.getNotesMaster());
    notes.addRelation(null, XSLFRelation.SLIDE, slide);
    notes.getXmlObject().set(notesTemplate);
    return notes;
  }

  /**
   * Saves a finished slide's XML into its part now, as {@code XSLFSheet.commit} does when the
   * file is written (POI's options, the root element named as POI names it), and marks the part
   * saved so that writing the file skips it. A saved slide's relations are skipped with it, so
   * only a slide whose every part is saved or reached otherwise (its layout through the master)
   * may be saved early: not one holding charts. Each slide is its own XML document, so slides
   * are saved on several threads at once.
   */
  static void save(XSLFSlide slide) {
    save(slide, "sld");
  }

  /** {@link #save(XSLFSlide)} for a finished notes slide (its master is reached otherwise). */
  static void save(XSLFNotes notes) {
    save(notes, "notes");
  }

  private static void save(XSLFSheet sheet, String root) {
    org.apache.xmlbeans.XmlOptions options =
        new org.apache.xmlbeans.XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(PML, root));
    sheet.getPackagePart().clear(); // as POI's prepareForCommit: the part's stream appends
    try (OutputStream out = sheet.getPackagePart().getOutputStream()) {
      sheet.getXmlObject().save(out, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sheet.setCommitted(true);
  }
}
