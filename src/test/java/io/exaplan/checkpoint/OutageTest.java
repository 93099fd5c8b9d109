package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutageTest {
  private final CheckpointCatalog k = CheckpointCatalog.builtIn();
  private final CheckpointSize size = CheckpointSize.of(k.models().get("llama-3.1-405b"),
      k.state(), 1);

  @Test
  void plan_405bEvery10thKeep5Outage24h_handWorked() {
    // Copy period 10 x 5 min = 50 min = 3000 s; U = ceil(86,400 / 3,000) = ceil(28.8) = 29.
    // Retention (5 + 29) x 5.682 TB = 34 x 5,681,947,443,200 = 193,186,213,068,800 B.
    // Steady 5,681,947,443,200 x 8 / 3000 = 15.152 Gb/s.
    // Catch-up 29 x 5,681,947,443,200 x 8 / 43,200 + 15.152e9 = 30.514e9 + 15.152e9 = 45.666 Gb/s,
    // under one 60 Gb/s account. Local rollback (5 - 1) x 5 min = 20 min.
    Outage.Plan p = Outage.plan(size, 300, 10, 5, 86_400, 43_200,
        k.accounts().get("azure-standard"), List.of(), List.of());
    assertThat(p.pendingUploads()).isEqualTo(29);
    assertThat(p.localRetentionBytes()).isEqualTo(193_186_213_068_800.0);
    assertThat(p.steadyWanBitsPerSec() / 1e9).isCloseTo(15.1519, within(1e-4));
    assertThat(p.catchUpWanBitsPerSec() / 1e9).isCloseTo(45.6660, within(1e-4));
    assertThat(p.storageAccountsForCatchUp()).isEqualTo(1);
    assertThat(p.rollbackLocalSeconds()).isEqualTo(1200.0);
    assertThat(p.retention()).extracting(Outage.RetentionRow::pendingUploads).containsExactly(29L);
  }

  @Test
  void pendingUploads_wholeNumberOfPeriods_noExtraCopy() {
    // 1 h outage, copy every 6 x 10 min = 1 h: exactly one copy falls due.
    assertThat(Outage.pendingUploads(3600, 600, 6)).isEqualTo(1);
    // 0.3 h / 0.1 h is 2.9999999999999996 in doubles: still 3.
    assertThat(Outage.pendingUploads(0.3 * 3600, 0.1 * 3600, 1)).isEqualTo(3);
  }

  @Test
  void catchUp_backlogAboveOneAccount_needsMore() {
    // 7 d outage: U = ceil(604,800 / 3,000) = 202; 202 x 5.682 TB x 8 / 12 h = 212.5 Gb/s
    // + 15.15 = 227.7 Gb/s -> ceil(227.7 / 60) = 4 accounts.
    Outage.Plan p = Outage.plan(size, 300, 10, 5, 604_800, 43_200,
        k.accounts().get("azure-standard"), List.of(), List.of());
    assertThat(p.pendingUploads()).isEqualTo(202);
    assertThat(p.catchUpWanBitsPerSec() / 1e9).isCloseTo(227.70, within(0.01));
    assertThat(p.storageAccountsForCatchUp()).isEqualTo(4);
  }

  @Test
  void retention_randomOutages_growsWithOutageLength() {
    SplittableRandom rnd = new SplittableRandom(24);
    for (int i = 0; i < 5000; i++) {
      double bytes = 1e9 + rnd.nextDouble() * 1e14;
      double interval = 10 + rnd.nextDouble() * 7200;
      int n = 1 + rnd.nextInt(50);
      int keep = 1 + rnd.nextInt(20);
      double d1 = 60 + rnd.nextDouble() * 30 * 86_400;
      double d2 = d1 + rnd.nextDouble() * 30 * 86_400;
      long u1 = Outage.pendingUploads(d1, interval, n);
      long u2 = Outage.pendingUploads(d2, interval, n);
      assertThat(u2).as("case %d", i).isGreaterThanOrEqualTo(u1);
      assertThat(Outage.localRetentionBytes(bytes, keep, u2)).as("case %d", i)
          .isGreaterThanOrEqualTo(Outage.localRetentionBytes(bytes, keep, u1));
      assertThat(Outage.localRetentionBytes(bytes, keep, u1)).isGreaterThanOrEqualTo(keep * bytes);
    }
  }
}
