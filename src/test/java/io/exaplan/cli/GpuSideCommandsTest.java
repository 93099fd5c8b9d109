package io.exaplan.cli;

import static io.exaplan.cli.Cli.assertInputError;
import static io.exaplan.cli.Cli.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** checkpoint's architecture and parallelism flags, the client bound, optimize --workload. */
class GpuSideCommandsTest {
  @Test
  void checkpoint_architectureFlags_405bCountAndShards() throws Exception {
    // 126 x 3,187,703,808 + 2 x 128,256 x 16,384 + 16,384 = 405,853,388,800 parameters; x 14 B.
    // Scenario layout TP 8 x PP 16 x DP 324, ZeRO 1: largest rank 811,706,777,600 / 128 +
    // 4,870,240,665,600 / 41,472 = 6,458,893,629.6 B; 41,472 writers; node 0 4 x that.
    JsonNode j = json("checkpoint", "--format", "json", "--layers", "126", "--hidden", "16384",
        "--ffn", "53248", "--heads", "128", "--kv-heads", "8", "--vocab", "128256");
    assertThat(j.get("parameters").asLong()).isEqualTo(405_853_388_800L);
    assertThat(j.get("checkpointBytes").asDouble()).isEqualTo(5_681_947_443_200.0);
    JsonNode g = j.get("gpuSide");
    assertThat(g.get("largestRankBytes").asDouble()).isCloseTo(6_458_893_629.6, within(1.0));
    assertThat(g.get("writers").asLong()).isEqualTo(41_472);
    assertThat(g.get("largestNodeBytes").asDouble()).isCloseTo(25_835_574_518.5, within(1.0));
    assertThat(g.at("/parallelism/dp").asInt()).isEqualTo(324);
  }

  @Test
  void checkpoint_zeroStages_changeWhoWrites() throws Exception {
    // 8B on 8 GPUs, TP 1 x PP 1 x DP 8: ZeRO 0 one writer of 112,423,657,472 B; ZeRO 1 eight,
    // rank 0 16,060,522,496 + 96,363,134,976 / 8 = 28,105,914,368 B; ZeRO 3 eight of / 8 =
    // 14,052,957,184 B.
    String[] base = {"checkpoint", "--format", "json", "--model", "llama-3.1-8b", "--gpus", "8",
        "--tp", "1", "--pp", "1", "--gpu-node", "dgx-h100", "--zero"};
    double[] largest = {112_423_657_472.0, 28_105_914_368.0, 28_105_914_368.0, 14_052_957_184.0};
    long[] writers = {1, 8, 8, 8};
    for (int z = 0; z <= 3; z++) {
      String[] a = java.util.Arrays.copyOf(base, base.length + 1);
      a[base.length] = Integer.toString(z);
      JsonNode g = json(a).get("gpuSide");
      assertThat(g.get("largestRankBytes").asDouble()).as("zero %d", z).isEqualTo(largest[z]);
      assertThat(g.get("writers").asLong()).as("zero %d", z).isEqualTo(writers[z]);
    }
  }

  @Test
  void checkpoint_smallJob_clientBoundOnThePod() throws Exception {
    // one DGX H100 (2 x 400 Gb/s = 100 GB/s) against the pod's 1.4625 TB/s: 112,423,657,472 B /
    // 100e9 = 1.1242 s, bound client; restore likewise
    JsonNode j = json("checkpoint", "--format", "json", "--model", "llama-3.1-8b", "--gpus", "8",
        "--tp", "1", "--pp", "1", "--gpu-node", "dgx-h100");
    JsonNode pod = j.at("/gpuSide/jobs/0");
    assertThat(pod.get("option").asText()).isEqualTo("ncp-pod");
    assertThat(pod.get("writeClientBound").asBoolean()).isTrue();
    assertThat(pod.get("writeSeconds").asDouble()).isCloseTo(1.1242366, within(1e-6));
    assertThat(pod.get("restoreSeconds").asDouble()).isCloseTo(1.1242366, within(1e-6));
    // Daly's R = 600 s + 1.1242 s; --restart-time gives it whole
    assertThat(pod.get("restartSeconds").asDouble()).isCloseTo(601.1242366, within(1e-6));
    JsonNode given = json("checkpoint", "--format", "json", "--model", "llama-3.1-8b",
        "--gpus", "8", "--tp", "1", "--pp", "1", "--restart-time", "5m");
    assertThat(given.at("/gpuSide/jobs/0/restartSeconds").asDouble()).isEqualTo(300.0);
  }

