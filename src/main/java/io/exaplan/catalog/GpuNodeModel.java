package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * A GPU server (or a rack-scale system's compute tray) as storage sees it: how many GPUs share its
 * storage-facing NICs, what those NICs carry, and the node-local NVMe a two-tier checkpoint stages
 * on. The GPUs can read and write no faster than their nodes' storage NICs, whatever the storage
 * behind them delivers.
 *
 * @param storagePorts NIC ports facing the storage fabric
 * @param storagePortBytesPerSec line rate of one such port
 * @param localBytes node-local NVMe for checkpoint staging and caches
 * @param localWriteBytesPerSec sustained write of that NVMe
 */
public record GpuNodeModel(
    String id,
    String name,
    int gpus,
    int storagePorts,
    double storagePortBytesPerSec,
    double localBytes,
    double localWriteBytesPerSec,
    Map<String, Figure> figures) implements Item {

  /** What one node's storage NICs carry: ports x line rate. */
  public double storageBytesPerSec() {
    return storagePorts * storagePortBytesPerSec;
  }
}
