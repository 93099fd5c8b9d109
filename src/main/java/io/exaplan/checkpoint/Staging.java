package io.exaplan.checkpoint;

import java.util.Collection;
import java.util.List;

/**
 * Pre-staging a training data set from the object store onto the site's flash before jobs start,
 * so GPUs never wait on the WAN. Given a WAN rate: time = bytes / rate. Given a window: rate =
 * bytes / window. Storage accounts: enough for the data set's capacity and for the egress the
 * copy draws, {@code max(ceil(bytes / capacity), ceil(rate / egress))}.
 */
public final class Staging {
  private Staging() {}

  /** One copy method measured against this data set and copy host. */
  public record MethodFit(String id, String name, boolean serverSide, Double maxObjectBytes,
      Boolean fitsObjects, Integer connections) {}

  /**
   * @param rateGiven true when the WAN rate was given and the time computed; false when a window
   *     was given and the rate computed
   * @param objectBytes the largest object, null when not given
   * @param vcpus vCPUs of one copy host, null when not given
   */
  public record Plan(double datasetBytes, boolean rateGiven, double wanBitsPerSec,
      double stageSeconds, String account, int accountsForCapacity, int accountsForEgress,
      int storageAccounts, Double objectBytes, Integer vcpus, List<MethodFit> methods,
      List<String> assumptions) {

    public Plan {
      methods = List.copyOf(methods);
      assumptions = List.copyOf(assumptions);
    }
  }

  /** Plan for a given WAN rate (bytes per second). */
  public static Plan atRate(double datasetBytes, double wanBytesPerSec, CloudAccount account,
      Double objectBytes, Integer vcpus, CheckpointCatalog k) {
    return plan(datasetBytes, true, wanBytesPerSec, datasetBytes / wanBytesPerSec, account,
        objectBytes, vcpus, k);
  }

  /** Plan for a window the staging must fit in. */
  public static Plan within(double datasetBytes, double windowSeconds, CloudAccount account,
      Double objectBytes, Integer vcpus, CheckpointCatalog k) {
    return plan(datasetBytes, false, datasetBytes / windowSeconds, windowSeconds, account,
        objectBytes, vcpus, k);
  }

  private static Plan plan(double bytes, boolean rateGiven, double rate, double seconds,
      CloudAccount account, Double objectBytes, Integer vcpus, CheckpointCatalog k) {
    Collection<CopyMethod> methods = k.copyMethods().values();
    int forCapacity = ceil(bytes / account.capacityBytes());
    int forEgress = ceil(rate / account.egressBytesPerSec());
    List<MethodFit> fits = methods.stream().map(m -> new MethodFit(m.id(), m.name(),
        m.serverSide(), m.maxObjectBytes(), objectBytes == null ? null : m.fits(objectBytes),
        vcpus == null ? null : m.connections(vcpus))).toList();
    return new Plan(bytes, rateGiven, 8 * rate, seconds, account.id(), forCapacity, forEgress,
        Math.max(forCapacity, forEgress), objectBytes, vcpus, fits, k.assumptions(used(account, methods)));
  }

  private static List<io.exaplan.catalog.Item> used(CloudAccount account,
      Collection<CopyMethod> methods) {
    List<io.exaplan.catalog.Item> used = new java.util.ArrayList<>(methods);
    used.add(account);
    return used;
  }

  /** Whole accounts; a ratio a rounding hair above a whole number does not add one. */
  static int ceil(double ratio) {
    return (int) Math.max(1, Math.ceil(ratio - 1e-9));
  }
}
