package io.exaplan.sim;

import java.util.Arrays;

/**
 * The site's checkpoint storage and its WAN link to the central object store, under the
 * retention policy of the brief: keep each job's last K checkpoints locally, copy every Nth
 * checkpoint of a job over the WAN, and keep every copy not yet uploaded even when it is older
 * than the last K ("none may be lost"). Older checkpoints are deleted as soon as the policy lets
 * go of them.
 *
 * <p>Space is taken when a write starts. When it runs out, the oldest pending upload outside
 * its job's last K is evicted and counted lost: {@link SimConfig} guarantees room for every
 * job's K kept checkpoints plus one being written, so nothing else can be in the way. The link
 * uploads one checkpoint at a time, oldest first, at its full rate while it is up; an outage
 * pauses the upload in progress, which resumes where it stopped.
 *
 * <p>Layout, for sites of thousands of jobs: every checkpoint of a site has the same size (one
 * {@code checkpointBytes} in {@link SimConfig}), so a checkpoint needs no record of its own
 * unless it is a WAN copy, which the upload queue also refers to: a plain one is only an entry
 * in its job's window, and deleting it gives back the one size. A job's window (count, first
 * entry, then its K entries) lies in one stretch of one array, so a commit touches one cache line
 * of its job instead of one in each of three per-job arrays and one in a per-checkpoint array.
 */
final class SiteStore {
  private static final int ALIVE = 1;
  private static final int IN_WINDOW = 2;
  private static final int PENDING = 4;

  /** A window entry that is a plain checkpoint (no WAN copy, so no record). */
  private static final int PLAIN = -1;
  private static final int COUNT = 0;
  private static final int HEAD = 1;

  private final double capacity;
  /** The size of every checkpoint. */
  private final double size;
  private final int keep;
  /** Ints per job in {@link #window}: count, first entry, K entries. */
  private final int stride;
  private final double wanRate;
  private final int uploadDoneKind;

  // WAN copies' records, by id (ids are never reused, so a queued id can't change meaning)
  private int records;
  private byte[] flags = new byte[64];

  // each job's last K checkpoints, as a ring: a record id, or PLAIN
  private final int[] window;

  // upload queue, oldest first; dead or uploaded entries are skipped
  private int[] queue = new int[64];
  private int queueHead;
  private int queueTail;

  private int uploading = -1;
  private double uploadLeft;
  private double uploadSince;
  private int uploadGeneration;
  private int outages;

  private double used;
  private double peakUsed;
  private double pendingBytes;
  private double peakPendingBytes;
  private long lost;
  private long uploads;

  SiteStore(double capacity, double size, int jobs, int keep, double wanRate,
      int uploadDoneKind) {
    this.capacity = capacity;
    this.size = size;
    this.keep = keep;
    this.stride = keep + 2;
    this.wanRate = wanRate;
    this.uploadDoneKind = uploadDoneKind;
    this.window = new int[jobs * stride];
  }

  /** Takes room for a checkpoint about to be written, evicting pending uploads if it must. */
  void allocate(EventQueue q, double now) {
    while (used + size > capacity) {
      int victim = oldestEvictable();
      if (victim < 0) {
        throw new IllegalStateException("local capacity below the validated minimum");
      }
      lost++;
      pendingBytes -= size;
      delete(victim);
      if (victim == uploading) {
        uploading = -1;
        uploadGeneration++;
        startNextUpload(q, now);
      }
    }
    used += size;
    peakUsed = Math.max(peakUsed, used);
  }

  /** Gives back the room of a write that did not finish. */
  void release() {
    used -= size;
  }

