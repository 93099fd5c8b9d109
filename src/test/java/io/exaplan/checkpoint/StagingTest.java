package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.config.InputException;
import org.junit.jupiter.api.Test;

class StagingTest {
  private final CheckpointCatalog k = CheckpointCatalog.builtIn();
  private final CloudAccount azure = k.accounts().get("azure-standard");

  @Test
  void atRate_2PbAt100Gbps_44point4Hours() {
    // 2e15 B x 8 / 100e9 b/s = 160,000 s = 44.44 h; 2 PB < 5 PiB and 100 < 200 Gb/s: 1 account.
    Staging.Plan p = Staging.atRate(2e15, 100e9 / 8, azure, null, null, k);
    assertThat(p.stageSeconds()).isCloseTo(160_000, within(1e-6));
    assertThat(p.storageAccounts()).isEqualTo(1);
  }

  @Test
  void within_20PbIn24h_tenAccountsForEgress() {
    // Rate 20e15 x 8 / 86,400 = 1.852 Tb/s; egress ceil(1,851.85 / 200) = 10 accounts;
    // capacity ceil(20e15 / 5 x 2^50 = 20e15 / 5.6295e15 = 3.55) = 4.
    Staging.Plan p = Staging.within(20e15, 86_400, azure, null, null, k);
    assertThat(p.wanBitsPerSec() / 1e12).isCloseTo(1.85185, within(1e-5));
    assertThat(p.accountsForCapacity()).isEqualTo(4);
    assertThat(p.accountsForEgress()).isEqualTo(10);
    assertThat(p.storageAccounts()).isEqualTo(10);
  }

  @Test
  void copyMethods_limitsAndConcurrencyRules() {
    CopyMethod put = k.copyMethods().get("put-blob-from-url");
    CopyMethod azcopy = k.copyMethods().get("azcopy");
    // 5,000 MiB = 5,000 x 1,048,576 = 5,242,880,000 B.
    assertThat(put.fits(5_242_880_000.0)).isTrue();
    assertThat(put.fits(5_242_880_001.0)).isFalse();
    assertThat(put.connections(64)).isNull();
    // azcopy: 4 vCPUs or fewer -> 32; 8 -> 16 x 8 = 128; 32 -> 512 capped at 300.
    assertThat(azcopy.connections(4)).isEqualTo(32);
    assertThat(azcopy.connections(8)).isEqualTo(128);
    assertThat(azcopy.connections(32)).isEqualTo(300);
    assertThat(azcopy.fits(1e15)).isNull();
    Staging.Plan p = Staging.atRate(1e15, 1e10, azure, 6e9, 8, k);
    assertThat(p.methods()).extracting(Staging.MethodFit::fitsObjects)
        .containsExactly(false, null, null);
    assertThat(p.methods()).extracting(Staging.MethodFit::connections)
        .containsExactly(null, 128, null);
  }

  @Test
  void account_unknown_listsKnown() {
    assertThatThrownBy(() -> k.account("s3")).isInstanceOf(InputException.class)
        .hasMessage("--account: unknown account type 's3'; expected one of: azure-standard, "
            + "azure-standard-other");
  }
}