  @Test
  void checkpoint_smallJob_cadenceVerdictUsesTheNicBoundShare() throws Exception {
    // one DGX H100 (100 GB/s of storage NICs) writing 112,423,657,472 B every 20 s at 5% stall
    // needs 112,423,657,472 / (0.05 x 20) = 112.42 GB/s: every option's share is capped at the
    // NICs' 100 GB/s, so none keeps up, and the verdict's write time equals the GPU-side table's
    JsonNode j = json("checkpoint", "--format", "json", "--model", "llama-3.1-8b", "--gpus", "8",
        "--tp", "1", "--pp", "1", "--gpu-node", "dgx-h100", "--interval", "20s");
    JsonNode jobs = j.at("/gpuSide/jobs");
    for (JsonNode d : j.get("designs")) {
      String option = d.get("option").asText();
      JsonNode side = null;
      for (JsonNode x : jobs) {
        side = x.get("option").asText().equals(option) ? x : side;
      }
      assertThat(d.get("writeBytesPerSec").asDouble()).as(option)
          .isLessThanOrEqualTo(100e9).isEqualTo(side.get("jobWriteBytesPerSec").asDouble());
      assertThat(d.get("writeSeconds").asDouble()).as(option)
          .isEqualTo(side.get("writeSeconds").asDouble());
      assertThat(d.get("meets").asBoolean()).as(option).isFalse();
      assertThat(d.get("gpuSideWriteBytesPerSec").asDouble()).isEqualTo(100e9);
    }
    JsonNode pod = j.get("designs").get(0);
    assertThat(pod.get("option").asText()).isEqualTo("ncp-pod");
    assertThat(pod.get("writeClientBound").asBoolean()).isTrue();
    assertThat(pod.get("writeSeconds").asDouble()).isCloseTo(1.1242366, within(1e-6));
  }

  @Test
  void size_fewGpus_readAndWriteClientBound() throws Exception {
    // 64 GPUs = 16 GB200 trays x 100 GB/s = 1.6 TB/s, below the pod design's 10.8 TB/s read
    // (write 1.4625 TB/s stays storage-bound)
    JsonNode o = json("size", "--format", "json", "--dbox", "dbox-1350", "--dboxes", "180",
        "--cnodes", "450", "--gpus", "64");
    assertThat(o.get("gpuNodes").asLong()).isEqualTo(16);
    assertThat(o.get("clientBytesPerSec").asDouble()).isEqualTo(1.6e12);
    assertThat(o.get("readBytesPerSec").asDouble()).isEqualTo(1.6e12);
    assertThat(o.get("readBound").asText()).isEqualTo("client");
    assertThat(o.get("storageReadBytesPerSec").asDouble()).isEqualTo(10.8e12);
    assertThat(o.get("writeBound").asText()).isEqualTo("frontend");
  }

  @Test
  void optimize_workload_targetsTheWorkloadsNeeds() throws Exception {
    // text-llm: (4 x 62.4 TB + 4 x 35 x 5.682 TB) / 0.9 = 1,161.19 TB; 160,000 x 658 B/s
    JsonNode t = json("optimize", "--format", "json", "--workload", "text-llm").get("targets");
    assertThat(t.get("usableBytes").asDouble()).isCloseTo(1161.1918e12, within(1e8));
    assertThat(t.get("readBytesPerSec").asDouble()).isEqualTo(105.28e6);
  }

  @Test
  void checkpoint_stateFile_addsFp8Weights(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // bf16 2 + fp8 1 + fp32 12 = 15 B/param: 8,030,261,248 x 15 = 120,453,918,720 B; on one
    // DGX (TP 1, DP 8, ZeRO 1) rank 0 writes both weights parts, 3 x 8,030,261,248 =
    // 24,090,783,744 B, plus 96,363,134,976 / 8 = 12,045,391,872 B -> 36,136,175,616 B
    java.nio.file.Path f = dir.resolve("state.yaml");
    java.nio.file.Files.writeString(f, "sources:\n  fp8: \"assumption: FP8 copy of the weights\"\n"
        + "  zero: \"ZeRO\"\nstate:\n"
        + "  weights: {name: bf16 weights, bytesPerParam: 2 @zero, shardedAs: weights}\n"
        + "  fp8: {name: fp8 weights, bytesPerParam: 1 @fp8, shardedAs: weights}\n"
        + "  adam: {name: fp32 master and moments, bytesPerParam: 12 @zero}\n");
    JsonNode j = json("checkpoint", "--format", "json", "--model", "llama-3.1-8b", "--gpus", "8",
        "--tp", "1", "--pp", "1", "--state", f.toString());
    assertThat(j.get("bytesPerParam").asDouble()).isEqualTo(15.0);
    assertThat(j.get("checkpointBytes").asDouble()).isEqualTo(120_453_918_720.0);
    assertThat(j.at("/gpuSide/largestRankBytes").asDouble()).isEqualTo(36_136_175_616.0);
    assertThat(j.get("assumptions").toString()).contains("fp8.bytesPerParam = 1");
    java.nio.file.Files.writeString(f, "state:\n  x: {name: x, bytesPerParam: 1 @nope}\n");
    Cli r = Cli.run("checkpoint", "--state", f.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("state.x.bytesPerParam: unknown source 'nope'");
  }

  @Test
  void mistakes_exit2WithOneLine() {
    assertInputError("--zero: must be from 0 to 3, got 4", "checkpoint", "--zero", "4");
    assertInputError("--hidden, --ffn, --heads, --vocab: missing; a model given by its "
        + "architecture needs --layers, --hidden, --ffn, --heads and --vocab", "checkpoint",
        "--layers", "32");
    assertInputError("--gpu-node: unknown id 'dgx-a100'; expected one of: dgx-h100, "
        + "hgx-h100, dgx-b200, gb200-nvl72-tray, gb300-nvl72-tray", "checkpoint", "--gpu-node",
        "dgx-a100");
    assertInputError("--workload: unknown workload 'audio'; expected one of: text-llm, image, "
        + "video", "optimize", "--workload", "audio");
    assertInputError("parallelism: tp x pp x dp = 1024 ranks but the job has 8 GPUs; expected "
        + "at most one rank per GPU", "checkpoint", "--gpus", "8", "--dp", "8");
  }
}
