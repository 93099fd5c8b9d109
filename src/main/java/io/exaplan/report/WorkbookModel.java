package io.exaplan.report;

import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The rows of the workbook's options sheet: the sizing model of docs/model.md as Excel formulas
 * over the Inputs sheet's defined names and the cells above in the same column, so a customer can
 * change an input and see every derived figure follow. The enclosure and C-node counts are the
 * option's own inputs (yellow); the packed rack count needs the layout engine and stays a value,
 * labelled so, beside the two bounds it is checked against.
 *
 * <p>The cloud baseline's read and write, bound by its storage accounts and the sites' WAN as
 * well as by its media (design.CloudReach), are the engine's values; its media bounds, racks
 * and power are formulas.
 *
 * <p>A cell is a formula when its text starts with "=" ({@code {key}} is the cell of row
 * {@code key} in the same column), a number, a text, or null (not applicable).
 */
final class WorkbookModel {
  private WorkbookModel() {}

  /** How a row's cells look: an option input, a formula, or an engine value. */
  enum Kind { INPUT, FORMULA, VALUE }

  /** One row: key, label with unit, decimals shown (-1 text), and a cell per option. */
  record Row(String key, String label, String unit, int decimals, Kind kind,
      Function<Option, Object> cell) {
    String title() {
      return unit.isEmpty() ? label : label + " (" + unit + ")";
    }
  }

  /** Label of the packed rack count, which is a value, not a formula. */
  static final String PACKED_RACKS = "Racks, packed by the layout engine (a value: run "
      + "exaplan again after a change)";