  /** A write of job {@code j} finished: it becomes a kept checkpoint, maybe queued for upload. */
  void commit(EventQueue q, double now, int j, boolean copy) {
    int id = copy ? newRecord() : PLAIN;
    int base = j * stride;
    int count = window[base + COUNT];
    int head = window[base + HEAD];
    if (count == keep) { // the oldest leaves the window: the new one takes its place
      int out = window[base + 2 + head];
      window[base + 2 + head] = id;
      window[base + HEAD] = head + 1 == keep ? 0 : head + 1;
      if (out == PLAIN) {
        used -= size;
      } else {
        flags[out] &= ~IN_WINDOW;
        if ((flags[out] & PENDING) == 0) {
          delete(out);
        }
      }
    } else {
      int at = head + count;
      window[base + 2 + (at < keep ? at : at - keep)] = id;
      window[base + COUNT] = count + 1;
    }
    if (copy) {
      if (queueTail == queue.length) {
        compactQueue();
      }
      queue[queueTail++] = id;
      pendingBytes += size;
      peakPendingBytes = Math.max(peakPendingBytes, pendingBytes);
      if (uploading < 0) {
        startNextUpload(q, now);
      }
    }
  }

  /** Handles an upload-completion event; stale ones (paused or evicted uploads) are ignored. */
  boolean uploadDone(EventQueue q, double now, int tag) {
    if (tag != uploadGeneration || uploading < 0) {
      return false;
    }
    int id = uploading;
    uploading = -1;
    uploads++;
    pendingBytes -= size;
    flags[id] &= ~PENDING;
    if ((flags[id] & IN_WINDOW) == 0) {
      delete(id);
    }
    startNextUpload(q, now);
    return true;
  }

  /** An outage starts (outages may overlap: the link is up only when none is on). */
  void outageBegins(double now) {
    if (outages++ == 0 && uploading >= 0) {
      uploadLeft -= (now - uploadSince) * wanRate;
      uploadGeneration++;
    }
  }

  void outageEnds(EventQueue q, double now) {
    if (--outages == 0) {
      if (uploading >= 0) {
        scheduleUpload(q, now);
      } else {
        startNextUpload(q, now);
      }
    }
  }

  boolean linkUp() {
    return outages == 0;
  }

  double usedBytes() {
    return used;
  }

  double peakUsedBytes() {
    return peakUsed;
  }

  /** Bytes of checkpoints waiting for (or in) upload: the WAN backlog. */
  double pendingBytes() {
    return pendingBytes;
  }

  double peakPendingBytes() {
    return peakPendingBytes;
  }

  long lost() {
    return lost;
  }

  long uploads() {
    return uploads;
  }

  private void startNextUpload(EventQueue q, double now) {
    if (uploading >= 0 || outages > 0) {
      return;
    }
    while (queueHead < queueTail) {
      int id = queue[queueHead++];
      if ((flags[id] & (ALIVE | PENDING)) == (ALIVE | PENDING)) {
        uploading = id;
        uploadLeft = size;
        scheduleUpload(q, now);
        return;
      }
    }
  }

  private void scheduleUpload(EventQueue q, double now) {
    uploadGeneration++;
    uploadSince = now;
    q.push(now + Math.max(0, uploadLeft) / wanRate, uploadDoneKind, 0, uploadGeneration);
  }

  /** The oldest pending upload that is not among its job's last K, or -1. */
  private int oldestEvictable() {
    if (uploading >= 0 && (flags[uploading] & IN_WINDOW) == 0) {
      return uploading;
    }
    for (int i = queueHead; i < queueTail; i++) {
      int id = queue[i];
      if ((flags[id] & (ALIVE | PENDING | IN_WINDOW)) == (ALIVE | PENDING)) {
        return id;
      }
    }
    return -1;
  }

  /** A record for a WAN copy: kept, in its job's window and waiting for upload. */
  private int newRecord() {
    if (records == flags.length) {
      flags = Arrays.copyOf(flags, records * 2);
    }
    int id = records++;
    flags[id] = (byte) (ALIVE | IN_WINDOW | PENDING);
    return id;
  }

  private void delete(int id) {
    flags[id] = 0;
    used -= size;
  }

  private void compactQueue() {
    int live = queueTail - queueHead;
    if (live * 2 > queue.length) {
      queue = Arrays.copyOf(queue, queue.length * 2);
    }
    System.arraycopy(queue, queueHead, queue, 0, live);
    queueHead = 0;
    queueTail = live;
  }
}
