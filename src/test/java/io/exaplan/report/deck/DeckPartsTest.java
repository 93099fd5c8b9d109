package io.exaplan.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.cli.Studies;
import io.exaplan.design.Scenario;
import io.exaplan.report.OfficeFiles;
import io.exaplan.report.deliverables.Deliverables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/**
 * The deck's cheap ways of making notes slides and saving finished slides give POI's own bytes,
 * and drawing the slides on two threads gives the bytes of one.
 */
class DeckPartsTest {
  private static final int SLIDES = 4;

  /** Four titled slides with notes made by {@code notes}, each slide and notes with its text. */
  private static byte[] deck(BiFunction<XMLSlideShow, XSLFSlide, XSLFNotes> notes,
      boolean saveEarly) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OfficeFiles.write(out, "2025-10-30", () -> {
      XMLSlideShow ppt = new XMLSlideShow();
      List<XSLFSlide> slides = new ArrayList<>();
      List<XSLFNotes> made = new ArrayList<>();
      for (int i = 0; i < SLIDES; i++) {
        XSLFSlide slide = ppt.createSlide(ppt.getSlideMasters().get(0)
            .getLayout(SlideLayout.TITLE_ONLY));
        slides.add(slide);
        if (i == 0) {
          DeckParts.notesMaster(ppt); // as the deck: POI makes it from the first slide's
        }
        made.add(notes.apply(ppt, slide));
      }
      for (int i = 0; i < SLIDES; i++) {
        slides.get(i).getPlaceholder(0).setText("Slide " + (i + 1));
        body(made.get(i)).setText("Working of slide " + (i + 1));
        if (saveEarly) {
          DeckParts.save(slides.get(i));
          DeckParts.save(made.get(i));
        }
      }
      return ppt;
    });
    return out.toByteArray();
  }

  private static XSLFTextShape body(XSLFNotes notes) {
    for (XSLFTextShape t : notes.getPlaceholders()) {
      if (t.getTextType() == Placeholder.BODY) {
        return t;
      }
    }
    throw new AssertionError("notes without a body");
  }

  private static byte[] byPoi() throws Exception {
    return deck(XMLSlideShow::getNotesSlide, false);
  }

  @Test
  void notes_copiedFromTheFirst_areTheBytesOfPoisOwnNotes() throws Exception {
    List<DeckParts> parts = new ArrayList<>();
    byte[] copied = deck((ppt, slide) -> {
      if (parts.isEmpty()) {
        parts.add(new DeckParts(ppt));
      }
      return parts.get(0).notes(slide);
    }, false);
    assertThat(copied).isEqualTo(byPoi());
    // not vacuous: four notes slides, each with its own text, each tied to its slide
    XMLSlideShow read = new XMLSlideShow(new ByteArrayInputStream(copied));
    assertThat(read.getSlides()).hasSize(SLIDES);
    for (int i = 0; i < SLIDES; i++) {
      XSLFNotes n = read.getSlides().get(i).getNotes();
      assertThat(n).isNotNull();
      assertThat(body(n).getText()).isEqualTo("Working of slide " + (i + 1));
    }
  }

  @Test
  void slidesSavedEarly_areTheBytesOfSavingThemWithTheFile() throws Exception {
    byte[] early = deck(XMLSlideShow::getNotesSlide, true);
    assertThat(early).isEqualTo(byPoi());
    XMLSlideShow read = new XMLSlideShow(new ByteArrayInputStream(early));
    assertThat(read.getSlides().get(SLIDES - 1).getTitle()).isEqualTo("Slide " + SLIDES);
  }

  @Test
  void deck_onTwoThreads_isTheDeckOnOne() throws Exception {
    Deliverables d = Deliverables.build(Scenario.builtIn(), Catalog.builtIn(),
        Studies.of(Scenario.builtIn(), Catalog.builtIn()));
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    Deck.write(d, one, 1);
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    Deck.write(d, two, 2);
    assertThat(two.toByteArray()).isEqualTo(one.toByteArray());
    assertThat(new XMLSlideShow(new ByteArrayInputStream(two.toByteArray())).getSlides())
        .hasSizeGreaterThan(20);
  }
}