  static List<Row> rows(Scenario s) {
    return List.of(
        row("name", "Option", "", -1, Kind.VALUE, Option::name),
        row("gpusServed", "GPUs served", "", 0, Kind.FORMULA, o -> o.identity().gpusServed() == s.gpus()
            ? "=gpus" : o.identity().gpusServed() == s.clusterGpus() ? "=clusterGpus" : o.identity().gpusServed()),
        row("dboxModel", "Enclosure model", "", -1, Kind.VALUE, o -> o.hardware().dboxModel()),
        row("dboxes", "Enclosures (input)", "", 0, Kind.INPUT, o -> flash(o) ? o.hardware().dboxes() : null),
        row("cnodes", "C-nodes (input)", "", 0, Kind.INPUT, o -> flash(o) ? o.hardware().cnodes() : null),
        row("drives", "Drives per enclosure", "", 0, Kind.FORMULA, o -> box(o, "Drives")),
        row("driveTB", "Drive size", "TB", 2, Kind.FORMULA, o -> box(o, "DriveSize")),
        row("dataStrips", "Data strips per stripe", "", 0, Kind.FORMULA, o -> flash(o)
            ? "=MAX(minDataStrips,MIN(maxDataStrips,{dboxes}*{drives}-parityStrips))" : null),
        row("stripeEfficiency", "Stripe efficiency", "", 4, Kind.FORMULA, o -> flash(o)
            ? "={dataStrips}/({dataStrips}+parityStrips)" : null),
        row("usableRatio", "Usable/raw", "", 4, Kind.FORMULA, o -> flash(o)
            ? "={stripeEfficiency}-reserveFraction" : null),
        row("rawPB", "Raw", "PB", 1, Kind.FORMULA, o -> flash(o)
            ? "={dboxes}*{drives}*{driveTB}/1000" : null),
        row("usablePB", "Usable", "PB", 1, Kind.FORMULA, o -> flash(o)
            ? "={rawPB}*{usableRatio}" : "=targetUsable"),
        row("meetsCapacityTarget", "Meets the capacity target", "", -1, Kind.FORMULA,
            o -> "=IF({usablePB}>=targetUsable*(1-1E-9),\"yes\",\"no\")"),
        row("frontendReadTBps", "Read, front-end bound", "TB/s", 3, Kind.FORMULA,
            o -> flash(o) ? "={cnodes}*" + cn(o, "Read") + "/1000" : null),
        row("mediaReadTBps", "Read, media bound", "TB/s", 3, Kind.FORMULA, o -> flash(o)
            ? "={dboxes}*" + bx(o, "Read") + "/1000"
            : "=targetUsable/100*" + bx(o, "ReadPer100PB") + "/1000"),
        row("networkReadTBps", "Read, network bound", "TB/s", 3, Kind.FORMULA, o -> flash(o)
            ? "=MIN(" + cnodeNic(o) + "," + dboxNic(o) + ")" : null),
        row("readTBps", "Read", "TB/s", 3, Kind.FORMULA, o -> flash(o)
            ? "=MIN({frontendReadTBps},{mediaReadTBps},{networkReadTBps})"
            : (Object) (o.throughput().readBytesPerSec() / 1e12)),
        row("readBound", "Read bound", "", -1, Kind.FORMULA, o -> flash(o)
            ? bound("Read") : o.throughput().readBound().key()),
        row("frontendWriteTBps", "Write, front-end bound", "TB/s", 3, Kind.FORMULA,
            o -> flash(o) ? "={cnodes}*" + cn(o, "Write") + "/1000" : null),
        row("mediaWriteTBps", "Write, media bound (user bytes)", "TB/s", 3, Kind.FORMULA,
            o -> flash(o) ? "={dboxes}*" + bx(o, "Write") + "*{stripeEfficiency}/1000"
                : "=targetUsable/100*" + bx(o, "WritePer100PB") + "/1000"),
        row("networkWriteTBps", "Write, network bound", "TB/s", 3, Kind.FORMULA, o -> flash(o)
            ? "=MIN(" + cnodeNic(o) + "," + dboxNic(o) + "*{stripeEfficiency})" : null),
        row("writeTBps", "Write", "TB/s", 3, Kind.FORMULA, o -> flash(o)
            ? "=MIN({frontendWriteTBps},{mediaWriteTBps},{networkWriteTBps})"
            : (Object) (o.throughput().writeBytesPerSec() / 1e12)),
        row("writeBound", "Write bound", "", -1, Kind.FORMULA, o -> flash(o)
            ? bound("Write") : o.throughput().writeBound().key()),
        row("portDemand", "Switch ports of device bandwidth", "", 0, Kind.FORMULA, o -> flash(o)
            ? "=ROUNDUP(({cnodes}*" + cn(o, "Ports") + "*" + cn(o, "PortSpeed") + "+{dboxes}*"
                + bx(o, "Ports") + "*" + bx(o, "PortSpeed") + ")/" + sw(o, "PortSpeed")
                + "-1E-9,0)" : null),
        row("downlinks", "Device ports per leaf", "", 0, Kind.FORMULA, o -> flash(o)
            ? "=MAX(1,INT(" + sw(o, "Ports") + "*leafDownlinkShare))" : null),
        row("leafSwitches", "Leaf switches", "", 0, Kind.FORMULA, o -> flash(o)
            ? "=MAX(minSwitches,ROUNDUP({portDemand}/{downlinks},0))" : null),
        row("spineSwitches", "Spine switches", "", 0, Kind.FORMULA, o -> flash(o)
            ? "=IF({leafSwitches}<=minSwitches,0,ROUNDUP({leafSwitches}*(" + sw(o, "Ports")
                + "-{downlinks})/" + sw(o, "Ports") + ",0))" : null),
        row("switches", "Switches", "", 0, Kind.FORMULA, o -> flash(o)
            ? "={leafSwitches}+{spineSwitches}" : null),
        row("nodeRU", "Node rack units", "U", 0, Kind.FORMULA, o -> flash(o)
            ? "={cnodes}*" + cn(o, "RackUnits") + "+{dboxes}*" + bx(o, "RackUnits") : null),
        row("rackUnits", "Rack units with switches", "U", 0, Kind.FORMULA, o -> flash(o)
            ? "={nodeRU}+{switches}*" + sw(o, "RackUnits")
            : "={racks}*" + bx(o, "RackUnitsPerRack")),
        row("powerKW", "Power typical", "kW", 1, Kind.FORMULA, o -> flash(o)
            ? power(o, "PowerTypical") : "={racks}*" + bx(o, "PowerPerRack")),
        row("powerMaxKW", "Power max", "kW", 1, Kind.FORMULA, o -> flash(o)
            ? power(o, "PowerMax") : "={powerKW}"),
        row("packedKW", "Power packed against the rack limit", "kW", 1, Kind.FORMULA,
            o -> "=IF(powerBasis=\"max\",{powerMaxKW},{powerKW})"),
        row("spaceBoundRacks", "Racks by space", "", 0, Kind.FORMULA, o -> flash(o)
            ? "=ROUNDUP({rackUnits}/(rackHeight-rackReserved),0)"
            : "=ROUNDUP(targetUsable/1000*" + bx(o, "RacksPerEB") + "-1E-9,0)"),
        row("powerBoundRacks", "Racks by power", "", 0, Kind.FORMULA,
            o -> "=ROUNDUP({packedKW}/rackPowerLimit-1E-9,0)"),
        row("racks", "Racks", "", 0, Kind.VALUE, o -> flash(o) ? (Object) o.space().racks()
            : "={spaceBoundRacks}"),
        row("rackBound", "Rack bound", "", -1, Kind.FORMULA, o -> flash(o)
            ? "=IF({racks}>MAX({powerBoundRacks},{spaceBoundRacks}),\"packing\","
                + "IF({powerBoundRacks}>{spaceBoundRacks},\"power\",\"space\"))" : "space"),
        row("pbPerRack", "Usable per rack", "PB", 2, Kind.FORMULA, o -> "={usablePB}/{racks}"),
        row("readPerKW", "Read per kW", "GB/s", 2, Kind.FORMULA,
            o -> "={readTBps}*1000/{powerKW}"),
        row("writePerKW", "Write per kW", "GB/s", 2, Kind.FORMULA,
            o -> "={writeTBps}*1000/{powerKW}"),
        row("readPerGpu", "Read per GPU", "GB/s", 3, Kind.FORMULA,
            o -> "={readTBps}*1000/{gpusServed}"),
        row("writePerGpu", "Write per GPU", "GB/s", 3, Kind.FORMULA,
            o -> "={writeTBps}*1000/{gpusServed}"),
        row("needReadTBps", "Guidance read", "TB/s", 2, Kind.FORMULA,
            o -> "={gpusServed}/guidanceSuGpus*guidanceReadPerSu/1000"),
        row("needWriteTBps", "Guidance write", "TB/s", 2, Kind.FORMULA,
            o -> "={gpusServed}/guidanceSuGpus*guidanceWritePerSu/1000"),
        row("meetsGuidance", "Meets guidance", "", -1, Kind.FORMULA,
            o -> "=IF(AND({readTBps}>={needReadTBps},{writeTBps}>={needWriteTBps}),\"yes\","
                + "IF({readTBps}>={needReadTBps},\"read only\",IF({writeTBps}>={needWriteTBps},"
                + "\"write only\",\"no\")))"));
  }

