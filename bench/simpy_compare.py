#!/usr/bin/python3
"""Runs the same model in exaplan's simulator and in SimPy, and reports events per second.

The model is the one of the Daly validation test: one job computes for TAU, stalls DELTA to write
a checkpoint, fails at exponential times of mean M (also while writing or restarting), and
restarts from its last checkpoint after R. exaplan runs it with `simulate --jobs 1 --gpus 1
--copy-every 0` (the storage is the pod's, uncontended with one writer); SimPy runs it as two
processes, the job and its failure source, which interrupts the job's hold.

Both rates are at steady state and count the same events: compute, write and restart
completions and failures (not SimPy's resumption of an interrupted process, not exaplan's WAN
backlog samples). exaplan's model is timed in-process by bench/simrate daly, after an untimed
warm-up pass of the same replications (the JIT compiles outside the timed window); SimPy's after
an untimed warm-up replication. Both are CPU seconds of the simulating thread or process, so the
ratio holds on a shared machine; `./exaplan simulate` gives the goodput and its CI.

Needs Debian's python3-simpy (SimPy 2.3, module `SimPy`): apt-get install -y python3-simpy.
Run from the repository root: bench/simpy_compare.py [--days D] [--replications R]
"""
import argparse
import json
import math
import random
import subprocess
import sys
import time

try:
    from SimPy.Simulation import Simulation, Process, hold
except ImportError:
    sys.exit("SimPy 2 not found: apt-get install -y python3-simpy, and run with /usr/bin/python3")

TAU = 57 * 60.0      # Daly (2006) Fig. 4: the optimal interval for M = 6 h
MTBF = 6 * 3600.0
RESTART = 600.0


class Job(Process):
    """Compute TAU, write DELTA, repeat; a failure sends it back to its last checkpoint."""

    def run(self, delta):
        self.committed = 0.0
        self.events = 0
        while True:
            # compute, then write; an interruption of either is a failure
            failed = False
            for length in (TAU, delta):
                yield hold, self, length
                if self.interrupted():
                    self.interruptReset()
                    failed = True
                    break
                self.events += 1
            if not failed:
                self.committed += TAU
                continue
            # restart, again and again while failures keep coming
            while True:
                yield hold, self, RESTART
                if not self.interrupted():
                    self.events += 1
                    break
                self.interruptReset()


class FailureSource(Process):
    def run(self, job, rng):
        while True:
            yield hold, self, rng.expovariate(1.0 / MTBF)
            job.events += 1
            self.interrupt(job)


def simpy_run(delta, horizon, seed):
    sim = Simulation()
    sim.initialize()
    job = Job(sim=sim)
    sim.activate(job, job.run(delta))
    failures = FailureSource(sim=sim)
    sim.activate(failures, failures.run(job, random.Random(seed)))
    t0 = time.process_time()
    sim.simulate(until=horizon)
    return job.committed / horizon, job.events, time.process_time() - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=float, default=20000.0, help="simulated days per replication")
    ap.add_argument("--replications", type=int, default=4)
    args = ap.parse_args()
    horizon = args.days * 86400

    cmd = ["./exaplan", "simulate", "--option", "ncp-pod", "--jobs", "1", "--gpus", "1",
           "--checkpoint-bytes", "438.75 TB", "--interval", "57m", "--gpu-mtbf", "6h",
           "--restart-time", "10m", "--copy-every", "0", "--horizon", "%gd" % args.days,
           "--replications", str(args.replications), "--threads", "1", "--seed", "1",
           "--format", "json"]
    out = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    inputs = out["inputs"]
    delta = inputs["uncontendedWriteSeconds"]
    steady = json.loads(subprocess.run(
        ["bench/simrate", "daly", repr(inputs["checkpointBytes"]),
         repr(inputs["writeBytesPerSec"]), repr(TAU), repr(MTBF), repr(RESTART), repr(horizon),
         str(args.replications)], check=True, capture_output=True, text=True).stdout)
    java_rate = steady["events"] / steady["cpuSeconds"]

    simpy_run(delta, horizon / 10, 999)  # warm-up, untimed
    goodputs, events, seconds = [], 0, 0.0
    for r in range(args.replications):
        g, e, s = simpy_run(delta, horizon, 1000 + r)
        goodputs.append(g)
        events += e
        seconds += s
    simpy_rate = events / seconds
    daly = TAU / (MTBF * math.exp(RESTART / MTBF) * math.expm1((TAU + delta) / MTBF))

    print("model: 1 job, tau %.0f s, delta %.1f s, M %.0f s, R %.0f s, %g days x %d replications"
          % (TAU, delta, MTBF, RESTART, args.days, args.replications))
    print("Daly (2006) efficiency      %.5f" % daly)
    print("exaplan goodput             %.5f  CI95 [%.5f, %.5f]"
          % (out["goodput"], out["goodputCi95"][0], out["goodputCi95"][1]))
    print("exaplan steady state        %.5f  (mean of %d)  %d events  %.3g events per CPU s"
          % (steady["goodput"], args.replications, steady["events"], java_rate))
    print("SimPy %s steady state     %.5f  (mean of %d)  %d events  %.3g events per CPU s"
          % ("2.3", sum(goodputs) / len(goodputs), len(goodputs), events, simpy_rate))
    print("exaplan / SimPy events per CPU second: %.1fx" % (java_rate / simpy_rate))


if __name__ == "__main__":
    main()