  private static Row row(String key, String label, String unit, int decimals, Kind kind,
      Function<Option, Object> cell) {
    return new Row(key, label, unit, decimals, kind, cell);
  }

  private static boolean flash(Option o) {
    return WorkbookInputs.flash(o);
  }

  private static String bx(Option o, String field) {
    return WorkbookInputs.prefix(o.hardware().dboxModel()) + field;
  }

  private static String cn(Option o, String field) {
    return WorkbookInputs.prefix(o.hardware().cnodeModel()) + field;
  }

  private static String sw(Option o, String field) {
    return WorkbookInputs.prefix(o.hardware().switchModel()) + field;
  }

  private static Object box(Option o, String field) {
    return flash(o) ? "=" + bx(o, field) : null;
  }

  /** C-nodes give half their port bandwidth (a byte crosses their ports twice); Gb/s to TB/s. */
  private static String cnodeNic(Option o) {
    return "{cnodes}*" + cn(o, "Ports") + "*" + cn(o, "PortSpeed") + "/16000";
  }

  private static String dboxNic(Option o) {
    return "{dboxes}*" + bx(o, "Ports") + "*" + bx(o, "PortSpeed") + "/8000";
  }

  /** Names the tightest bound; ties name the earlier of front-end, media, network. */
  private static String bound(String dir) {
    return "=IF({" + lower(dir) + "TBps}={frontend" + dir + "TBps},\"frontend\",IF({"
        + lower(dir) + "TBps}={media" + dir + "TBps},\"media\",\"network\"))";
  }

  private static String lower(String s) {
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static String power(Option o, String field) {
    return "=({cnodes}*" + cn(o, field) + "+{dboxes}*" + bx(o, field) + "+{switches}*"
        + sw(o, field) + ")/1000";
  }
}
